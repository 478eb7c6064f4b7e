/**
 * Content models of imported revisions: the dump's <model> and <format> when given, else
 * MediaWiki's defaults by title (Module: pages are Scribunto except their /doc subpages;
 * MediaWiki: and user .css/.js/.json pages are css, javascript, json).
 */
const formats: Record<string, string> = {
  wikitext: 'text/x-wiki',
  Scribunto: 'text/plain',
  css: 'text/css',
  javascript: 'text/javascript',
  json: 'application/json',
  text: 'text/plain',
};

/** Namespaces whose .css/.js/.json pages hold code: MediaWiki (8) and User (2). */
const codeNamespaces = new Set([2, 8]);

export function defaultContentModel(ns: number, dbKey: string): string {
  if (ns === 828) return dbKey.endsWith('/doc') ? 'wikitext' : 'Scribunto';
  if (codeNamespaces.has(ns)) {
    if (dbKey.endsWith('.css')) return 'css';
    if (dbKey.endsWith('.js')) return 'javascript';
    if (dbKey.endsWith('.json')) return 'json';
  }
  return 'wikitext';
}

export function defaultContentFormat(model: string): string {
  return formats[model] ?? 'text/plain';
}
