import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitFreeUrl } from './magic-link.ts';
import { normalizeSubpageLink } from './subpage-link.ts';
import { wfUrlencode } from '../../render/url.ts';

test('free URLs lose trailing punctuation but keep entities and balanced brackets', () => {
  assert.deepEqual(splitFreeUrl('http://a.b/c.'), ['http://a.b/c', '.']);
  assert.deepEqual(splitFreeUrl('http://a.b/c)'), ['http://a.b/c', ')']);
  assert.deepEqual(splitFreeUrl('http://a.b/(c)'), ['http://a.b/(c)', '']);
  assert.deepEqual(splitFreeUrl('http://a.b/c&amp;'), ['http://a.b/c&amp;', '']);
  assert.deepEqual(splitFreeUrl('http://a.b/c&nbsp;x'), ['http://a.b/c', '&nbsp;x']);
});

test('subpage links', () => {
  assert.deepEqual(normalizeSubpageLink('A/B', '/C', ''), { target: 'A/B/C', text: '/C' });
  assert.deepEqual(normalizeSubpageLink('A/B', '/C/', ''), { target: 'A/B/C', text: 'C' });
  assert.deepEqual(normalizeSubpageLink('A/B', '../D', ''), { target: 'A/D', text: '' });
  assert.deepEqual(normalizeSubpageLink('A', '../D', ''), { target: '../D', text: '' });
});

test('wfUrlencode keeps readable punctuation', () => {
  assert.equal(wfUrlencode("User:A_b/c's_(x)"), 'User:A_b/c%27s_(x)');
  assert.equal(wfUrlencode('a b'), 'a+b');
  assert.equal(wfUrlencode('a+b%'), 'a%2Bb%25');
});
