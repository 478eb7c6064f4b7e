/**
 * Relative links to subpages: `[[/Sub]]`, `[[/Sub/]]`, `[[../Sibling]]`
 * (Linker::normalizeSubpageLink). Only where the page's namespace has subpages.
 */

/** Resolves a relative target against the page's prefixed text; may set the link text. */
export function normalizeSubpageLink(contextText: string, target: string, text: string): { target: string; text: string } {
  let suffix = '';
  let base = target;
  const hash = base.indexOf('#');
  if (hash >= 0) {
    suffix = base.slice(hash);
    base = base.slice(0, hash);
  }
  base = base.trim();
  if (base.startsWith('/')) {
    const trailing = /\/+$/.exec(base);
    let noSlash: string;
    if (trailing) {
      base = base.slice(1, base.length - trailing[0].length);
      noSlash = base;
    } else {
      noSlash = base.slice(1);
    }
    return { target: `${contextText}/${noSlash.trim()}${suffix}`, text: text === '' ? base + suffix : text };
  }
  let dotdot = 0;
  let rest = base;
  while (rest.startsWith('../')) {
    dotdot++;
    rest = rest.slice(3);
  }
  if (dotdot === 0) return { target, text };
  const parts = contextText.split('/');
  if (parts.length <= dotdot) return { target, text };
  let ret = parts.slice(0, -dotdot).join('/');
  let newText = text;
  if (rest.endsWith('/')) {
    rest = rest.replace(/\/+$/, '');
    if (newText === '') newText = rest + suffix;
  }
  rest = rest.trim();
  if (rest !== '') ret += '/' + rest;
  return { target: ret + suffix, text: newText };
}
