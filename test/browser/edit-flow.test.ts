/**
 * End to end in a real browser: a server on a free loopback port over a temporary data dir,
 * Chromium (headless, fresh profile) opens a page, edits it, saves, sees the change, opens
 * the history and a diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../src/server/app.ts';
import { openWiki } from '../../src/wiki/wiki.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

test('read, edit, save, history and diff in a browser', { skip: !existsSync(CHROMIUM) && `${CHROMIUM} is not installed`, timeout: 120_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kagami-browser-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'kagami-browser-profile-'));
  const wiki = openWiki({ dataDir });
  wiki.save({ title: 'Browser test', text: 'The original sentence.\n\nA second paragraph.', user: 'Seeder', summary: 'seed' });
  const server = await startServer(wiki, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());

    await page.goto(`${base}/wiki/Browser_test`);
    assert.equal(await page.locator('#firstHeading').textContent(), 'Browser test');
    assert.match((await page.locator('.mw-parser-output').textContent()) ?? '', /The original sentence\./);

    await page.click('#ca-edit');
    await page.waitForSelector('#wpTextbox1');
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
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    wiki.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
