/**
 * IP addresses and CIDR ranges as MediaWiki's IPUtils reads them: IPv4 dotted quads and
 * IPv6 (with "::"), a range as address/prefix. Blocks store the first and last address of
 * what they cover in hexadecimal (8 upper-case digits for IPv4, "v6-" and 32 for IPv6), so
 * that one string comparison finds the blocks covering an address.
 */

/** The largest ranges a block may cover ($wgBlockCIDRLimit). */
export const blockCidrLimit = { v4: 16, v6: 19 };

function v4Bits(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function v6Bits(text: string): bigint | null {
  if (!/^[0-9a-f:.]+$/i.test(text) || text.split('::').length > 2) return null;
  let [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const h = groups(head);
  const t = tail === null ? [] : groups(tail);
  // An embedded IPv4 address at the end (::ffff:192.0.2.1).
  const last = (tail === null ? h : t).at(-1);
  if (last && last.includes('.')) {
    const v4 = v4Bits(last);
    if (v4 === null) return null;
    const list = tail === null ? h : t;
    list.splice(-1, 1, (v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16));
  }
  const missing = 8 - h.length - t.length;
  if (tail === null ? missing !== 0 : missing < 1) return null;
  const all = [...h, ...Array<string>(tail === null ? 0 : missing).fill('0'), ...t];
  let n = 0n;
  for (const g of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

export interface IpRange {
  version: 4 | 6;
  /** The range as MediaWiki writes it: the network address (canonical form) and prefix, or the single address. */
  canonical: string;
  start: string;
  end: string;
  /** Prefix length; 32 or 128 for a single address. */
  prefix: number;
}

function hex(n: bigint, version: 4 | 6): string {
  const digits = n.toString(16).toUpperCase();
  return version === 4 ? digits.padStart(8, '0') : `v6-${digits.padStart(32, '0')}`;
}

function formatV4(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join('.');
}

function formatV6(n: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => ((n >> BigInt((7 - i) * 16)) & 0xffffn).toString(16).toUpperCase());
  // MediaWiki's IPUtils::sanitizeIP: upper case, the longest run of zero groups as "::".
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best.len && j - i > 1) best = { at: i, len: j - i };
    i = j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

/** An address or CIDR range, or null when the text is neither. */
export function parseIpRange(text: string): IpRange | null {
  const m = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(text.trim());
  if (!m) return null;
  const v4 = v4Bits(m[1]);
  const version: 4 | 6 = v4 !== null ? 4 : 6;
  const bits = v4 ?? v6Bits(m[1]);
  if (bits === null) return null;
  const width = version === 4 ? 32 : 128;
  const prefix = m[2] === undefined ? width : Number(m[2]);
  if (prefix > width) return null;
  const hostBits = BigInt(width - prefix);
  const mask = (1n << hostBits) - 1n;
  const first = bits & ~mask;
  const last = first | mask;
  const address = version === 4 ? formatV4(first) : formatV6(first);
  return { version, canonical: prefix === width ? address : `${address}/${prefix}`, start: hex(first, version), end: hex(last, version), prefix };
}

/** The hexadecimal form of a single address, or null. */
export function ipToHex(address: string): string | null {
  const r = parseIpRange(address);
  return r && (r.prefix === 32 || r.prefix === 128) ? r.start : null;
}
