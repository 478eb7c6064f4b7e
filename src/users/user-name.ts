/**
 * User names as MediaWiki canonicalises them (User::getCanonicalName with 'creatable'
 * rules): the text of a User: page title (first letter upper case, underscores as spaces),
 * no subpage, none of $wgInvalidUsernameCharacters (@ : > =), not an IP address, at most
 * 255 bytes ($wgMaxNameChars), and not a reserved name.
 */
import type { TitleParser } from '../core/title.ts';

const invalidCharacters = /[@:>=]/;
const reservedNames = new Set(['MediaWiki default', 'Conversion script', 'Maintenance script', 'Template namespace initialisation script', 'Unknown user']);

export function isIpAddress(name: string): boolean {
  if (/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(name)) return true;
  return /^[0-9a-f:]+$/i.test(name) && name.includes(':') && name.split(':').length <= 8 && /[0-9a-f]/i.test(name);
}

/** The name as it is stored, or null when it is not a valid name for an account. */
export function canonicalUserName(titles: TitleParser, input: string): string | null {
  const text = input.replace(/_/g, ' ').trim();
  if (text === '' || invalidCharacters.test(text) || text.includes('/')) return null;
  const title = titles.parse(`User:${text}`);
  if (!title || title.isExternal || title.ns !== 2 || title.dbKey === '') return null;
  const name = title.dbKey.replace(/_/g, ' ');
  if (name !== text.replace(/\s+/g, ' ') && name.toLowerCase() !== text.replace(/\s+/g, ' ').toLowerCase()) return null;
  if (isIpAddress(name) || Buffer.byteLength(name) > 255 || reservedNames.has(name)) return null;
  return name;
}
