/**
 * Page titles of a dump, split by the dump's own namespace table: `<title>` holds the
 * prefixed title, `<ns>` the namespace number (kept even when this wiki does not know it).
 * First letters are capitalised unless the namespace is case-sensitive.
 */
import { ucfirst } from '../core/title.ts';
import type { DumpNamespace, DumpPage } from './dump-types.ts';

export class DumpTitles {
  private readonly byId = new Map<number, string>();
  private readonly byName = new Map<string, number>();
  private readonly caseSensitive = new Set<number>();

  constructor(namespaces: DumpNamespace[]) {
    for (const ns of namespaces) {
      this.byId.set(ns.id, ns.name);
      if (ns.case === 'case-sensitive') this.caseSensitive.add(ns.id);
      if (ns.name) this.byName.set(ns.name.toLowerCase().replace(/_/g, ' '), ns.id);
    }
  }

  /** Namespace number and DB key of a page, or an error message. */
  split(page: DumpPage): { ns: number; dbKey: string } | { error: string } {
    const title = page.title.trim().replace(/_/g, ' ');
    let ns = page.ns;
    let text = title;
    const colon = title.indexOf(':');
    if (ns === undefined) {
      ns = 0;
      if (colon > 0) {
        const id = this.byName.get(title.slice(0, colon).trim().toLowerCase());
        if (id !== undefined) { ns = id; text = title.slice(colon + 1); }
      }
    } else if (ns !== 0) {
      const name = this.byId.get(ns);
      if (name !== undefined && title.toLowerCase().startsWith(`${name.toLowerCase()}:`)) text = title.slice(name.length + 1);
      else if (colon > 0) text = title.slice(colon + 1);
      else return { error: `title "${page.title}" lacks the prefix of namespace ${ns}` };
    }
    let dbKey = text.trim().replace(/ +/g, '_');
    if (!this.caseSensitive.has(ns)) dbKey = ucfirst(dbKey);
    if (!dbKey) return { error: `empty title "${page.title}"` };
    return { ns, dbKey };
  }
}
