/**
 * The anchors already used on a page (MediaWiki's $refers in formatHeadings): a repeated
 * anchor gets the first free suffix _2, _3 ... compared case-insensitively in ASCII letters only
 * (PHP's strtolower: "Тест" and "тест" are different anchors). The search for a
 * free suffix resumes where the last one for the same anchor stopped, so a page repeating
 * one heading thousands of times stays linear.
 */
export class AnchorClaims {
  private readonly used = new Set<string>();
  /** Anchor key → the smallest suffix that may still be free. */
  private readonly nextSuffix = new Map<string, number>();

  /** Claims `id`; returns the suffix to append ('' when the id was free). */
  claim(id: string): string {
    const key = id.replace(/[A-Z]+/g, (m) => m.toLowerCase());
    if (!this.used.has(key)) {
      this.used.add(key);
      return '';
    }
    let i = this.nextSuffix.get(key) ?? 2;
    while (this.used.has(`${key}_${i}`)) i++;
    this.used.add(`${key}_${i}`);
    this.nextSuffix.set(key, i + 1);
    return `_${i}`;
  }
}
