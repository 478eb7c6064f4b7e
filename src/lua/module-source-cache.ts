/**
 * Module source rewritten for the Lua 5.4 VM (lua51-source.ts), cached across parses by
 * page title. An entry is used only when the page text is the very text it was made from,
 * so an edited module is rewritten again; the cache holds rewritten text only, never state
 * of a parse. The least recently used entries go once the total size passes the bound.
 */
import { rewriteLua51Source } from './lua51-source.ts';

/** Characters of source (original and rewritten) the cache may hold. */
const MAX_CHARS = 64 * 1024 * 1024;

interface Entry {
  source: string;
  rewritten: string;
}

const entries = new Map<string, Entry>();
let totalChars = 0;

function size(entry: Entry): number {
  return entry.source.length + (entry.rewritten === entry.source ? 0 : entry.rewritten.length);
}

/** The rewritten source of a module page, from the cache when its text is unchanged. */
export function rewrittenModuleSource(key: string, source: string): string {
  const hit = entries.get(key);
  if (hit && hit.source === source) {
    entries.delete(key);
    entries.set(key, hit);
    return hit.rewritten;
  }
  if (hit) {
    entries.delete(key);
    totalChars -= size(hit);
  }
  const entry = { source, rewritten: rewriteLua51Source(source) };
  entries.set(key, entry);
  totalChars += size(entry);
  for (const [oldKey, old] of entries) {
    if (totalChars <= MAX_CHARS || old === entry) break;
    entries.delete(oldKey);
    totalChars -= size(old);
  }
  return entry.rewritten;
}

/** Number of cached modules (for tests). */
export function cachedModuleCount(): number {
  return entries.size;
}
