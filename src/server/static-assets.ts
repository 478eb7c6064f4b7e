/**
 * Static assets of the skin (src/server/static/), read once and served with a content type
 * and a cache lifetime. Only plain file names found in that folder are served, and the source
 * editor's bundle (editor.<hash>.js, built in memory), which never changes under its name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Context } from 'hono';
import { editorBundleFile } from './editor-bundle.ts';

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
  if (/^editor\.[0-9a-f]{16}\.js$/.test(name)) {
    const bundle = editorBundleFile(name);
    if (!bundle) return c.text('Not found', 404);
    return c.body(new Uint8Array(bundle.code), 200, {
      'Content-Type': types['.js'],
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  }
  const data = files.get(name);
  if (!data) return c.text('Not found', 404);
  return c.body(new Uint8Array(data), 200, {
    'Content-Type': types[extname(name)],
    'Cache-Control': 'public, max-age=3600',
  });
}
