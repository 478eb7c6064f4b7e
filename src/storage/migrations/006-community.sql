-- Contributions, blocks and watchlists. Log entries and recent changes record the acting
-- account's id (0 for anonymous visitors and entries made before this migration).
ALTER TABLE logging ADD COLUMN log_user INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recentchanges ADD COLUMN rc_user INTEGER NOT NULL DEFAULT 0;
CREATE INDEX log_user_text_time ON logging (log_user_text, log_timestamp);

-- Special:Contributions and list=usercontribs: a user's revisions, newest first.
CREATE INDEX rev_user_text_timestamp ON revision (rev_user_text, rev_timestamp, rev_id);

-- Blocks (MediaWiki's ipblocks). ipb_address is the user name, IP address or CIDR range;
-- ipb_user the blocked account (0 for addresses). ipb_range_start and ipb_range_end hold
-- the first and last address the block covers in MediaWiki's hexadecimal form (8 digits
-- for IPv4, "v6-" and 32 digits for IPv6), empty for accounts. ipb_expiry is "infinity" or
-- an ISO 8601 UTC time. ipb_sitewide 0 makes a partial block: only the pages and
-- namespaces in ipblocks_restrictions.
CREATE TABLE ipblocks (
  ipb_id INTEGER PRIMARY KEY,
  ipb_address TEXT NOT NULL,
  ipb_user INTEGER NOT NULL DEFAULT 0,
  ipb_by INTEGER NOT NULL DEFAULT 0,
  ipb_by_text TEXT NOT NULL,
  ipb_reason TEXT NOT NULL DEFAULT '',
  ipb_timestamp TEXT NOT NULL,
  ipb_anon_only INTEGER NOT NULL DEFAULT 0,
  ipb_create_account INTEGER NOT NULL DEFAULT 1,
  ipb_allow_usertalk INTEGER NOT NULL DEFAULT 1,
  ipb_expiry TEXT NOT NULL,
  ipb_range_start TEXT NOT NULL DEFAULT '',
  ipb_range_end TEXT NOT NULL DEFAULT '',
  ipb_sitewide INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX ipb_address_unique ON ipblocks (ipb_address, ipb_user);
CREATE INDEX ipb_user ON ipblocks (ipb_user);
CREATE INDEX ipb_range ON ipblocks (ipb_range_start, ipb_range_end);
CREATE INDEX ipb_timestamp ON ipblocks (ipb_timestamp);
CREATE INDEX ipb_expiry ON ipblocks (ipb_expiry);

-- A partial block's restrictions: ir_type 1 a page (ir_value its page id), 2 a namespace.
CREATE TABLE ipblocks_restrictions (
  ir_ipb_id INTEGER NOT NULL REFERENCES ipblocks (ipb_id) ON DELETE CASCADE,
  ir_type INTEGER NOT NULL,
  ir_value INTEGER NOT NULL,
  PRIMARY KEY (ir_ipb_id, ir_type, ir_value)
);

-- Watched pages, one row per account and title; a subject page and its talk page are
-- watched together (two rows).
CREATE TABLE watchlist (
  wl_id INTEGER PRIMARY KEY,
  wl_user INTEGER NOT NULL REFERENCES "user" (user_id),
  wl_namespace INTEGER NOT NULL,
  wl_title TEXT NOT NULL
);
CREATE UNIQUE INDEX wl_user_title ON watchlist (wl_user, wl_namespace, wl_title);
CREATE INDEX wl_namespace_title ON watchlist (wl_namespace, wl_title);
