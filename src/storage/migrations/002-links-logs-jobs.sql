-- Link tables, the redirect table, logs, the deletion archive, page protection and the job
-- queue, with MediaWiki's table and column names. Portable types only (INTEGER, TEXT).

-- Internal links from a page (pl_from) to a title, whether or not it exists.
CREATE TABLE pagelinks (
  pl_from INTEGER NOT NULL,
  pl_namespace INTEGER NOT NULL,
  pl_title TEXT NOT NULL,
  PRIMARY KEY (pl_from, pl_namespace, pl_title)
);
CREATE INDEX pl_namespace ON pagelinks (pl_namespace, pl_title, pl_from);

-- Transclusions (templates, modules, anything {{:Page}} pulled in).
CREATE TABLE templatelinks (
  tl_from INTEGER NOT NULL,
  tl_namespace INTEGER NOT NULL,
  tl_title TEXT NOT NULL,
  PRIMARY KEY (tl_from, tl_namespace, tl_title)
);
CREATE INDEX tl_namespace ON templatelinks (tl_namespace, tl_title, tl_from);

-- Category membership. cl_sortkey is the collated key (upper case), cl_sortkey_prefix the
-- sort key given in the link or by DEFAULTSORT, cl_type page, subcat or file.
CREATE TABLE categorylinks (
  cl_from INTEGER NOT NULL,
  cl_to TEXT NOT NULL,
  cl_sortkey TEXT NOT NULL,
  cl_sortkey_prefix TEXT NOT NULL DEFAULT '',
  cl_timestamp TEXT NOT NULL,
  cl_type TEXT NOT NULL DEFAULT 'page',
  PRIMARY KEY (cl_from, cl_to)
);
CREATE INDEX cl_sortkey ON categorylinks (cl_to, cl_type, cl_sortkey, cl_from);

CREATE TABLE imagelinks (
  il_from INTEGER NOT NULL,
  il_to TEXT NOT NULL,
  PRIMARY KEY (il_from, il_to)
);
CREATE INDEX il_to ON imagelinks (il_to, il_from);

CREATE TABLE externallinks (
  el_id INTEGER PRIMARY KEY,
  el_from INTEGER NOT NULL,
  el_to TEXT NOT NULL
);
CREATE INDEX el_from ON externallinks (el_from);
CREATE INDEX el_to ON externallinks (el_to);

-- Where each redirect page points (with its fragment and interwiki prefix).
CREATE TABLE redirect (
  rd_from INTEGER PRIMARY KEY,
  rd_namespace INTEGER NOT NULL,
  rd_title TEXT NOT NULL,
  rd_interwiki TEXT NOT NULL DEFAULT '',
  rd_fragment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rd_ns_title ON redirect (rd_namespace, rd_title, rd_from);

-- Log entries (Special:Log): moves, deletions, restorations, protections.
CREATE TABLE logging (
  log_id INTEGER PRIMARY KEY,
  log_type TEXT NOT NULL,
  log_action TEXT NOT NULL,
  log_timestamp TEXT NOT NULL,
  log_user_text TEXT NOT NULL,
  log_namespace INTEGER NOT NULL,
  log_title TEXT NOT NULL,
  log_page INTEGER,
  log_comment TEXT NOT NULL DEFAULT '',
  log_params TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX log_type_time ON logging (log_type, log_timestamp);
CREATE INDEX log_page_time ON logging (log_namespace, log_title, log_timestamp);
CREATE INDEX log_times ON logging (log_timestamp);

-- Recent changes also list log entries: rc_type 0 edit, 1 new page, 3 log.
ALTER TABLE recentchanges ADD COLUMN rc_type INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recentchanges ADD COLUMN rc_logid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recentchanges ADD COLUMN rc_log_type TEXT;
ALTER TABLE recentchanges ADD COLUMN rc_log_action TEXT;
ALTER TABLE recentchanges ADD COLUMN rc_params TEXT;

-- Revisions of deleted pages, kept for undeletion.
CREATE TABLE archive (
  ar_id INTEGER PRIMARY KEY,
  ar_namespace INTEGER NOT NULL,
  ar_title TEXT NOT NULL,
  ar_page_id INTEGER NOT NULL,
  ar_rev_id INTEGER NOT NULL,
  ar_parent_id INTEGER,
  ar_timestamp TEXT NOT NULL,
  ar_user_text TEXT NOT NULL,
  ar_user INTEGER,
  ar_comment TEXT NOT NULL,
  ar_minor_edit INTEGER NOT NULL DEFAULT 0,
  ar_deleted INTEGER NOT NULL DEFAULT 0,
  ar_sha1 TEXT NOT NULL REFERENCES content (content_sha1),
  ar_len INTEGER NOT NULL,
  ar_content_model TEXT NOT NULL,
  ar_content_format TEXT NOT NULL
);
CREATE INDEX ar_name_title_timestamp ON archive (ar_namespace, ar_title, ar_timestamp);

-- Page protection: one row per page and action (edit, move).
CREATE TABLE page_restrictions (
  pr_page INTEGER NOT NULL,
  pr_type TEXT NOT NULL,
  pr_level TEXT NOT NULL,
  pr_expiry TEXT NOT NULL,
  PRIMARY KEY (pr_page, pr_type)
);

-- The durable job queue. A claimed job carries a token and the time it was claimed; an
-- unfinished claim older than the lease is claimed again (a worker that died).
CREATE TABLE job (
  job_id INTEGER PRIMARY KEY,
  job_cmd TEXT NOT NULL,
  job_namespace INTEGER NOT NULL,
  job_title TEXT NOT NULL,
  job_params TEXT NOT NULL DEFAULT '{}',
  job_timestamp TEXT NOT NULL,
  job_attempts INTEGER NOT NULL DEFAULT 0,
  job_token TEXT,
  job_token_timestamp TEXT
);
CREATE INDEX job_cmd_token ON job (job_cmd, job_token, job_id);
CREATE INDEX job_title ON job (job_cmd, job_namespace, job_title);
