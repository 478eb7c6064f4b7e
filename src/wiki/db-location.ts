/**
 * Where a wiki's database lives: `--db` / `KAGAMI_DB` name it as a URL or a path; without
 * one, the SQLite file `wiki.sqlite` in the data dir. A PostgreSQL URL may name a schema to
 * keep the wiki's tables in (`?schema=wiki1`), so several wikis can share one database.
 */
import { join } from 'node:path';

export type DbLocation =
  | { kind: 'sqlite'; filename: string }
  | { kind: 'postgres'; url: string; schema?: string };

export function parseDbLocation(value: string | undefined, dataDir: string): DbLocation {
  const spec = value?.trim();
  if (!spec) return { kind: 'sqlite', filename: join(dataDir, 'wiki.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    let url: URL;
    try {
      url = new URL(spec);
    } catch {
      throw new Error(`invalid PostgreSQL URL: ${spec}`);
    }
    if (!url.hostname && !url.searchParams.get('host')) throw new Error(`invalid PostgreSQL URL (no host): ${spec}`);
    const schema = url.searchParams.get('schema');
    if (schema === null) return { kind: 'postgres', url: spec };
    if (!/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
    url.searchParams.delete('schema');
    return { kind: 'postgres', url: url.toString(), schema };
  }
  if (spec === ':memory:') return { kind: 'sqlite', filename: spec };
  if (/^sqlite:/i.test(spec)) {
    const path = spec.replace(/^sqlite:(\/\/)?/i, '');
    if (!path) throw new Error(`invalid SQLite location: ${spec}`);
    return { kind: 'sqlite', filename: path };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) throw new Error(`unsupported database URL: ${spec} (use sqlite:PATH or postgres://...)`);
  return { kind: 'sqlite', filename: spec };
}
