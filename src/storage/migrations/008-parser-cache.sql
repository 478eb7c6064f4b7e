-- The persistent parser cache (MediaWiki's objectcache table as used by ParserCache): one
-- row per rendered revision and parser-settings hash. pc_value is the entry (ParserOutput,
-- plus the template revisions and link colours its validity is checked against) as compact
-- JSON compressed with zlib, stored base64-encoded. pc_page lets a page's rows be dropped on
-- delete, move and purge; rows past pc_expires are ignored and removed from time to time.
CREATE TABLE parser_cache (
  pc_key TEXT NOT NULL PRIMARY KEY,
  pc_page INTEGER NOT NULL,
  pc_rev INTEGER NOT NULL,
  pc_settings TEXT NOT NULL,
  pc_value TEXT NOT NULL,
  pc_cached TEXT NOT NULL,
  pc_expires TEXT NOT NULL
);
CREATE INDEX pc_page ON parser_cache (pc_page);
CREATE INDEX pc_expires ON parser_cache (pc_expires);
