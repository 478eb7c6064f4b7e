/**
 * What a file's bytes are, from their signature (MediaWiki's MimeAnalyzer, for the types a
 * wiki accepts): an upload whose content is not what its extension says is refused.
 */

const startsWith = (bytes: Buffer, signature: string, at = 0) =>
  bytes.length >= at + signature.length && bytes.toString('latin1', at, at + signature.length) === signature;

/** The MIME type the content shows, or null when it is none the wiki knows. */
export function detectMime(bytes: Buffer): string | null {
  if (startsWith(bytes, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'image/gif';
  if (startsWith(bytes, '\xff\xd8\xff')) return 'image/jpeg';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'image/webp';
  if (startsWith(bytes, 'OggS')) return 'application/ogg';
  if (startsWith(bytes, '%PDF-')) return 'application/pdf';
  if (startsWith(bytes, 'ID3') || (bytes.length > 2 && bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (looksLikeSvg(bytes)) return 'image/svg+xml';
  return null;
}

/** An XML document (after a BOM, prolog, comments or doctype) whose root is <svg>. */
function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes.toString('utf8', 0, Math.min(bytes.length, 4096)).replace(/^\uFEFF/, '');
  const rest = head.replace(/^\s*(?:<\?xml[\s\S]*?\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)\s*)*/i, '');
  return /^<(?:[\w-]+:)?svg[\s>\/]/.test(rest);
}
