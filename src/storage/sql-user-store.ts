/**
 * The UserStore in SQL both databases accept, over the same minimal query runner as the
 * FileStore (sql-file-store.ts): SQLite adapts better-sqlite3 to it, PostgreSQL's connection
 * already is one. The table "user" is quoted everywhere (a reserved word in PostgreSQL).
 */
import type { SqlRunner } from './sql/sql-connection.ts';
import type { BotPasswordRecord, SessionRecord, UserGroupMembership, UserRecord, UserStore } from './user-store.ts';

interface UserRow {
  user_id: number;
  user_name: string;
  user_password: string;
  user_registration: string;
  user_editcount: number;
}

interface BotPasswordRow {
  bp_user: number;
  bp_app_id: string;
  bp_password: string;
  bp_grants: string;
  bp_created: string;
}

interface SessionRow {
  us_id: string;
  us_user: number;
  us_bot_app: string | null;
  us_created: string;
  us_expiry: string;
}

const userColumns = 'user_id, user_name, user_password, user_registration, user_editcount';

function toUser(row: UserRow): UserRecord {
  return {
    id: Number(row.user_id),
    name: row.user_name,
    passwordHash: row.user_password,
    registration: row.user_registration,
    editCount: Number(row.user_editcount),
  };
}

function toBotPassword(row: BotPasswordRow): BotPasswordRecord {
  return {
    userId: Number(row.bp_user),
    appId: row.bp_app_id,
    passwordHash: row.bp_password,
    grants: JSON.parse(row.bp_grants) as string[],
    created: row.bp_created,
  };
}

function toSession(row: SessionRow): SessionRecord {
  return { id: row.us_id, userId: Number(row.us_user), botApp: row.us_bot_app, created: row.us_created, expiry: row.us_expiry };
}

export class SqlUserStore implements UserStore {
  constructor(private readonly db: SqlRunner) {}

  createUser(user: { name: string; passwordHash: string; registration: string }): UserRecord | null {
    return this.db.transaction(() => {
      if (this.getUserByName(user.name)) return null;
      const row = this.db.get<UserRow>(
        `INSERT INTO "user" (user_name, user_password, user_registration, user_touched, user_editcount) VALUES (?, ?, ?, ?, 0) RETURNING ${userColumns}`,
        user.name, user.passwordHash, user.registration, user.registration,
      );
      return row ? toUser(row) : null;
    });
  }

  getUserByName(name: string): UserRecord | null {
    const row = this.db.get<UserRow>(`SELECT ${userColumns} FROM "user" WHERE user_name = ?`, name);
    return row ? toUser(row) : null;
  }

  getUserById(id: number): UserRecord | null {
    const row = this.db.get<UserRow>(`SELECT ${userColumns} FROM "user" WHERE user_id = ?`, id);
    return row ? toUser(row) : null;
  }

  setUserPassword(id: number, passwordHash: string): void {
    this.db.run('UPDATE "user" SET user_password = ? WHERE user_id = ?', passwordHash, id);
  }

  incrementEditCount(id: number): void {
    this.db.run('UPDATE "user" SET user_editcount = user_editcount + 1 WHERE user_id = ?', id);
  }

  listUsers(opts: { from?: string; group?: string; limit: number }): UserRecord[] {
    const where: string[] = [];
    const args: Array<string | number> = [];
    if (opts.from !== undefined) {
      where.push('user_name >= ?');
      args.push(opts.from);
    }
    if (opts.group !== undefined) {
      where.push('user_id IN (SELECT ug_user FROM user_groups WHERE ug_group = ?)');
      args.push(opts.group);
    }
    const sql = `SELECT ${userColumns} FROM "user"${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY user_name LIMIT ?`;
    return this.db.all<UserRow>(sql, ...args, opts.limit).map(toUser);
  }

  countUsers(): number {
    return Number(this.db.get<{ n: number }>('SELECT count(*) AS n FROM "user"')?.n ?? 0);
  }

