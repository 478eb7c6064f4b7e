import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha1Base36, byteLength } from './sha1.ts';

test('the empty text hashes as MediaWiki writes it', () => {
  // sha1('') = da39a3ee5e6b4b0d3255bfef95601890afd80709, in base 36 padded to 31 characters.
  assert.equal(sha1Base36(''), 'phoiac9h4m842xq45sp7s6u21eteeq1');
});

test('hashes are 31 base-36 characters and depend on the UTF-8 bytes', () => {
  const h = sha1Base36('鏡音レン');
  assert.match(h, /^[0-9a-z]{31}$/);
  assert.notEqual(h, sha1Base36('鏡音リン'));
  assert.equal(byteLength('鏡'), 3);
});
