-- The search index's documents (MediaWiki's searchindex table): one row per page, the
-- title text and the page's visible text as plain text, and the revision they were taken
-- from (a rebuild indexes only pages whose si_rev is not their page_latest). Each database
-- adds its own full-text structure over this table (src/search/sqlite-fts5/,
-- src/search/postgres/), since FTS5 tables and tsvector columns have no common SQL.
CREATE TABLE searchindex (
  si_page INTEGER PRIMARY KEY,
  si_namespace INTEGER NOT NULL,
  si_title TEXT NOT NULL,
  si_text TEXT NOT NULL,
  si_rev INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX si_namespace_page ON searchindex (si_namespace, si_page);
