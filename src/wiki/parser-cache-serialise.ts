/**
 * Parser cache entries as stored rows: every ParserOutput field with the template revisions
 * and link colours the entry is checked against, as compact JSON compressed with zlib
 * (base64 text, so both databases keep it in a plain TEXT column). Maps, sets and titles —
 * in the output and in extension data — are tagged so they come back as the same types.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { ParserOutput } from '../core/parser-output.ts';
import { Title } from '../core/title.ts';

export interface CacheEntry {
  output: ParserOutput;
  templates: Array<{ ns: number; dbKey: string; revisionId: number }>;
  links: Array<{ ns: number; dbKey: string; exists: boolean }>;
}

/** The key marking a tagged value; a plain object from an extension never has it. */
const tag = '\u0001k';

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof Map) return { [tag]: 'm', v: [...value] };
  if (value instanceof Set) return { [tag]: 's', v: [...value] };
  if (value instanceof Title) return { [tag]: 't', v: [value.ns, value.dbKey, value.nsName, value.fragment, value.interwiki] };
  if (value instanceof ParserOutput) return { [tag]: 'o', v: { ...value } };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !(tag in value)) return value;
  const { [tag]: kind, v } = value as { [tag]: string; v: unknown };
  switch (kind) {
    case 'm': return new Map(v as Array<[unknown, unknown]>);
    case 's': return new Set(v as unknown[]);
    case 't': {
      const [ns, dbKey, nsName, fragment, interwiki] = v as [number, string, string, string, string];
      return new Title(ns, dbKey, nsName, fragment, interwiki);
    }
    case 'o': return Object.assign(new ParserOutput(), v);
    default: return value;
  }
}

export function serialiseEntry(entry: CacheEntry): string {
  return deflateSync(JSON.stringify(entry, replacer)).toString('base64');
}

/** The entry, or null when the stored value cannot be read (a miss, not an error). */
export function deserialiseEntry(value: string): CacheEntry | null {
  try {
    const entry = JSON.parse(inflateSync(Buffer.from(value, 'base64')).toString('utf8'), reviver) as CacheEntry;
    return entry.output instanceof ParserOutput ? entry : null;
  } catch {
    return null;
  }
}
