/**
 * Static assets of the skin (src/server/static/), read once and served with a content type
 * and a cache lifetime. Only plain file names found in that folder are served.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Context } from 'hono';

const folder = join(import.meta.dirname, 'static');
const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const files = new Map<string, Buffer>();
for (const name of readdirSync(folder)) {
  if (types[extname(name)]) files.set(name, readFileSync(join(folder, name)));
}

export function staticAssets(c: Context, name: string): Response {
  const data = files.get(name);
  if (!data) return c.text('Not found', 404);
  return c.body(new Uint8Array(data), 200, {
    'Content-Type': types[extname(name)],
    'Cache-Control': 'public, max-age=3600',
  });
}
