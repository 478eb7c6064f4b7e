/**
 * The source editor in a real browser: the textarea is enhanced with highlighting, Ctrl+B
 * wraps the selection, the live preview renders through api.php, title completion offers
 * templates, and saving posts the editor's text. Without scripts the plain textarea works.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startServer } from '../../src/server/app.ts';
import { openWiki, type Wiki } from '../../src/wiki/wiki.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];
const skip = !existsSync(CHROMIUM) && `${CHROMIUM} is not installed`;

async function withBrowser(seed: (wiki: Wiki) => void, run: (context: BrowserContext, base: string, wiki: Wiki) => Promise<void>, javaScriptEnabled = true): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kagami-editor-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'kagami-editor-profile-'));
  const wiki = openWiki({ dataDir });
  seed(wiki);
  const server = await startServer(wiki, 0, { runJobs: false });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, javaScriptEnabled });
  try {
    await run(context, base, wiki);
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    wiki.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

test('the enhanced editor: highlighting, Ctrl+B, live preview, completion, save', { skip, timeout: 120_000 }, async () => {
  await withBrowser((wiki) => {
    wiki.save({ title: 'Template:Greeting', text: 'Hello from the template', user: 'Seeder', summary: 'seed' });
    wiki.save({ title: 'Editor test', text: 'Intro with {{Greeting}} and [[Main Page|a link]].\n\nword', user: 'Seeder', summary: 'seed' });
  }, async (context, base, wiki) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/index.php?title=Editor_test&action=edit`);
    await page.waitForSelector('.kagami-editor .cm-content');
    assert.equal(await page.locator('#wpTextbox1').isHidden(), true);
    assert.equal(await page.locator('.cm-content .wt-template-name').first().textContent(), 'Greeting');
    assert.equal(await page.locator('.cm-content .wt-link-target').first().textContent(), 'Main Page');
    assert.ok(await page.locator('.kagami-toolbar [data-tool="bold"]').isVisible());

    // Select "word" on the last line and make it bold with Ctrl+B.
    await page.locator('.cm-line').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+b');
    assert.equal(await page.inputValue('#wpTextbox1'), "Intro with {{Greeting}} and [[Main Page|a link]].\n\n'''word'''");
    assert.ok(await page.locator('.cm-content .wt-strong').count() > 0);

    // Live preview renders the text through api.php, and follows typing.
    await page.click('.kagami-toolbar [data-tool="preview"]');
    await page.waitForSelector('.kagami-live-preview-body b');
    assert.equal(await page.locator('.kagami-live-preview-body b').textContent(), 'word');
    assert.match((await page.locator('.kagami-live-preview-body').textContent()) ?? '', /Hello from the template/);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' and more');
    await page.waitForFunction(() => /and more/.test(document.querySelector('.kagami-live-preview-body')?.textContent ?? ''));

    // Template completion from list=allpages.
    await page.keyboard.press('Enter');
    await page.keyboard.type('{{Gree');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'Greeting' }).first();
    await option.waitFor();
    assert.equal(await page.locator('.cm-tooltip-autocomplete li').first().textContent(), 'Greeting');
    // Pick the option itself: a keypress could land while the list is being refreshed.
    await option.click();
    await page.waitForFunction(() => /\n\{\{Greeting\}\}$/.test((document.querySelector('#wpTextbox1') as HTMLTextAreaElement).value));
    assert.match(await page.inputValue('#wpTextbox1'), /\n\{\{Greeting\}\}$/);

    // "Show preview" still renders on the server, from the text the editor kept in the form.
    await Promise.all([page.waitForURL(/action=submit/), page.click('#wpPreview')]);
    assert.match((await page.locator('#wikiPreview').textContent()) ?? '', /word and more/);
    await page.waitForSelector('.kagami-editor .cm-content');
    assert.match(await page.inputValue('#wpTextbox1'), /and more\n\{\{Greeting\}\}$/);

    await page.fill('#wpSummary', 'editor edit');
    await Promise.all([page.waitForURL(`${base}/wiki/Editor_test`), page.click('#wpSave')]);
    const saved = wiki.getPage('Editor test')!.revision.text;
    assert.equal(saved, "Intro with {{Greeting}} and [[Main Page|a link]].\n\n'''word''' and more\n{{Greeting}}");
    assert.equal(await page.locator('.mw-parser-output b').first().textContent(), 'word');
    assert.match((await page.locator('.mw-parser-output').textContent()) ?? '', /word and more/);

    // A Scribunto module gets Lua highlighting and no wikitext formatting buttons.
    await page.goto(`${base}/index.php?title=Module:Demo&action=edit`);
    await page.waitForSelector('.kagami-editor .cm-content');
    await page.locator('.cm-content').click();
    await page.keyboard.type('local p = {} -- note');
    assert.ok(await page.locator('.cm-content .cm-line span').count() >= 2);
    assert.equal(await page.locator('.kagami-toolbar [data-tool="bold"]').count(), 0);
    assert.equal(await page.locator('.kagami-toolbar [data-tool="preview"]').count(), 0);
  });
});

test('without scripts the plain textarea edits and saves', { skip, timeout: 120_000 }, async () => {
  await withBrowser((wiki) => {
    wiki.save({ title: 'Plain test', text: 'Old text.', user: 'Seeder', summary: 'seed' });
  }, async (context, base, wiki) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/index.php?title=Plain_test&action=edit`);
    assert.equal(await page.locator('.kagami-editor').count(), 0);
    await page.fill('#wpTextbox1', 'New text.');
    await Promise.all([page.waitForURL(`${base}/wiki/Plain_test`), page.click('#wpSave')]);
    assert.equal(wiki.getPage('Plain test')!.revision.text, 'New text.');
  }, false);
});
