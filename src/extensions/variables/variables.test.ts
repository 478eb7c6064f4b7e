import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParser } from '../../parse/create-parser.ts';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { MemoryDataAccess } from '../../core/data-access.ts';
import { TitleParser } from '../../core/title.ts';

function render(wikitext: string): string {
  const parser = createParser(defaultSiteConfig, new MemoryDataAccess());
  const title = new TitleParser(defaultSiteConfig).parseOrThrow('Sandbox');
  return parser.parse(wikitext, { title }).html;
}

test('#vardefine, #vardefineecho and #var', () => {
  assert.equal(render('{{#vardefine: a | Test }}\n"{{#var: a }}"\n"{{#vardefineecho: a | Test 2 }}, {{#var: a }}"'), '<p>"Test"\n"Test 2, Test 2"\n</p>');
});

test('#varexists, with then and else values', () => {
  assert.equal(render('{{#varexists: a }}{{#vardefine: a }}\n"{{#varexists: a }}"'), '<p>"1"\n</p>');
  assert.equal(render('{{#vardefine: a }}"{{#varexists: a | yes | no }}"\n"{{#varexists: b | yes | no }}"'), '<p>"yes"\n"no"\n</p>');
});

test('#var_final shows the value at the end of the parse', () => {
  assert.equal(
    render('"{{#var_final: a }}"\n{{#vardefine: a | something }}"{{#var: a }}"\n{{#vardefine: a | final }}"{{#var_final: a }}"'),
    '<p>"final"\n"something"\n"final"\n</p>',
  );
  assert.equal(render('"{{#var_final: b | fallback }}"'), '<p>"fallback"\n</p>');
});

test('#var defaults apply to missing and empty variables, and are expanded only then', () => {
  assert.equal(render('"{{#var: a | 1 }}"\n{{#vardefine: a | 0 }}"{{#var: a | 1 }}"'), '<p>"1"\n"0"\n</p>');
  assert.equal(render('{{#vardefine: a | 1 }}"{{#var: a | {{#vardefineecho: b | 2 }} }}"\n"{{#var: b | 3 }}"'), '<p>"1"\n"3"\n</p>');
  assert.equal(render('{{#vardefine: a | w }}"{{#varexists: a | x | {{#vardefineecho: b | y }} }}"\n"{{#var: b | z }}"'), '<p>"x"\n"z"\n</p>');
});
