/** Escaping for XML text and attribute values. */
const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXmlText(s: string): string {
  return s.replace(/[&<>]/g, (c) => textEscapes[c]);
}

export function escapeXmlAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => textEscapes[c]);
}
