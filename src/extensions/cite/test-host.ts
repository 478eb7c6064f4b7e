/**
 * A CiteHost for unit tests: recursive parsing turns `[[#target|label]]` into a link and
 * leaves the rest as it is; messages come from Cite's defaults plus given overrides.
 */
import { defaultMessage, isDisabledText, MARKER_PREFIX, type CiteHost } from './host.ts';
import { formatMessage } from './messages.ts';

export interface TestHost extends CiteHost {
  categories: string[];
  diagnostics: string[];
}

export function testHost(overrides: Record<string, string> = {}, settings: Partial<CiteHost> = {}): TestHost {
  const lookup = (key: string): string | null => overrides[key] ?? defaultMessage(key) ?? null;
  const host: TestHost = {
    categories: [],
    diagnostics: [],
    recursiveTagParse: (text) => text.replace(/\[\[#([^|\]]*)\|([^\]]*)\]\]/g, '<a href="#$1">$2</a>'),
    unstripBoth: (text) => text,
    msg: (key, ...params) => formatMessage(lookup(key) ?? `⧼${key}⧽`, params),
    msgDisabled: (key) => isDisabledText(lookup(key)),
    addTrackingCategory: (key) => {
      host.categories.push(key);
    },
    addDiagnostic: (code) => {
      host.diagnostics.push(code);
    },
    markerPrefix: MARKER_PREFIX,
    isSectionPreview: false,
    bookReferencing: false,
    responsiveReferences: true,
    fragmentMode: 'html5',
    decimalSeparator: '.',
    ...settings,
  };
  return host;
}
