/**
 * One -{ }- block (MediaWiki's ConverterRule): its flags, its per-variant texts (two-way
 * `zh-cn:X;zh-tw:Y` and one-way `X=>zh-tw:Y`), what it shows in place, and the conversion
 * pairs it adds to or removes from the rest of the page.
 */
import type { LanguageConverter } from './language-converter.ts';

type Flag = string;

/** PHP's truthiness of a looked-up text: '' and '0' count as missing. */
function phpTruthy(text: string | false): boolean {
  return text !== false && text !== '' && text !== '0';
}

export class ConverterRule {
  flags = new Map<Flag, true>();
  variantFlags = new Set<string>();
  rules = '';
  /** Two-way texts by variant. */
  bidtable = new Map<string, string>();
  /** One-way pairs by variant. */
  unidtable = new Map<string, Map<string, string>>();
  display = '';
  /** The title the T flag sets, or false. */
  title: string | false = false;
  action: 'none' | 'add' | 'remove' = 'none';
  /** Pairs by variant for the page-wide tables. */
  convTable = new Map<string, Map<string, string>>();

  constructor(
    readonly text: string,
    private readonly converter: LanguageConverter,
  ) {}

  private parseFlags(): void {
    let text = this.text;
    let flags = new Map<Flag, true>();
    const sep = text.indexOf('|');
    if (sep !== -1) {
      for (const raw of text.slice(0, sep).split(';')) {
        const f = raw.trim();
        if (this.converter.isFlag(f)) flags.set(f, true);
      }
      text = text.slice(sep + 1);
    }
    let variantFlags = new Set<string>();
    if (flags.size === 0) flags.set('S', true);
    else if (flags.has('R')) flags = new Map([['R', true]]);
    else if (flags.has('N')) flags = new Map([['N', true]]);
    else if (flags.has('-')) flags = new Map([['-', true]]);
    else if (flags.size === 1 && flags.has('T')) flags.set('H', true);
    else if (flags.has('H')) {
      const kept = new Map<Flag, true>([['+', true], ['H', true]]);
      if (flags.has('T')) kept.set('T', true);
      if (flags.has('D')) kept.set('D', true);
      flags = kept;
    } else {
      if (flags.has('A')) {
        flags.set('+', true);
        flags.set('S', true);
      }
      if (flags.has('D')) flags.delete('S');
      variantFlags = new Set([...flags.keys()].filter((f) => this.converter.variants.includes(f)));
      if (variantFlags.size > 0) flags = new Map();
    }
    this.variantFlags = variantFlags;
    this.rules = text;
    this.flags = flags;
  }

