/**
 * A conversion table (MediaWiki's ReplacementArray): replaces every occurrence of its keys,
 * scanning left to right and taking the longest key that matches at each position (PHP's strtr).
 */
export class ReplacementArray {
  private readonly pairs = new Map<string, string>();
  /** Key lengths by first UTF-16 unit, longest first. */
  private lengths: Map<string, number[]> | null = null;

  constructor(pairs: Record<string, string> | Map<string, string> = {}) {
    const entries = pairs instanceof Map ? pairs.entries() : Object.entries(pairs);
    for (const [from, to] of entries) if (from !== '') this.pairs.set(from, to);
  }

  setPair(from: string, to: string): void {
    if (from === '') return;
    this.pairs.set(from, to);
    this.lengths = null;
  }

  /** Adds pairs, the new ones winning over existing keys. */
  mergeArray(pairs: Map<string, string>): void {
    for (const [from, to] of pairs) this.setPair(from, to);
  }

  /** Removes the keys of `pairs` (whatever they map to). */
  removeArray(pairs: Map<string, string>): void {
    for (const from of pairs.keys()) this.pairs.delete(from);
    this.lengths = null;
  }

  getArray(): Map<string, string> {
    return new Map(this.pairs);
  }

  replace(text: string): string {
    if (this.pairs.size === 0 || text === '') return text;
    const lengths = this.index();
    let out = '';
    let plainStart = 0;
    let i = 0;
    while (i < text.length) {
      const candidates = lengths.get(text[i]);
      let matched = false;
      if (candidates) {
        for (const len of candidates) {
          const to = this.pairs.get(text.substr(i, len));
          if (to === undefined) continue;
          out += text.slice(plainStart, i) + to;
          i += len;
          plainStart = i;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
    }
    return out + text.slice(plainStart);
  }

  private index(): Map<string, number[]> {
    if (this.lengths) return this.lengths;
    const byFirst = new Map<string, Set<number>>();
    for (const key of this.pairs.keys()) {
      const set = byFirst.get(key[0]) ?? new Set<number>();
      set.add(key.length);
      byFirst.set(key[0], set);
    }
    this.lengths = new Map([...byFirst].map(([c, set]) => [c, [...set].sort((a, b) => b - a)]));
    return this.lengths;
  }
}
