/**
 * What Cite needs from the parser, in one narrow interface: recursive parsing, the strip
 * state, message overrides from the MediaWiki: namespace, tracking categories and a few
 * site settings. `contextHost` builds it over a ParseContext; tests give a fake.
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import type { Frame } from '../../preprocess/frame.ts';
import { citeMessages, formatMessage } from './messages.ts';

export interface CiteHost {
  /** Parses wikitext to half-parsed HTML (MediaWiki's Parser::recursiveTagParse). */
  recursiveTagParse(text: string): string;
  /** Replaces all strip markers by their content (StripState::unstripBoth). */
  unstripBoth(text: string): string;
  /** A message with its parameters, as wikitext (MediaWiki's Message::plain()). */
  msg(key: string, ...params: string[]): string;
  /** Whether a message is disabled (missing, empty or "-"), as Message::isDisabled(). */
  msgDisabled(key: string): boolean;
  /** Adds a tracking category named by a message key. */
  addTrackingCategory(messageKey: string): void;
  /** Records a problem in the ParserOutput's diagnostics. */
  addDiagnostic(code: string, message: string): void;
  /** The strip marker prefix ("\x7f'\"`UNIQ-"). */
  readonly markerPrefix: string;
  readonly isSectionPreview: boolean;
  /** $wgCiteBookReferencing */
  readonly bookReferencing: boolean;
  /** $wgCiteResponsiveReferences */
  readonly responsiveReferences: boolean;
  /** The content language's decimal separator for '.' (Language::separatorTransformTable). */
  readonly decimalSeparator: string;
  /** The primary fragment encoding ($wgFragmentMode[0]). */
  readonly fragmentMode: 'html5' | 'legacy';
}

export const MARKER_PREFIX = "\x7f'\"`UNIQ-";

/** The optional parser services Cite uses when the parse context offers them. */
interface ParserServices {
  recursiveTagParse?(text: string, frame?: Frame): string;
  stripState?: { unstripBoth(text: string): string };
  unstripBoth?(text: string): string;
  markerPrefix?: string;
}

/** Messages a host looks up before the built-in ones: key → text, or null when disabled. */
export type MessageSource = (key: string) => string | null | undefined;

/** The built-in message text for a key, or undefined when Cite has none. */
export function defaultMessage(key: string): string | undefined {
  return citeMessages[key];
}

export function isDisabledText(text: string | null | undefined): boolean {
  return text === null || text === undefined || text === '' || text === '-';
}

/** Reads a message override from the wiki's MediaWiki: namespace. */
export function wikiMessageSource(ctx: ParseContext): MessageSource {
  const cache = new Map<string, string | undefined>();
  return (key) => {
    if (cache.has(key)) return cache.get(key);
    let text: string | undefined;
    const title = ctx.env.titles.parse(`MediaWiki:${key}`);
    if (title) text = ctx.env.data.getPage(title)?.text;
    cache.set(key, text);
    return text;
  };
}

export function contextHost(ctx: ParseContext, frame?: Frame): CiteHost {
  const services = ctx as unknown as ParserServices;
  const overrides = wikiMessageSource(ctx);
  const lookup = (key: string): string | null => {
    const override = overrides(key);
    if (override !== undefined && override !== null) return override.replace(/\n$/, '');
    return defaultMessage(key) ?? null;
  };
  return {
    recursiveTagParse: (text) => (services.recursiveTagParse ? services.recursiveTagParse.call(ctx, text, frame) : text),
    unstripBoth: (text) =>
      services.stripState ? services.stripState.unstripBoth(text) : services.unstripBoth ? services.unstripBoth.call(ctx, text) : text,
    msg: (key, ...params) => formatMessage(lookup(key) ?? `⧼${key}⧽`, params),
    msgDisabled: (key) => isDisabledText(lookup(key)),
    addTrackingCategory: (key) => {
      const name = lookup(key);
      if (isDisabledText(name)) return;
      const dbKey = (name as string).replace(/ /g, '_');
      ctx.output.trackingCategories.add(dbKey);
      if (!ctx.output.categories.has(dbKey)) ctx.output.addCategory(dbKey, '');
    },
    addDiagnostic: (code, message) => ctx.output.addDiagnostic(code, message),
    markerPrefix: services.markerPrefix ?? MARKER_PREFIX,
    isSectionPreview: false,
    bookReferencing: ctx.config.wgCiteBookReferencing === true,
    responsiveReferences: ctx.config.wgCiteResponsiveReferences !== false,
    fragmentMode: ctx.config.wgFragmentMode?.[0] ?? 'html5',
    decimalSeparator: decimalSeparator(ctx.config.wgLanguageCode),
  };
}

/** Content languages whose numbers use a decimal comma. */
const DECIMAL_COMMA = new Set(
  'az be bg bs ca cs da de el es et eu fi fr gl hr hu id is it ka kk lt lv mk nb nl nn no pl pt ro ru sk sl sq sr sv tr uk vi'.split(' '),
);

export function decimalSeparator(languageCode: string): string {
  return DECIMAL_COMMA.has(languageCode.split('-')[0]) ? ',' : '.';
}
