/**
 * Fresh PostgreSQL databases for tests: one database per test file (dropped at exit on a
 * server the tests did not start themselves), and a fresh schema per repository opened in it.
 */
import { PgConnection } from './pg-connection.ts';
import { PostgresRepository } from './postgres-repository.ts';
import { testServerUrl } from './test-cluster.ts';

let counter = 0;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty database on the test server and returns its URL. */
export function freshTestDatabase(): string {
  const external = Boolean(process.env.KAGAMI_TEST_PG?.trim());
  const server = testServerUrl();
  const name = `kagami_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const admin = new PgConnection(server);
  try {
    admin.exec(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    admin.close();
  }
  if (external) {
    process.on('exit', () => {
      try {
        const conn = new PgConnection(server);
        conn.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        conn.close();
      } catch { /* the server went away first */ }
    });
  }
  return withDatabase(server, name);
}

/** Opens repositories on fresh schemas of one test database: `() => repo` for the contract suite. */
export function postgresTestFactory(): () => PostgresRepository {
  let url: string | null = null;
  let schemas = 0;
  return () => {
    url ??= freshTestDatabase();
    return new PostgresRepository(url, { schema: `test_${++schemas}` });
  };
}
