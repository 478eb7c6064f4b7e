/**
 * URL protocols links may use ($wgUrlProtocols of MediaWiki 1.39), as data, and the regular
 * expression sources built from them (wfUrlProtocols).
 */
export const urlProtocols: readonly string[] = [
  'bitcoin:', 'ftp://', 'ftps://', 'geo:', 'git://', 'gopher://', 'http://', 'https://', 'irc://',
  'ircs://', 'magnet:', 'mailto:', 'matrix:', 'mms://', 'news:', 'nntp://', 'redis://', 'sftp://',
  'sip:', 'sips:', 'sms:', 'ssh://', 'svn://', 'tel:', 'telnet://', 'urn:', 'worldwind://', 'xmpp:',
  '//',
];

function quote(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Alternation of all protocols, protocol-relative `//` included (case-sensitive source). */
export const urlProtocolsSource = urlProtocols.map(quote).join('|');

/** Alternation of the protocols without `//`. */
export const urlProtocolsWithoutProtRelSource = urlProtocols.filter((p) => p !== '//').map(quote).join('|');

const startsWithProtocol = new RegExp(`^(?:${urlProtocolsSource})`, 'i');

/** Whether a string starts with a known URL protocol (any case), `//` included. */
export function hasUrlProtocol(s: string): boolean {
  return startsWithProtocol.test(s);
}
