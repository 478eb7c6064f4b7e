import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSiteConfig } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import { replaceOutputMarkers } from './output-markers.ts';

test('edit-section hints escape quotes as htmlspecialchars does', () => {
  const config = { ...defaultSiteConfig, wgScriptPath: '' };
  const ctx = { config, env: { titles: new TitleParser(config) }, options: { editSections: true } } as unknown as ParseContext;
  const html = replaceOutputMarkers('<mw:editsection page="Parser test" section="4">text \' &quot; text</mw:editsection>', ctx);
  assert.match(html, /title="Edit section: text &#039; &quot; text">edit<\/a>/);
});

test('edit-section hints keep line breaks as references', () => {
  const config = { ...defaultSiteConfig, wgScriptPath: '' };
  const ctx = { config, env: { titles: new TitleParser(config) }, options: { editSections: true } } as unknown as ParseContext;
  assert.match(replaceOutputMarkers('<mw:editsection page="P" section="1">A B\nC</mw:editsection>', ctx), /title="Edit section: A B&#10;C"/);
});
