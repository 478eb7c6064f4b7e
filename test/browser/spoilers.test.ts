/**
 * Spoiler control in Chromium on the sample wiki's character page (story progress points
 * Part 1..3): reading up to Part 1 hides the Part 2 and 3 spoilers (inline, block, infobox
 * value, a whole section and its TOC entry); "show" reveals one; the choice survives a
 * reload and is applied before the script runs; Part 3 shows everything. Without scripts,
 * nothing is hidden.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { loadSampleWiki } from '../../src/wiki/sample/load-sample.ts';
import { chromiumOptions, noChromium as skip, serveTemporaryWiki, type ServedWiki } from './browser-fixture.ts';

let served: ServedWiki;
let browser: Browser;
let url = '';

before(async () => {
  if (skip) return;
  served = await serveTemporaryWiki('spoilers', { seed: (wiki) => { loadSampleWiki(wiki); } });
  url = `${served.base}/wiki/Mira_Kagami`;
  browser = await chromium.launch(chromiumOptions);
});

after(async () => {
  if (skip) return;
  await browser.close();
  await served.close();
});

const inline2 = '.spoiler-inline[data-spoiler-after="2"]';
const block2 = '.spoiler-block[data-spoiler-after="2"]';
const infobox3 = '.pi-data-value .spoiler[data-spoiler-after="3"]';
const section3 = '.spoiler-section[data-spoiler-after="3"]';
const toc3 = '#toc li[data-spoiler-after="3"]';

test('progress Part 1 hides later spoilers; "show" reveals one; Part 3 shows everything', { skip, timeout: 120_000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const select = page.getByLabel("I've read up to:");
  assert.equal(await select.inputValue(), 'all');
  for (const s of [inline2, block2, infobox3, section3, toc3]) assert.ok(await page.locator(s).isVisible(), `${s} shown by default`);
  assert.equal(await page.locator('.spoiler-reveal:visible').count(), 0);

  await select.selectOption({ label: 'Part 1' });
  for (const s of [inline2, block2, infobox3, section3, toc3]) assert.equal(await page.locator(s).isVisible(), false, `${s} hidden at Part 1`);
  assert.ok(await page.getByText('Mira has short silver hair').isVisible(), 'unmarked text stays');
  assert.ok(await page.locator('#toc a[href="#Appearance"]').isVisible(), 'other TOC entries stay');

  const show = page.locator(`button.spoiler-reveal:not(.spoiler-reveal-block)[aria-label="Show this spoiler for Part 2"]`);
  assert.equal(await page.getByRole('button', { name: 'Show this spoiler for Part 2' }).count(), 2);
  await show.click();
  assert.ok(await page.getByText('Her patience breaks only once').isVisible());
  assert.equal(await show.isVisible(), false);
  assert.equal(await page.locator(block2).isVisible(), false, 'the other Part 2 spoiler stays hidden');

  const sectionButton = page.getByRole('button', { name: 'Show this spoiler for Part 3' }).filter({ hasText: 'Section hidden' });
  await sectionButton.click();
  assert.ok(await page.getByText('On the last night of the story').isVisible());
  assert.ok(await page.locator(toc3).isVisible(), 'a revealed section shows its TOC entry');

  await page.reload();
  assert.equal(await page.getByLabel("I've read up to:").inputValue(), '1', 'the choice is kept');
  assert.equal(await page.locator(inline2).isVisible(), false, 'a reveal lasts for one page view');

  await page.getByLabel("I've read up to:").selectOption({ label: 'Part 3' });
  for (const s of [inline2, block2, infobox3, section3, toc3]) assert.ok(await page.locator(s).isVisible(), `${s} shown at Part 3`);
  assert.equal(await page.locator('.spoiler-reveal:visible').count(), 0);
  await context.close();
});

test('the cookie hides spoilers before the script runs; without scripts nothing is hidden', { skip, timeout: 60_000 }, async () => {
  const cookie = { name: 'kagami_spoiler_progress', value: '1', url };
  const scripted = await browser.newContext();
  await scripted.addCookies([cookie]);
  await scripted.route('**/spoilers.js', (route) => route.abort());
  const page = await scripted.newPage();
  await page.goto(url);
  assert.equal(await page.locator(section3).isVisible(), false, 'hidden by the first-paint style alone');
  assert.equal(await page.locator(inline2).isVisible(), false);
  await scripted.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  await noScript.addCookies([cookie]);
  const plain = await noScript.newPage();
  await plain.goto(url);
  for (const s of [inline2, block2, infobox3, section3, toc3]) assert.ok(await plain.locator(s).isVisible(), `${s} reachable without scripts`);
  await noScript.close();
});
