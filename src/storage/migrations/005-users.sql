-- User accounts (MediaWiki's user, user_groups and bot_passwords tables) and login sessions.
-- "user" is quoted: it is a reserved word in PostgreSQL. user_name is the canonical name as
-- a User: page title shows it (first letter upper case, spaces). Passwords are kept as
-- ":scrypt:N:r:p:salt:hash" strings (src/users/password.ts). Timestamps are ISO 8601 UTC.
CREATE TABLE "user" (
  user_id INTEGER PRIMARY KEY,
  user_name TEXT NOT NULL,
  user_password TEXT NOT NULL,
  user_registration TEXT NOT NULL,
  user_touched TEXT NOT NULL,
  user_editcount INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX user_name ON "user" (user_name);

-- Explicit group memberships; ug_expiry NULL for memberships that never end.
CREATE TABLE user_groups (
  ug_user INTEGER NOT NULL REFERENCES "user" (user_id),
  ug_group TEXT NOT NULL,
  ug_expiry TEXT,
  PRIMARY KEY (ug_user, ug_group)
);
CREATE INDEX ug_group ON user_groups (ug_group);

-- Bot passwords: "Name@appid" logins with their own password and a subset of the user's
-- rights (bp_grants, a JSON list of grant names).
CREATE TABLE bot_passwords (
  bp_user INTEGER NOT NULL REFERENCES "user" (user_id),
  bp_app_id TEXT NOT NULL,
  bp_password TEXT NOT NULL,
  bp_grants TEXT NOT NULL,
  bp_created TEXT NOT NULL,
  PRIMARY KEY (bp_user, bp_app_id)
);

-- Logged-in sessions. us_id is the SHA-256 of the session cookie's value (the cookie itself
-- is never stored); us_bot_app names the bot password a session was opened with.
CREATE TABLE user_session (
  us_id TEXT PRIMARY KEY,
  us_user INTEGER NOT NULL REFERENCES "user" (user_id),
  us_bot_app TEXT,
  us_created TEXT NOT NULL,
  us_expiry TEXT NOT NULL
);
CREATE INDEX us_user ON user_session (us_user);
CREATE INDEX us_expiry ON user_session (us_expiry);
