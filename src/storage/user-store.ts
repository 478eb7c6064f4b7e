/**
 * User accounts' records (MediaWiki's user, user_groups and bot_passwords tables) and the
 * logged-in sessions. Names are canonical user names (src/users/user-name.ts); password
 * fields hold encoded hashes, never passwords.
 */

export interface UserRecord {
  id: number;
  name: string;
  /** Encoded password hash (src/users/password.ts). */
  passwordHash: string;
  /** ISO 8601 UTC. */
  registration: string;
  editCount: number;
}

export interface UserGroupMembership {
  group: string;
  /** ISO 8601 UTC, or null for a membership that does not expire. */
  expiry: string | null;
}

export interface BotPasswordRecord {
  userId: number;
  /** The part after "@" in "Name@appId". */
  appId: string;
  passwordHash: string;
  grants: string[];
  created: string;
}

export interface SessionRecord {
  /** SHA-256 of the cookie value. */
  id: string;
  userId: number;
  /** The bot password the session was opened with, if any. */
  botApp: string | null;
  created: string;
  expiry: string;
}

export interface UserStore {
  /** Creates an account; returns null when the name is taken. */
  createUser(user: { name: string; passwordHash: string; registration: string }): UserRecord | null;
  getUserByName(name: string): UserRecord | null;
  getUserById(id: number): UserRecord | null;
  setUserPassword(id: number, passwordHash: string): void;
  incrementEditCount(id: number): void;
  /** Users by name from `from` on (Special:ListUsers), optionally only a group's members. */
  listUsers(opts: { from?: string; group?: string; limit: number }): UserRecord[];
  countUsers(): number;

  /** The user's memberships, by group name; expired ones are left out when `now` is given. */
  getUserGroups(userId: number, now?: string): UserGroupMembership[];
  /** Adds or updates a membership. */
  addUserGroup(userId: number, group: string, expiry: string | null): void;
  /** Returns whether there was a membership to remove. */
  removeUserGroup(userId: number, group: string): boolean;

  getBotPassword(userId: number, appId: string): BotPasswordRecord | null;
  listBotPasswords(userId: number): BotPasswordRecord[];
  /** Inserts or replaces the bot password (userId, appId). */
  saveBotPassword(bp: BotPasswordRecord): void;
  deleteBotPassword(userId: number, appId: string): boolean;

  createSession(session: SessionRecord): void;
  /** The session, if it exists and has not expired at `now`. */
  getSession(id: string, now: string): SessionRecord | null;
  deleteSession(id: string): void;
  /** Ends every session of a user (password change), or only those of one bot password. */
  deleteUserSessions(userId: number, botApp?: string): void;
  /** Removes sessions that expired before `now`; returns how many. */
  purgeExpiredSessions(now: string): number;
}
