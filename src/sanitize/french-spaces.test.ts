import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armorFrenchSpaces } from './french-spaces.ts';

test('spaces before French punctuation become no-break spaces', () => {
  assert.equal(armorFrenchSpaces('foo ! bar ? 50 % x : y ; z'), 'foo&#160;! bar&#160;? 50&#160;% x&#160;: y&#160;; z');
  assert.equal(armorFrenchSpaces('« a ‹ b › c »'), '«&#160;a ‹&#160;b&#160;› c&#160;»');
  assert.equal(armorFrenchSpaces(' : at the start'), '&#160;: at the start');
});

test('punctuation followed by a word character is left alone', () => {
  assert.equal(armorFrenchSpaces('a :b !important ?x %d'), 'a :b !important ?x %d');
  assert.equal(armorFrenchSpaces('a :é'), 'a :é');
  assert.equal(armorFrenchSpaces('no spaces:here'), 'no spaces:here');
});
