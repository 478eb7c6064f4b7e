/**
 * Autocompletion of page titles inside `[[…` (articles, or the namespace typed before a
 * colon) and `{{…` (templates, or any page after a leading colon), from api.php.
 */
import type { CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import { titlesWithPrefix } from './api-client.ts';

/** Namespaces by the prefixes an editor types most; other prefixes search the main namespace. */
const NAMESPACES: Record<string, number> = {
  talk: 1, user: 2, 'user talk': 3, project: 4, file: 6, image: 6, mediawiki: 8, template: 10, help: 12, category: 14, module: 828,
};

export interface TitleQuery {
  namespace: number;
  /** The title text typed so far, without the namespace prefix. */
  prefix: string;
  /** What the completion keeps in front of the title (the namespace prefix as typed). */
  keep: string;
  /** True for `{{…`: a template (namespace 10) title is inserted without "Template:". */
  template: boolean;
}

/** What to look up for the text before the cursor, or null outside a link or template name. */
export function titleQuery(before: string): TitleQuery | null {
  const m = /(\[\[|(?<!\{)\{\{)(?!\{)([^[\]{}|#<>\n]*)$/.exec(before);
  if (!m) return null;
  const template = m[1] === '{{';
  let typed = m[2].trimStart();
  if (template && /^(?:#|[\w ]+:)/.test(typed) && !/^(?:template|user|mediawiki):/i.test(typed)) return null;
  let keep = '';
  if (typed.startsWith(':')) {
    keep = ':';
    typed = typed.slice(1);
  }
  const colon = typed.indexOf(':');
  let namespace = template && !keep ? 10 : 0;
  if (colon > 0) {
    const ns = NAMESPACES[typed.slice(0, colon).trim().toLowerCase().replace(/_/g, ' ')];
    if (ns !== undefined) {
      namespace = ns;
      keep += typed.slice(0, colon + 1);
      typed = typed.slice(colon + 1);
    }
  }
  return { namespace, prefix: typed.trimStart(), keep, template };
}

function withoutNamespace(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(colon + 1) : title;
}

export function titleCompletion(api: string): CompletionSource {
  let pending: AbortController | null = null;
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const q = titleQuery(before);
    if (!q || (q.prefix === '' && !context.explicit)) return null;
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    context.addEventListener('abort', () => controller.abort());
    let titles: string[];
    try {
      titles = await titlesWithPrefix(api, q.namespace, q.prefix.replace(/ /g, '_'), controller.signal);
    } catch {
      return null;
    }
    const from = context.pos - q.prefix.length;
    return {
      from,
      options: titles.map((t) => ({ label: q.namespace === 0 ? t : withoutNamespace(t), type: q.template ? 'class' : 'text' })),
      validFor: /^[^[\]{}|#<>\n]*$/,
    };
  };
}
