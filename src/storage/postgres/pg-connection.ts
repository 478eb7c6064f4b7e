/**
 * One synchronous PostgreSQL connection (libpq through pg-native): queries with `?`
 * placeholders as in the SQLite code, numbers back as numbers, and transactions that nest as
 * savepoints. The outermost transaction takes the schema's writer lock, so writers queue as
 * they do on SQLite and ids picked as "one past the largest" never collide.
 */
import { createRequire } from 'node:module';
import type Client from 'pg-native';
import type { SqlConnection } from '../sql/sql-connection.ts';

export type SqlValue = string | number | bigint | boolean | null | undefined;

const numeric = new Set([20, 21, 23, 26, 700, 701]);
const types = {
  getTypeParser(oid: number): (value: string) => unknown {
    if (numeric.has(oid)) return Number;
    if (oid === 16) return (v: string) => v === 't';
    return (v: string) => v;
  },
};

/** `?` placeholders (outside quoted strings and identifiers) as PostgreSQL's `$1, $2 ...`. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (m) => (m === '?' ? `$${++n}` : m));
}

function toParam(value: SqlValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** A PostgreSQL array literal of texts, for `= ANY(?::text[])` and unnest(). */
export function pgArray(values: ReadonlyArray<string | number>): string {
  return `{${values.map((v) => `"${String(v).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** The URL for messages: the password left out. */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/password=\S*/gi, 'password=***');
  }
}

const require = createRequire(import.meta.url);
let clientClass: typeof Client | null = null;

/** pg-native, loaded on first use so SQLite-only installs never need libpq. */
function loadClient(): typeof Client {
  if (clientClass) return clientClass;
  try {
    clientClass = require('pg-native') as typeof Client;
  } catch (err) {
    throw new Error(
      `PostgreSQL support needs the pg-native package built against libpq (apt-get install libpq-dev, then npm rebuild libpq): ${(err as Error).message}`,
    );
  }
  return clientClass;
}

/**
 * Clients kept alive until the event loop has finished closing their socket watcher: libpq's
 * binding closes it asynchronously, and collecting the client earlier crashes the process.
 */
const closing = new Set<Client>();

export class PgConnection implements SqlConnection {
  readonly dialect = 'postgres';
  private readonly client = new (loadClient())({ types });
  private readonly translated = new Map<string, string>();
  private depth = 0;
  private closed = false;

  /** Connects to a `postgres://` URL (or a libpq connection string); `schema`, when given, is created if missing and used for everything. */
  constructor(url: string, readonly schema?: string) {
    try {
      this.client.connectSync(url);
    } catch (err) {
      const reason = (err as Error).message.trim().split('\n').map((l) => l.trim()).filter(Boolean).join('; ');
      throw new Error(`cannot connect to PostgreSQL at ${withoutPassword(url)}: ${reason}`);
    }
    try {
      this.client.querySync("SET client_min_messages = 'warning'");
      if (schema) {
        const quoted = this.client.escapeIdentifier(schema);
        this.client.querySync(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
        this.client.querySync(`SET search_path = ${quoted}`);
      }
    } catch (err) {
      this.close();
      throw err;
    }
  }

  all<T>(sql: string, ...args: SqlValue[]): T[] {
    let text = this.translated.get(sql);
    if (text === undefined) {
      text = numberPlaceholders(sql);
      this.translated.set(sql, text);
    }
    return (args.length ? this.client.querySync(text, args.map(toParam)) : this.client.querySync(text, [])) as T[];
  }

  get<T>(sql: string, ...args: SqlValue[]): T | null {
    return this.all<T>(sql, ...args)[0] ?? null;
  }

  /** The first column of the first row (null when there is none). */
  value<T>(sql: string, ...args: SqlValue[]): T | null {
    const row = this.get<Record<string, unknown>>(sql, ...args);
    return row ? (Object.values(row)[0] as T) : null;
  }

  /** The first column of every row. */
  column<T>(sql: string, ...args: SqlValue[]): T[] {
    return this.all<Record<string, unknown>>(sql, ...args).map((r) => Object.values(r)[0] as T);
  }

  run(sql: string, ...args: SqlValue[]): void {
    this.all(sql, ...args);
  }

  /** Runs SQL text with several statements and no parameters (migrations). */
  exec(sql: string): void {
    this.client.querySync(sql);
  }

  transaction<T>(fn: () => T): T {
    const savepoint = this.depth > 0 ? `kagami_sp${this.depth}` : null;
    if (savepoint) {
      this.client.querySync(`SAVEPOINT ${savepoint}`);
    } else {
      this.client.querySync('BEGIN');
      this.client.querySync("SELECT pg_advisory_xact_lock(hashtext('kagami:' || current_schema()))");
    }
    this.depth++;
    let result: T;
    try {
      result = fn();
    } catch (err) {
      this.depth--;
      if (!this.closed) {
        if (savepoint) {
          this.client.querySync(`ROLLBACK TO SAVEPOINT ${savepoint}`);
          this.client.querySync(`RELEASE SAVEPOINT ${savepoint}`);
        } else {
          this.client.querySync('ROLLBACK');
        }
      }
      throw err;
    }
    this.depth--;
    this.client.querySync(savepoint ? `RELEASE SAVEPOINT ${savepoint}` : 'COMMIT');
    return result;
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.client.end();
    closing.add(this.client);
    setImmediate(() => setImmediate(() => closing.delete(this.client)));
  }
}
