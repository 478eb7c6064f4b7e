/**
 * End to end in a real browser: a server on a free loopback port over a temporary data dir,
 * Chromium (headless, fresh profile) opens a page, edits it, saves, sees the change, opens
 * the history and a diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, noChromium, serveTemporaryWiki } from './browser-fixture.ts';

test('read, edit, save, history and diff in a browser', { skip: noChromium, timeout: 120_000 }, async () => {
  const served = await serveTemporaryWiki('browser', {
    seed: (wiki) => {
      wiki.save({ title: 'Browser test', text: 'The original sentence.\n\nA second paragraph.', user: 'Seeder', summary: 'seed' });
    },
  });
  const { base } = served;
  const chromium = await launchChromium('browser');
  const { context } = chromium;
  try {
    const page = context.pages()[0] ?? (await context.newPage());

    await page.goto(`${base}/wiki/Browser_test`);
    assert.equal(await page.locator('#firstHeading').textContent(), 'Browser test');
    assert.match((await page.locator('.mw-parser-output').textContent()) ?? '', /The original sentence\./);

    await page.click('#ca-edit');
    await page.waitForSelector('.kagami-editor .cm-content');
    assert.equal(await page.locator('.cm-content').textContent(), 'The original sentence.A second paragraph.');
    // The plain text box: the editor's "Plain text" switch shows the form's own textarea.
    await page.click('.kagami-toolbar [data-tool="plain"]');
    assert.equal(await page.locator('.kagami-editor').count(), 0);
    assert.equal(await page.inputValue('#wpTextbox1'), 'The original sentence.\n\nA second paragraph.');
    await page.fill('#wpTextbox1', 'The edited sentence.\n\nA second paragraph.');
    await page.fill('#wpSummary', 'browser edit');
    await Promise.all([page.waitForURL(`${base}/wiki/Browser_test`), page.click('#wpSave')]);
    assert.match((await page.locator('.mw-parser-output').textContent()) ?? '', /The edited sentence\./);

    await page.click('#ca-history');
    await page.waitForSelector('#pagehistory');
    assert.equal(await page.locator('#pagehistory > li').count(), 2);
    assert.match((await page.locator('#pagehistory > li').first().textContent()) ?? '', /browser edit/);

    await Promise.all([page.waitForURL(/diff=prev/), page.locator('#pagehistory > li').first().getByRole('link', { name: 'prev' }).click()]);
    assert.equal(await page.locator('table.diff .diff-deletedline del.diffchange').first().textContent(), 'original');
    assert.equal(await page.locator('table.diff .diff-addedline ins.diffchange').first().textContent(), 'edited');
  } finally {
    await chromium.close();
    await served.close();
  }
});
