/**
 * Cite's error and warning messages (MediaWiki Cite's ErrorReporter):
 * `<span class="error mw-ext-cite-error" lang="en" dir="ltr">Cite error: …</span>`.
 * Errors also add the "Pages with reference errors" tracking category and a diagnostic.
 */
import type { CiteHost } from './host.ts';

export class ErrorReporter {
  constructor(private readonly host: CiteHost) {}

  /** The message parsed to half-parsed HTML, wrapped. */
  halfParsed(key: string, ...params: string[]): string {
    return this.wrap(this.host.recursiveTagParse(this.message(key, params)), key);
  }

  /** The message as wikitext, wrapped (parsed later with the text around it). */
  plain(key: string, ...params: string[]): string {
    return this.wrap(this.message(key, params), key);
  }

  private message(key: string, params: string[]): string {
    const { type } = splitKey(key);
    const inner = this.host.msg(key, ...params);
    if (type === 'error') {
      this.host.addTrackingCategory('cite-tracking-category-cite-error');
      this.host.addDiagnostic(key, inner);
    }
    return this.host.msg(`cite_${type}`, inner);
  }

  private wrap(content: string, key: string): string {
    const { type, id } = splitKey(key);
    const extra = type === 'warning' ? ` mw-ext-cite-warning-${escapeClass(id)}` : '';
    return `<span class="${type} mw-ext-cite-${type}${extra}" lang="en" dir="ltr">${content}</span>`;
  }
}

/** "cite_error_ref_no_key" → type "error", id "ref_no_key". */
function splitKey(key: string): { type: string; id: string } {
  const parts = key.replace(/-/g, '_').split('_');
  return { type: parts[1] ?? '', id: parts.slice(2).join('_') };
}

/** Sanitizer::escapeClass. */
function escapeClass(name: string): string {
  return name.replace(/(^[0-9\-])|[\x00-\x20!"#$%&'()*+,.\/:;<=>?@[\]^`{|}~]|\xC2\xA0/g, '_').replace(/_+/g, '_').replace(/_+$/, '');
}
