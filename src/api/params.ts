/**
 * Reading api.php parameters as MediaWiki does: multi-values split on "|" (or on U+001F when
 * the value starts with it), booleans true when present, integers checked, limits clamped
 * ("max" for the highest), every read recorded so unknown parameters can be warned about.
 */
import { ApiError } from './errors.ts';

export const MULTI_SEPARATOR = '\x1f';

export class ApiParams {
  private readonly used = new Set<string>();

  constructor(
    private readonly values: Map<string, string>,
    /** Names that arrived in the query string (for parameters that must be posted). */
    readonly inQueryString: Set<string> = new Set(),
  ) {}

  has(name: string): boolean {
    this.used.add(name);
    return this.values.has(name);
  }

  str(name: string): string | undefined {
    this.used.add(name);
    return this.values.get(name);
  }

  /** A parameter that must be given and not empty. */
  required(name: string): string {
    const v = this.str(name);
    if (v === undefined || v === '') throw new ApiError('missingparam', name);
    return v;
  }

  bool(name: string): boolean {
    return this.has(name);
  }

  int(name: string, opts: { min?: number; max?: number } = {}): number | undefined {
    const raw = this.str(name);
    if (raw === undefined || raw === '') return undefined;
    if (!/^[-+]?\d+$/.test(raw.trim())) throw new ApiError('badinteger', name, raw);
    let n = Number(raw.trim());
    if (opts.min !== undefined && n < opts.min) n = opts.min;
    if (opts.max !== undefined && n > opts.max) n = opts.max;
    return n;
  }

  /** A limit parameter: a number or "max", clamped to 1..max; `def` when absent. */
  limit(name: string, def: number, max: number): number {
    const raw = this.str(name);
    if (raw === undefined || raw === '') return def;
    if (raw === 'max') return max;
    return this.int(name, { min: 1, max })!;
  }

  /** A multi-value parameter; with `allowed`, unknown values are refused. */
  list(name: string, allowed?: readonly string[]): string[] {
    const raw = this.str(name);
    if (raw === undefined || raw === '') return [];
    const parts = raw.startsWith(MULTI_SEPARATOR) ? raw.slice(1).split(MULTI_SEPARATOR) : raw.split('|');
    if (allowed) {
      const bad = parts.filter((p) => !allowed.includes(p));
      if (bad.length) throw new ApiError('badvalue', name, bad.join(', '));
    }
    return parts;
  }

  /** A single value from a fixed set. */
  choice<T extends string>(name: string, allowed: readonly T[], def: T): T {
    const raw = this.str(name);
    if (raw === undefined || raw === '') return def;
    if (!allowed.includes(raw as T)) throw new ApiError('badvalue', name, raw);
    return raw as T;
  }

  /** A list of namespace ids ("*" for all). */
  namespaces(name: string, known: (id: number) => boolean): number[] | undefined {
    const parts = this.list(name);
    if (parts.length === 0 || parts.includes('*')) return undefined;
    const ids: number[] = [];
    for (const p of parts) {
      if (!/^-?\d+$/.test(p) || !known(Number(p))) throw new ApiError('badvalue', name, p);
      ids.push(Number(p));
    }
    return ids;
  }

  /** Names given but never read (MediaWiki warns "Unrecognized parameter"). */
  unused(): string[] {
    return [...this.values.keys()].filter((k) => !this.used.has(k));
  }

  /** Marks names as read without reading them (parameters of skipped modules). */
  markUsed(prefix: string): void {
    for (const k of this.values.keys()) if (k.startsWith(prefix)) this.used.add(k);
  }

  /** Every value, for continuation (generator parameters are repeated as given). */
  raw(name: string): string | undefined {
    return this.values.get(name);
  }
}

/** A module's view of the parameters: names are given without the module's prefix. */
export class PrefixedParams {
  constructor(readonly all: ApiParams, readonly prefix: string) {}

  name(n: string): string {
    return this.prefix + n;
  }

  has(n: string): boolean { return this.all.has(this.prefix + n); }
  str(n: string): string | undefined { return this.all.str(this.prefix + n); }
  required(n: string): string { return this.all.required(this.prefix + n); }
  bool(n: string): boolean { return this.all.bool(this.prefix + n); }
  int(n: string, opts?: { min?: number; max?: number }): number | undefined { return this.all.int(this.prefix + n, opts); }
  limit(n: string, def: number, max: number): number { return this.all.limit(this.prefix + n, def, max); }
  list(n: string, allowed?: readonly string[]): string[] { return this.all.list(this.prefix + n, allowed); }
  choice<T extends string>(n: string, allowed: readonly T[], def: T): T { return this.all.choice(this.prefix + n, allowed, def); }
  namespaces(n: string, known: (id: number) => boolean): number[] | undefined { return this.all.namespaces(this.prefix + n, known); }
}
