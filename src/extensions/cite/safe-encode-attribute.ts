/**
 * Sanitizer::safeEncodeAttribute: encodes an attribute value for HTML and armours it against
 * later wikitext parsing (templates, links, magic links, double-underscore switches).
 */
const URL_PROTOCOLS = [
  'bitcoin:', 'ftp://', 'ftps://', 'geo:', 'git://', 'gopher://', 'http://', 'https://', 'irc://', 'ircs://',
  'magnet:', 'mailto:', 'matrix:', 'mms://', 'news:', 'nntp://', 'redis://', 'sftp://', 'sip:', 'sips:',
  'sms:', 'ssh://', 'svn://', 'tel:', 'telnet://', 'urn:', 'worldwind://', 'xmpp:',
];

const PROTOCOL_PATTERN = new RegExp(`(${URL_PROTOCOLS.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`, 'gi');

const ARMOUR: [string, string][] = [
  ['{', '&#123;'],
  ['}', '&#125;'],
  ['[', '&#91;'],
  [']', '&#93;'],
  ["''", '&#39;&#39;'],
  ['ISBN', '&#73;SBN'],
  ['RFC', '&#82;FC'],
  ['PMID', '&#80;MID'],
  ['|', '&#124;'],
  ['__', '&#95;_'],
];
const ARMOUR_PATTERN = /\{|\}|\[|\]|''|ISBN|RFC|PMID|\||__/g;
const ARMOUR_MAP = new Map(ARMOUR);

/** Sanitizer::encodeAttribute: HTML-escapes quotes and brackets, and encodes line breaks and tabs. */
export function encodeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export function safeEncodeAttribute(text: string): string {
  const armoured = encodeAttribute(text).replace(ARMOUR_PATTERN, (m) => ARMOUR_MAP.get(m) ?? m);
  return armoured.replace(PROTOCOL_PATTERN, (m) => m.replace(/:/g, '&#58;'));
}
