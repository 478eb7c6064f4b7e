/**
 * The Lua side of the Scribunto library: the `.lua` files beside this one, read once.
 * `init` builds the sandbox; the others are libraries it loads by name.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const libDir = fileURLToPath(new URL('./lib/', import.meta.url));

let cache: Record<string, string> | null = null;

/** Library sources keyed by name ("init", "mw", "mw.text", "bit", ...). */
export function luaSources(): Record<string, string> {
  if (cache) return cache;
  const out: Record<string, string> = {};
  for (const file of readdirSync(libDir)) {
    if (file.endsWith('.lua') && !file.endsWith('.test.lua')) out[file.slice(0, -4)] = readFileSync(libDir + file, 'utf8');
  }
  cache = out;
  return out;
}
