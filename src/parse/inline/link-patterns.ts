/**
 * Character classes and markers shared by the link passes (Parser::EXT_LINK_URL_CLASS and
 * friends), and the armour that hides URLs made by one pass from the next.
 */

/** A character that may appear in a URL. */
export const extLinkUrlClass = '[^\\][<>"\\x00-\\x20\\x7F\\p{Zs}\\uFFFD]';

/** The first character(s) after the protocol: an IP address, an IPv6 literal, or a URL character. */
export const extLinkAddr = '(?:[0-9.]+|\\[(?:[0-9a-fA-F:.]+)\\]|[^\\][<>"\\x00-\\x20\\x7F\\p{Zs}\\uFFFD])';

/** A space that is not a newline, literal or as a reference (Parser::SPACE_NOT_NL). */
export const spaceNotNl = '(?:\\t|&nbsp;|&#0*160;|&#[Xx]0*[Aa]0;|\\p{Zs})';

/** Start of a word, as PCRE's Unicode \b sees it before a word character. */
export const wordStart = '(?<![\\p{L}\\p{N}_])';

/** End of a word after a word character. */
export const wordEnd = '(?![\\p{L}\\p{N}_])';

/** Marks a protocol so the external-link pass leaves it alone (Parser::armorLinks). */
export const noParseMarker = "\x7f'\"`UNIQ-NOPARSE";
