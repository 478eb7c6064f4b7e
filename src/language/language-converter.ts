/**
 * MediaWiki's LanguageConverter for one parse: converts rendered HTML to the reader's variant,
 * applying the -{ }- rules met along the way (in page order) and the automatic tables, and
 * leaving tags, character references and strip markers alone. Rules with A, H or - change the
 * tables for the rest of the page; a T rule sets the page title.
 */
import { ConverterRule } from './converter-rule.ts';
import { nextMarkup, nextRuleStart } from './html-scan.ts';
import { languageAutonyms } from './language-names.ts';
import { ReplacementArray } from './replacement-array.ts';
import { bcp47, deprecatedCodes } from './variant-code.ts';
import type { ManualLevel, VariantLanguage } from './variant-language.ts';
import { decodeTagAttributes } from '../sanitize/tag-attributes.ts';
import { expandAttributes } from '../render/html.ts';

/** Rules nested deeper than this are shown as text, with a warning. */
const maxDepth = 10;

const flagNames = new Set(['A', 'T', 'R', 'D', '-', 'H', 'N']);

const messages: Record<string, string> = {
  'converter-manual-rule-error': 'Error detected in manual language conversion rule',
  'language-converter-depth-warning': `Language converter depth limit exceeded (${maxDepth})`,
};

export class LanguageConverter {
  readonly variants: string[];
  /** The variant being converted to. */
  readonly variant: string;
  /** The page title set by a T rule, if any. */
  convRuleTitle: string | false = false;
  private tables: Map<string, ReplacementArray> | null = null;
  private separatorPattern: RegExp | null = null;

  constructor(
    readonly language: VariantLanguage,
    preferredVariant?: string,
  ) {
    this.variants = language.variants;
    this.variant = (preferredVariant && this.validateVariant(preferredVariant)) || language.mainCode;
  }

  isFlag(flag: string): boolean {
    return flagNames.has(flag) || this.variants.includes(flag);
  }

  /** The internal code for a variant written in any accepted form, or null. */
  validateVariant(code: string): string | null {
    let v = code.toLowerCase();
    v = deprecatedCodes[v] ?? v;
    if (this.variants.includes(v)) return v;
    return this.variants.find((known) => bcp47(known).toLowerCase() === v) ?? null;
  }

  fallbacks(variant: string): string[] {
    return this.language.fallbacks[variant] ?? [];
  }

  manualLevel(variant: string): ManualLevel {
    return this.language.manualLevel?.[variant] ?? 'bidirectional';
  }

  variantNames(): Record<string, string> {
    return { ...languageAutonyms, ...this.language.variantNames };
  }

  message(key: string): string {
    return messages[key] ?? key;
  }

  /** Splits a rule at semicolons followed by a variant code (`;zh-tw:` or `;X=>zh-tw:`) or the end. */
  varSeparatorPattern(): RegExp {
    if (this.separatorPattern) return this.separatorPattern;
    const codes = new Set<string>();
    for (const v of this.variants) {
      codes.add(v);
      codes.add(bcp47(v));
    }
    for (const [old, current] of Object.entries(deprecatedCodes)) if (codes.has(current)) codes.add(old);
    const alt = [...codes].map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
    this.separatorPattern = new RegExp(`;\\s*(?=(?:${alt})\\s*:|[^;]*?=>\\s*(?:${alt})\\s*:|\\s*$)`);
    return this.separatorPattern;
  }

  /** Converts a page's HTML to the reader's variant (LanguageConverter::convert). */
  convert(text: string): string {
    return this.convertTo(text, this.variant);
  }

  convertTo(text: string, variant: string): string {
    this.convRuleTitle = false;
    return this.recursiveConvertTopLevel(text, variant);
  }

  private guessVariant(text: string, variant: string): boolean {
    return this.language.guessVariant?.(text, variant) ?? false;
  }

  recursiveConvertTopLevel(text: string, variant: string, depth = 0): string {
    const shouldConvert = !this.guessVariant(text, variant);
    let out = '';
    let pos = 0;
    while (pos < text.length) {
      const start = nextRuleStart(text, pos);
      const fragment = text.slice(pos, start === -1 ? text.length : start);
      out += shouldConvert ? this.autoConvert(fragment, variant) : fragment;
      if (start === -1) return out;
      const cursor = { pos: start };
      out += this.recursiveConvertRule(text, variant, cursor, depth + 1);
      pos = cursor.pos;
    }
    return out;
  }

