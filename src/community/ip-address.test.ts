import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipToHex, parseIpRange } from './ip-address.ts';

test('IPv4 addresses and ranges become hexadecimal bounds', () => {
  assert.deepEqual(parseIpRange('192.0.2.7'), { version: 4, canonical: '192.0.2.7', start: 'C0000207', end: 'C0000207', prefix: 32 });
  assert.deepEqual(parseIpRange('192.0.2.77/24'), { version: 4, canonical: '192.0.2.0/24', start: 'C0000200', end: 'C00002FF', prefix: 24 });
  assert.equal(parseIpRange('256.0.0.1'), null);
  assert.equal(parseIpRange('1.2.3'), null);
  assert.equal(parseIpRange('1.2.3.4/33'), null);
  assert.equal(parseIpRange('Example'), null);
});

test('IPv6 addresses are expanded, written as MediaWiki writes them, and ranges bounded', () => {
  assert.equal(ipToHex('2001:db8::1'), 'v6-20010DB8000000000000000000000001');
  assert.equal(parseIpRange('2001:db8:0:0:0:0:0:1')?.canonical, '2001:DB8::1');
  const r = parseIpRange('2001:db8::/32')!;
  assert.equal(r.canonical, '2001:DB8::/32');
  assert.equal(r.start, 'v6-20010DB8000000000000000000000000');
  assert.equal(r.end, 'v6-20010DB8FFFFFFFFFFFFFFFFFFFFFFFF');
  assert.equal(ipToHex('::ffff:192.0.2.1'), 'v6-00000000000000000000FFFFC0000201');
  assert.equal(parseIpRange('1::2::3'), null);
  assert.equal(parseIpRange('12345::'), null);
  assert.equal(ipToHex('10.0.0.0/8'), null);
});
