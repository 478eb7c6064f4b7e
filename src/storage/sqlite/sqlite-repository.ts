/**
 * The WikiRepository on SQLite (better-sqlite3, WAL journal): the shared SQL repository over
 * sqlite-connection.ts. `db` is the database itself, for SQLite-only parts (the FTS5 search
 * index).
 */
import Database from 'better-sqlite3';
import { SqlRepository } from '../sql/sql-repository.ts';
import { sqliteConnection } from './sqlite-connection.ts';

function openDatabase(filename: string): Database.Database {
  const db = new Database(filename);
  if (filename !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return db;
}

export class SqliteRepository extends SqlRepository {
  readonly db: Database.Database;

  /** Opens (creating and migrating) a database file, or ':memory:'. */
  constructor(filename: string) {
    const db = openDatabase(filename);
    super(sqliteConnection(db));
    this.db = db;
  }
}
