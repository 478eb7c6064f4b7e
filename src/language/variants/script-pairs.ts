/**
 * Languages written in two or more scripts whose converter is a letter table. The tables
 * here hold the letters the scripts share (a sample, not each language's full table:
 * letters particular to a language pass through unchanged).
 */
import type { VariantLanguage } from '../variant-language.ts';

const latinToCyrillic: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х',
};

function withCapitals(table: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...table };
  for (const [from, to] of Object.entries(table)) out[from.toUpperCase()] = to.toUpperCase();
  return out;
}

function invert(table: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([from, to]) => [to, from]));
}

const toCyrl = withCapitals(latinToCyrillic);
const toLatn = invert(toCyrl);

/** A language with a main code and script variants, each reached through one table. */
function scriptLanguage(mainCode: string, tables: Record<string, Record<string, string>>, extra: string[] = []): VariantLanguage {
  const variants = [mainCode, ...Object.keys(tables), ...extra];
  const fallbacks: Record<string, string[]> = {};
  for (const v of variants) fallbacks[v] = v === mainCode ? [] : [mainCode];
  return { mainCode, variants, fallbacks, tables };
}

export const crh = scriptLanguage('crh', { 'crh-cyrl': toCyrl, 'crh-latn': toLatn });
export const kk = scriptLanguage('kk', { 'kk-cyrl': toCyrl, 'kk-latn': toLatn }, ['kk-arab', 'kk-kz', 'kk-tr', 'kk-cn']);
export const tg = scriptLanguage('tg', { 'tg-latn': toLatn });
export const uz = scriptLanguage('uz', { 'uz-cyrl': toCyrl, 'uz-latn': toLatn });
export const ku = scriptLanguage('ku', {
  'ku-arab': { t: 'ت', e: 'ە', s: 'س', r: 'ر', n: 'ن', m: 'م', l: 'ل', b: 'ب', d: 'د', k: 'ک' },
  'ku-latn': {},
});
export const shi = scriptLanguage('shi', {
  'shi-tfng': { t: 'ⵜ', e: 'ⴻ', s: 'ⵙ', r: 'ⵔ', n: 'ⵏ', m: 'ⵎ', l: 'ⵍ', b: 'ⴱ', d: 'ⴷ', k: 'ⴽ', a: 'ⴰ' },
  'shi-latn': {},
});
export const gan = scriptLanguage('gan', { 'gan-hans': { '愛': '爱' }, 'gan-hant': { '爱': '愛' } });