  getUserGroups(userId: number, now?: string): UserGroupMembership[] {
    const rows = now === undefined
      ? this.db.all<{ ug_group: string; ug_expiry: string | null }>('SELECT ug_group, ug_expiry FROM user_groups WHERE ug_user = ? ORDER BY ug_group', userId)
      : this.db.all<{ ug_group: string; ug_expiry: string | null }>(
        'SELECT ug_group, ug_expiry FROM user_groups WHERE ug_user = ? AND (ug_expiry IS NULL OR ug_expiry > ?) ORDER BY ug_group', userId, now,
      );
    return rows.map((r) => ({ group: r.ug_group, expiry: r.ug_expiry }));
  }

  addUserGroup(userId: number, group: string, expiry: string | null): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM user_groups WHERE ug_user = ? AND ug_group = ?', userId, group);
      this.db.run('INSERT INTO user_groups (ug_user, ug_group, ug_expiry) VALUES (?, ?, ?)', userId, group, expiry);
    });
  }

  removeUserGroup(userId: number, group: string): boolean {
    return this.db.transaction(() => {
      const had = this.db.get('SELECT 1 AS one FROM user_groups WHERE ug_user = ? AND ug_group = ?', userId, group) !== null;
      if (had) this.db.run('DELETE FROM user_groups WHERE ug_user = ? AND ug_group = ?', userId, group);
      return had;
    });
  }

  getBotPassword(userId: number, appId: string): BotPasswordRecord | null {
    const row = this.db.get<BotPasswordRow>('SELECT * FROM bot_passwords WHERE bp_user = ? AND bp_app_id = ?', userId, appId);
    return row ? toBotPassword(row) : null;
  }

  listBotPasswords(userId: number): BotPasswordRecord[] {
    return this.db.all<BotPasswordRow>('SELECT * FROM bot_passwords WHERE bp_user = ? ORDER BY bp_app_id', userId).map(toBotPassword);
  }

  saveBotPassword(bp: BotPasswordRecord): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM bot_passwords WHERE bp_user = ? AND bp_app_id = ?', bp.userId, bp.appId);
      this.db.run(
        'INSERT INTO bot_passwords (bp_user, bp_app_id, bp_password, bp_grants, bp_created) VALUES (?, ?, ?, ?, ?)',
        bp.userId, bp.appId, bp.passwordHash, JSON.stringify(bp.grants), bp.created,
      );
    });
  }

  deleteBotPassword(userId: number, appId: string): boolean {
    return this.db.transaction(() => {
      const had = this.getBotPassword(userId, appId) !== null;
      if (had) {
        this.db.run('DELETE FROM bot_passwords WHERE bp_user = ? AND bp_app_id = ?', userId, appId);
        this.deleteUserSessions(userId, appId);
      }
      return had;
    });
  }

  createSession(s: SessionRecord): void {
    this.db.run(
      'INSERT INTO user_session (us_id, us_user, us_bot_app, us_created, us_expiry) VALUES (?, ?, ?, ?, ?)',
      s.id, s.userId, s.botApp, s.created, s.expiry,
    );
  }

  getSession(id: string, now: string): SessionRecord | null {
    const row = this.db.get<SessionRow>('SELECT * FROM user_session WHERE us_id = ? AND us_expiry > ?', id, now);
    return row ? toSession(row) : null;
  }

  deleteSession(id: string): void {
    this.db.run('DELETE FROM user_session WHERE us_id = ?', id);
  }

  deleteUserSessions(userId: number, botApp?: string): void {
    if (botApp === undefined) this.db.run('DELETE FROM user_session WHERE us_user = ?', userId);
    else this.db.run('DELETE FROM user_session WHERE us_user = ? AND us_bot_app = ?', userId, botApp);
  }

  purgeExpiredSessions(now: string): number {
    return this.db.transaction(() => {
      const n = Number(this.db.get<{ n: number }>('SELECT count(*) AS n FROM user_session WHERE us_expiry <= ?', now)?.n ?? 0);
      if (n > 0) this.db.run('DELETE FROM user_session WHERE us_expiry <= ?', now);
      return n;
    });
  }
}
