/**
 * Where a wiki's database lives: `--db` / `KAGAMI_DB` name it as a URL or a path; without
 * one, the SQLite file `wiki.sqlite` in the data dir.
 */
import { join } from 'node:path';

export type DbLocation =
  | { kind: 'sqlite'; filename: string }
  | { kind: 'postgres'; url: string };

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
    if (!url.hostname) throw new Error(`invalid PostgreSQL URL (no host): ${spec}`);
    return { kind: 'postgres', url: spec };
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