  /** Converts the rule starting at `cursor.pos` (a `-{`), advancing the cursor past it. */
  private recursiveConvertRule(text: string, variant: string, cursor: { pos: number }, depth: number): string {
    cursor.pos += 2;
    let inner = '';
    let warned = false;
    const re = /-\{|\}-/g;
    while (cursor.pos < text.length) {
      re.lastIndex = cursor.pos;
      const m = re.exec(text);
      if (!m) break;
      inner += text.slice(cursor.pos, m.index);
      cursor.pos = m.index;
      if (m[0] === '-{') {
        if (depth >= maxDepth) {
          inner += '-{';
          if (!warned) {
            inner += `<span class="error">${this.message('language-converter-depth-warning')}</span>`;
            warned = true;
          }
          cursor.pos += 2;
          continue;
        }
        inner += this.recursiveConvertRule(text, variant, cursor, depth + 1);
        continue;
      }
      cursor.pos += 2;
      const rule = new ConverterRule(inner, this);
      rule.parse(variant);
      this.applyManualConv(rule);
      return rule.display;
    }
    // An unclosed rule: the rest of the text, converted, after the -{.
    if (cursor.pos < text.length) inner += text.slice(cursor.pos);
    cursor.pos = text.length;
    return '-{' + this.autoConvert(inner, variant);
  }

  private applyManualConv(rule: ConverterRule): void {
    if (rule.title !== false) this.convRuleTitle = rule.title;
    const tables = this.loadTables();
    for (const [variant, pairs] of rule.convTable) {
      const v = this.validateVariant(variant);
      if (!v) continue;
      if (rule.action === 'add') tables.get(v)!.mergeArray(pairs);
      else if (rule.action === 'remove') tables.get(v)!.removeArray(pairs);
    }
  }

  private loadTables(): Map<string, ReplacementArray> {
    if (!this.tables) {
      this.tables = new Map(this.variants.map((v) => [v, new ReplacementArray(this.language.tables[v] ?? {})]));
    }
    return this.tables;
  }

  /** Plain text through the variant's table (LanguageConverter::translate). */
  translate(text: string, variant: string): string {
    if (text.trim() === '') return text;
    const table = this.loadTables().get(variant);
    if (!table) return text;
    const apply = (t: string) => table.replace(t);
    return this.language.translate ? this.language.translate(text, variant, apply) : apply(text);
  }

  /** Converts HTML text, leaving markup alone but converting title and alt attributes. */
  autoConvert(input: string, variant: string): string {
    if (this.guessVariant(input, variant)) return input;
    const text = input.replace(/[\0\x04]/g, '');
    let out = '';
    let pos = 0;
    while (pos <= text.length) {
      const found = nextMarkup(text, pos);
      const [start, end] = found ?? [text.length, text.length];
      out += this.translate(text.slice(pos, start), variant);
      if (!found) break;
      out += this.convertAttributes(text.slice(start, end), variant);
      pos = end;
      if (end === start) break;
    }
    return out;
  }

  private convertAttributes(element: string, variant: string): string {
    const m = /^(<[^>\s]*)\s([^>]*)(.*)$/.exec(element);
    if (!m) return element;
    const attrs = decodeTagAttributes(m[2]);
    const close = m[2].endsWith('/') ? ' /' : '';
    let changed = false;
    for (const name of ['title', 'alt']) {
      const value = attrs.get(name);
      if (value === undefined) continue;
      // URLs are left as they are.
      const converted = value.indexOf('://') > 0 ? value : this.recursiveConvertTopLevel(value, variant);
      if (converted !== value) {
        attrs.set(name, converted);
        changed = true;
      }
    }
    if (!changed) return element;
    return m[1] + expandAttributes(Object.fromEntries(attrs)) + close + m[3];
  }

  /** Text in every variant, for finding a page under another variant's title. */
  autoConvertToAllVariants(text: string): Map<string, string> {
    return new Map(this.variants.map((v) => [v, this.autoConvert(text, v)]));
  }
}
