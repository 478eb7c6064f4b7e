/**
 * Callbacks behind mw.text and mw.ustring that need the host: JSON, strip markers, and
 * Unicode case mapping and normalisation.
 */
import type { ScribuntoSession } from '../scribunto-session.ts';
import { toLuaData } from './lua-data.ts';

type GetSession = () => ScribuntoSession;

const JSON_PRESERVE_KEYS = 1;
const JSON_TRY_FIXING = 2;
const JSON_PRETTY = 4;

/** Lua tables arrive as arrays (sequences) or objects; numeric keys of objects are strings. */
function fromLua(value: unknown, flags: number): unknown {
  if (Array.isArray(value)) return value.map((v) => fromLua(v, flags));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [];
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) out[k] = fromLua(v, flags);
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('mw.text.jsonEncode: Cannot encode non-finite numbers');
  return value;
}

/** JSON arrays become Lua sequences; with PRESERVE_KEYS off, a JSON array of n items is 1..n. */
function toLua(value: unknown): unknown {
  return toLuaData(value);
}

export function textCallbacks(session: GetSession) {
  return {
    jsonEncode(value: unknown, flags: number) {
      try {
        const data = fromLua(value, flags ?? 0);
        const text = JSON.stringify(data, null, (flags ?? 0) & JSON_PRETTY ? 4 : undefined) ?? 'null';
        return [true, text.replace(/[\u007f-\uffff]/g, (c) => c).replace(/\//g, '\\/')];
      } catch (err) {
        return [false, (err as Error).message];
      }
    },
    jsonDecode(text: string, flags: number) {
      try {
        let source = String(text);
        if ((flags ?? 0) & JSON_TRY_FIXING) source = source.replace(/,\s*([\]}])/g, '$1');
        return [true, toLua(JSON.parse(source))];
      } catch (err) {
        return [false, `mw.text.jsonDecode: ${(err as Error).message}`];
      }
    },
    killMarkers(text: string): string {
      return session().ctx.stripState.killMarkers(String(text));
    },
    unstripNoWiki(text: string): string {
      return session().ctx.stripState.unstripNoWiki(String(text));
    },
    unstrip(text: string): string {
      const strip = session().ctx.stripState;
      return strip.killMarkers(strip.unstripBoth(String(text)));
    },
    ustringUpper(text: string): string {
      return String(text).toUpperCase();
    },
    ustringLower(text: string): string {
      return String(text).toLowerCase();
    },
    ustringNormalize(text: string, form: string): string {
      return String(text).normalize(form as 'NFC' | 'NFD' | 'NFKC' | 'NFKD');
    },
  };
}
