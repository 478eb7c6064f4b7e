-- The initial schema, shared by SQLite and PostgreSQL: only portable types (INTEGER, TEXT),
-- ids assigned by the application, timestamps as ISO 8601 UTC text (sortable).
-- Names follow MediaWiki's tables (page, revision, recentchanges) where they have a twin.

-- One row per page; page_latest points at the newest revision.
CREATE TABLE page (
  page_id INTEGER PRIMARY KEY,
  page_namespace INTEGER NOT NULL,
  page_title TEXT NOT NULL,
  page_is_redirect INTEGER NOT NULL DEFAULT 0,
  page_content_model TEXT NOT NULL DEFAULT 'wikitext',
  page_latest INTEGER NOT NULL DEFAULT 0,
  page_touched TEXT NOT NULL,
  page_len INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX page_name_title ON page (page_namespace, page_title);

-- Revision texts, stored once per SHA-1 (base 36, as rev_sha1).
CREATE TABLE content (
  content_sha1 TEXT PRIMARY KEY,
  content_text TEXT NOT NULL
);

-- Append-only revisions. rev_deleted is MediaWiki's bit field: 1 text, 2 comment, 4 user.
CREATE TABLE revision (
  rev_id INTEGER PRIMARY KEY,
  rev_page INTEGER NOT NULL REFERENCES page (page_id),
  rev_parent_id INTEGER,
  rev_timestamp TEXT NOT NULL,
  rev_user_text TEXT NOT NULL,
  rev_user INTEGER,
  rev_comment TEXT NOT NULL,
  rev_minor_edit INTEGER NOT NULL DEFAULT 0,
  rev_deleted INTEGER NOT NULL DEFAULT 0,
  rev_sha1 TEXT NOT NULL REFERENCES content (content_sha1),
  rev_len INTEGER NOT NULL,
  rev_content_model TEXT NOT NULL,
  rev_content_format TEXT NOT NULL
);
CREATE INDEX rev_page_timestamp ON revision (rev_page, rev_timestamp, rev_id);

-- Edits as they happened, for Special:RecentChanges.
CREATE TABLE recentchanges (
  rc_id INTEGER PRIMARY KEY,
  rc_timestamp TEXT NOT NULL,
  rc_namespace INTEGER NOT NULL,
  rc_title TEXT NOT NULL,
  rc_cur_id INTEGER NOT NULL,
  rc_this_oldid INTEGER NOT NULL,
  rc_last_oldid INTEGER,
  rc_user_text TEXT NOT NULL,
  rc_comment TEXT NOT NULL,
  rc_minor INTEGER NOT NULL DEFAULT 0,
  rc_new INTEGER NOT NULL DEFAULT 0,
  rc_old_len INTEGER NOT NULL DEFAULT 0,
  rc_new_len INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX rc_timestamp ON recentchanges (rc_timestamp, rc_id);
CREATE INDEX rc_namespace_timestamp ON recentchanges (rc_namespace, rc_timestamp);

-- Site state: settings.json, imported siteinfo, parser cache epoch ...
CREATE TABLE meta (
  meta_key TEXT PRIMARY KEY,
  meta_value TEXT NOT NULL
);
