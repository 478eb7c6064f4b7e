/**
 * Revision text hashes as MediaWiki stores them (rev_sha1): the SHA-1 of the UTF-8 text,
 * written in base 36 and left-padded with zeros to 31 characters.
 */
import { createHash } from 'node:crypto';

export function sha1Base36(text: string): string {
  const hex = createHash('sha1').update(text, 'utf8').digest('hex');
  return BigInt(`0x${hex}`).toString(36).padStart(31, '0');
}

/** Size of a text in bytes (rev_len / page_len). */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