  private parseRules(): void {
    const bidtable = new Map<string, string>();
    const unidtable = new Map<string, Map<string, string>>();
    // Semicolons ending character references do not separate choices.
    const rules = this.rules.replace(/(&[#a-zA-Z0-9]+);/g, '$1\x01');
    for (const choice of rules.split(this.converter.varSeparatorPattern()).map((c) => c.replace(/\x01/g, ';'))) {
      const colon = choice.indexOf(':');
      if (colon === -1) continue;
      const to = choice.slice(colon + 1).trim();
      const head = choice.slice(0, colon).trim();
      const arrow = head.indexOf('=>');
      let variant: string | null;
      if (arrow === -1) {
        variant = this.converter.validateVariant(head);
        if (to !== '' && variant) bidtable.set(variant, to);
      } else {
        const from = head.slice(0, arrow).trim();
        variant = this.converter.validateVariant(head.slice(arrow + 2).trim());
        if (from !== '' && variant) {
          const pairs = unidtable.get(variant) ?? new Map<string, string>();
          pairs.set(from, to);
          unidtable.set(variant, pairs);
        }
      }
      // A choice naming no variant is a syntax error: the whole rule is ignored.
      if (!variant) {
        bidtable.clear();
        unidtable.clear();
        break;
      }
    }
    this.bidtable = bidtable;
    this.unidtable = unidtable;
  }

  private textInBidtable(variants: string[]): string | false {
    for (const v of variants) {
      const text = this.bidtable.get(v);
      if (text !== undefined) return text;
    }
    return false;
  }

  private rulesDescription(): string {
    const names = this.converter.variantNames();
    const codeSep = this.converter.language.descCodeSeparator ?? ':';
    const varSep = this.converter.language.descVarSeparator ?? ';';
    let text = '';
    for (const [v, to] of this.bidtable) text += `${names[v] ?? ''}${codeSep}${to}${varSep}`;
    for (const [v, pairs] of this.unidtable) {
      for (const [from, to] of pairs) text += `${from}⇒${names[v] ?? ''}${codeSep}${to}${varSep}`;
    }
    return text;
  }

  private convertedText(variant: string): string | false {
    if (this.bidtable.size + this.unidtable.size === 0) return this.rules;
    let disp = this.textInBidtable([variant]);
    if (disp === false) disp = this.textInBidtable(this.converter.fallbacks(variant));
    if (disp === false && this.unidtable.has(variant)) disp = [...this.unidtable.get(variant)!.values()][0];
    if (disp === false && this.converter.manualLevel(variant) === 'disable') {
      disp = this.bidtable.size > 0 ? [...this.bidtable.values()][0] : [...[...this.unidtable.values()][0].values()][0];
    }
    return disp;
  }

  private convertedTitle(variant: string): string | false {
    if (variant !== this.converter.language.mainCode) return this.convertedText(variant);
    // For the main code only a text for exactly it counts: otherwise the page name is shown.
    const disp = this.textInBidtable([variant]);
    if (phpTruthy(disp)) return disp;
    const pairs = this.unidtable.get(variant);
    return pairs ? [...pairs.values()][0] : false;
  }

  private generateConvTable(): void {
    if (this.bidtable.size === 0 && this.unidtable.size === 0) return;
    const bidtable = new Map(this.bidtable);
    const marked: string[] = [];
    const set = (v: string, from: string, to: string) => {
      const pairs = this.convTable.get(v) ?? new Map<string, string>();
      pairs.set(from, to);
      this.convTable.set(v, pairs);
    };
    for (const v of this.converter.variants) {
      if (!bidtable.has(v)) {
        const fallback = this.textInBidtable(this.converter.fallbacks(v));
        if (phpTruthy(fallback)) bidtable.set(v, fallback as string);
      }
      const text = bidtable.get(v);
      if (text !== undefined) {
        for (const other of marked) {
          if (this.converter.manualLevel(v) === 'bidirectional') set(v, bidtable.get(other)!, text);
          if (this.converter.manualLevel(other) === 'bidirectional') set(other, text, bidtable.get(other)!);
        }
        marked.push(v);
      }
      const level = this.converter.manualLevel(v);
      const oneWay = this.unidtable.get(v);
      if ((level === 'bidirectional' || level === 'unidirectional') && oneWay) {
        // The one-way pairs win over two-way ones for the same text.
        const merged = new Map(oneWay);
        for (const [from, to] of this.convTable.get(v) ?? []) if (!merged.has(from)) merged.set(from, to);
        this.convTable.set(v, merged);
      }
    }
  }

  /** Parses the rule for display in `variant`. */
  parse(variant: string): void {
    this.parseFlags();
    let flags = this.flags;
    if (this.variantFlags.size > 0) {
      // -{zh-hans;zh-hant|text}-: the text converted to the current variant, if listed.
      if (this.variantFlags.has(variant)) {
        this.rules = this.converter.autoConvert(this.rules, variant);
      } else {
        const fallback = this.converter.fallbacks(variant).find((v) => this.variantFlags.has(v));
        if (fallback) this.rules = this.converter.autoConvert(this.rules, fallback);
      }
      this.flags = flags = new Map([['R', true]]);
    }
    if (!flags.has('R') && !flags.has('N')) {
      // The sanitizer escaped the > of =>.
      this.rules = this.rules.replaceAll('=&gt;', '=>');
      this.parseRules();
    }
    const rules = this.rules;
    if (this.bidtable.size === 0 && this.unidtable.size === 0) {
      if (flags.has('+') || flags.has('-')) {
        if (rules !== '') for (const v of this.converter.variants) this.bidtable.set(v, rules);
      } else if (!flags.has('N') && !flags.has('T')) {
        this.flags = flags = new Map([['R', true]]);
      }
    }
    let display: string | false = false;
    for (const flag of flags.keys()) {
      if (flag === 'R') display = rules;
      else if (flag === 'N') display = this.converter.variantNames()[rules.trim()] ?? '';
      else if (flag === 'D') display = this.rulesDescription();
      else if (flag === 'H') display = '';
      else if (flag === '-') {
        this.action = 'remove';
        display = '';
      } else if (flag === '+') {
        this.action = 'add';
        display = '';
      } else if (flag === 'S') display = this.convertedText(variant);
      else if (flag === 'T') {
        this.title = this.convertedTitle(variant);
        display = '';
      }
    }
    this.display = display === false ? `<span class="error">${this.converter.message('converter-manual-rule-error')}</span>` : display;
    this.generateConvTable();
  }
}
