import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSiteConfig } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import { canonicalUserName, isIpAddress } from './user-name.ts';

const titles = new TitleParser(defaultSiteConfig);

test('names are canonical as User: titles show them', () => {
  assert.equal(canonicalUserName(titles, 'alice'), 'Alice');
  assert.equal(canonicalUserName(titles, 'John_Smith'), 'John Smith');
  assert.equal(canonicalUserName(titles, '  Bob  '), 'Bob');
  assert.equal(canonicalUserName(titles, 'émile'), 'Émile');
});

test('names with invalid characters, subpages, IP addresses or reserved names are refused', () => {
  for (const bad of ['', 'A@b', 'Talk:Foo', 'a>b', 'x=y', 'Foo/bar', 'Foo#bar', 'A[b]', '127.0.0.1', '2001:db8::1', 'Maintenance script', 'x'.repeat(256)]) {
    assert.equal(canonicalUserName(titles, bad), null, bad);
  }
});

test('IP addresses are recognised', () => {
  assert.equal(isIpAddress('192.0.2.7'), true);
  assert.equal(isIpAddress('::1'), true);
  assert.equal(isIpAddress('256.1.1.1'), false);
  assert.equal(isIpAddress('Cafe'), false);
});
