/**
 * The WikiRepository on SQLite (better-sqlite3, WAL journal): the shared SQL repository over
 * sqlite-connection.ts. `db` is the database itself, for SQLite-only parts (the FTS5 search
 * index). The change mark is this connection's row-change count with SQLite's data version
 * (which moves when another connection commits), less the rows this connection wrote to the
 * parser cache (storing a rendered page is not a change of the wiki).
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
  private readonly changeStatement: Database.Statement;

  /** Opens (creating and migrating) a database file, or ':memory:'. */
  constructor(filename: string) {
    const db = openDatabase(filename);
    super(sqliteConnection(db));
    this.db = db;
    this.changeStatement = db.prepare('SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS v');
  }

  changeMark(): string {
    const row = this.changeStatement.get() as { c: number; v: number };
    return `${row.c - this.parserCacheStore.parserCacheWrites}.${row.v}`;
  }
}
