/**
 * The character classes of mw.ustring patterns as Scribunto defines them on code points:
 * %a \p{L}, %c \p{Cc}, %d \p{Nd}, %l \p{Ll}, %p \p{P}, %s \p{Z} with tab, LF, VT, FF and
 * CR (PCRE's \p{Xps}), %u \p{Lu}, %w letters and decimal digits, %x ASCII and full-width
 * hex digits. Each class is a flat list of inclusive ranges [from, to, from, to, ...],
 * found once per process by running the regular expression over every code point.
 */
const definitions: Record<string, RegExp> = {
  a: /\p{L}+/gu,
  c: /\p{Cc}+/gu,
  d: /\p{Nd}+/gu,
  l: /\p{Ll}+/gu,
  p: /\p{P}+/gu,
  s: /[\p{Z}\t\n\v\f\r]+/gu,
  u: /\p{Lu}+/gu,
  w: /[\p{L}\p{Nd}]+/gu,
  x: /[0-9A-Fa-f\uFF10-\uFF19\uFF21-\uFF26\uFF41-\uFF46]+/gu,
};

let cache: Record<string, number[]> | null = null;

function allCodePoints(): string {
  const parts: string[] = [];
  for (let start = 0; start <= 0x10ffff; start += 0x1000) {
    const chunk: number[] = [];
    for (let c = start; c < start + 0x1000 && c <= 0x10ffff; c++) {
      // Surrogates stand for themselves as U+FFFF would: no class contains them.
      chunk.push(c >= 0xd800 && c <= 0xdfff ? 0xffff : c);
    }
    parts.push(String.fromCodePoint(...chunk));
  }
  return parts.join('');
}

/** Ranges of each class, keyed by its letter. */
export function unicodeClasses(): Record<string, number[]> {
  if (cache) return cache;
  const text = allCodePoints();
  // Offsets in `text` are UTF-16 units; map them back to code points while scanning.
  const out: Record<string, number[]> = {};
  for (const [name, re] of Object.entries(definitions)) {
    const ranges: number[] = [];
    for (const m of text.matchAll(re)) {
      const from = codePointAtOffset(m.index);
      const last = [...m[0]].length - 1;
      ranges.push(from, from + last);
    }
    out[name] = ranges;
  }
  cache = out;
  return out;
}

/** The code point at a UTF-16 offset of allCodePoints(): one unit each below U+10000. */
function codePointAtOffset(offset: number): number {
  return offset < 0x10000 ? offset : 0x10000 + (offset - 0x10000) / 2;
}

/** The Lua table the pattern matcher loads (lib/unicode-classes.lua). */
export function unicodeClassesLua(): string {
  const lines = [
    '-- Character classes of mw.ustring patterns as inclusive code point ranges {from, to, ...}.',
    '-- Generated from the JavaScript engine\'s Unicode tables by src/lua/host/unicode-classes.ts',
    '-- (npx tsx src/lua/host/unicode-classes.ts --write); do not edit by hand.',
    'return {',
  ];
  for (const [name, ranges] of Object.entries(unicodeClasses())) {
    lines.push(`  ${name} = {`);
    for (let i = 0; i < ranges.length; i += 16) lines.push(`    ${ranges.slice(i, i + 16).map((n) => `0x${n.toString(16)}`).join(', ')},`);
    lines.push('  },');
  }
  lines.push('}', '');
  return lines.join('\n');
}

export const unicodeClassesFile = new URL('../lib/unicode-classes.lua', import.meta.url);

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href && process.argv.includes('--write')) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(unicodeClassesFile, unicodeClassesLua());
}
