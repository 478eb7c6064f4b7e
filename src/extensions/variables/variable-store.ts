/** The variables of one parse, and the #var_final placeholders waiting for their values. */
import { phpTrim } from '../parser-functions/php-string.ts';

/** A placeholder in the shape of a strip marker, so passes leave it alone. */
const markerFor = (id: number): string => `\x7f'"\`UNIQ--finalizedvar-${id}-QINU\`"'\x7f`;
const markerRe = /\x7f'"`UNIQ--finalizedvar-(\d+)-QINU`"'\x7f/g;

export class VariableStore {
  private readonly values = new Map<string, string>();
  private readonly finals: { name: string; fallback: string }[] = [];

  set(name: string, value: string): void {
    this.values.set(phpTrim(name), phpTrim(value));
  }

  get(name: string): string | undefined {
    return this.values.get(phpTrim(name));
  }

  has(name: string): boolean {
    return this.values.has(phpTrim(name));
  }

  /** Registers a #var_final and returns its placeholder. */
  requestFinal(name: string, fallback: string): string {
    this.finals.push({ name: phpTrim(name), fallback: phpTrim(fallback) });
    return markerFor(this.finals.length - 1);
  }

  /** Replaces the placeholders with the variables' final values (or their defaults). */
  insertFinalValues(text: string): string {
    if (this.finals.length === 0) return text;
    return text.replace(markerRe, (_m, id: string) => {
      const entry = this.finals[Number(id)];
      const value = this.get(entry.name) ?? '';
      return value !== '' ? value : entry.fallback;
    });
  }
}
