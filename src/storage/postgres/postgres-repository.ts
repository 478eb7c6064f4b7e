/**
 * The WikiRepository on PostgreSQL: the shared SQL repository over one synchronous libpq
 * connection (pg-connection.ts). `db` is that connection, for PostgreSQL-only parts (the
 * tsvector search index). The change mark is a counter row bumped by triggers
 * (change-counter.ts).
 */
import { SqlRepository } from '../sql/sql-repository.ts';
import { installChangeCounter, readChangeCounter } from './change-counter.ts';
import { PgConnection } from './pg-connection.ts';

export interface PostgresOptions {
  /** A schema to keep the wiki's tables in (created if missing); the connection's default otherwise. */
  schema?: string;
}

export class PostgresRepository extends SqlRepository {
  readonly db: PgConnection;

  /** Connects to a postgres:// URL and migrates the database. */
  constructor(url: string, opts: PostgresOptions = {}) {
    const db = new PgConnection(url, opts.schema);
    super(db);
    this.db = db;
    try {
      installChangeCounter(db);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  changeMark(): string {
    return readChangeCounter(this.db);
  }
}
