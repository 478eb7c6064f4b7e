/**
 * The reading view of a real page ("Kagamine Len" from the putinp fixture wiki) in Chromium
 * at desktop and phone widths: where the infobox sits, footnote tooltips, the collapsible
 * table of contents. Screenshots go to a temporary folder (its path is logged).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot, sharedDir } from '../parser-tests/files.ts';
import { launchChromium, type LaunchedChromium, noChromium, serveTemporaryWiki, type ServedWiki } from './browser-fixture.ts';

const fixture = join(sharedDir, 'fixtures', 'putinp-wiki');
const skip = noChromium || (!existsSync(fixture) ? 'fixture wiki missing' : false);

let served: ServedWiki;
let chromium: LaunchedChromium;
let context: BrowserContext;
let base = '';
const shots = mkdtempSync(join(tmpdir(), 'kagami-reading-shots-'));

before(async () => {
  if (skip) return;
  served = await serveTemporaryWiki('reading', {
    beforeOpen: (dataDir) => {
      execFileSync(process.execPath, [join(repoRoot, 'bin', 'kagami.js'), 'import', join(fixture, 'dump.xml'), '--data', dataDir, '--settings', join(fixture, 'settings.json')]);
    },
  });
  base = served.base;
  chromium = await launchChromium('reading');
  context = chromium.context;
  console.log(`reading-view screenshots: ${shots}`);
});

after(async () => {
  if (skip) return;
  await chromium.close();
  await served.close();
});

async function open(width: number, height: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${base}/wiki/Kagamine_Len`);
  return page;
}

/** The box of the first line of the first paragraph with text after the infobox. */
function firstLine(page: Page) {
  return page.evaluate(() => {
    const p = [...document.querySelectorAll('.mw-parser-output > p')].find((el) => (el.textContent ?? '').trim() !== '')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const r = range.getClientRects()[0];
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, pTop: p.getBoundingClientRect().top };
  });
}

test('desktop: the infobox sits right of the lead text; footnotes show on hover and focus; the TOC collapses', { skip, timeout: 120_000 }, async () => {
  const page = await open(1280, 900);
  const box = (await page.locator('aside.portable-infobox').boundingBox())!;
  const line = await firstLine(page);
  assert.ok(box.x >= line.right, `infobox (x=${box.x}) right of the first line (right=${line.right})`);
  assert.ok(box.y < line.bottom && box.y + box.height > line.top, 'infobox beside the first line, not above or below it');
  await page.screenshot({ path: join(shots, 'desktop.png') });

  const marker = page.locator('.mw-parser-output > p sup.reference > a').first();
  const href = (await marker.getAttribute('href'))!;
  const expected = ((await page.locator(`[id="${href.slice(1)}"] .reference-text`).textContent()) ?? '').trim();
  assert.ok(expected.length > 0);
  await marker.hover();
  const tip = page.locator('#reference-tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.equal(((await tip.textContent()) ?? '').trim(), expected);
  assert.equal(await marker.getAttribute('aria-describedby'), 'reference-tooltip');
  await page.screenshot({ path: join(shots, 'desktop-tooltip.png') });
  await page.mouse.move(5, 5);
  await tip.waitFor({ state: 'hidden' });

  const second = page.locator('.mw-parser-output > p sup.reference > a').nth(1);
  await second.focus();
  await tip.waitFor({ state: 'visible' });
  const secondTarget = ((await second.getAttribute('href')) ?? '').slice(1);
  assert.equal(((await tip.textContent()) ?? '').trim(), ((await page.locator(`[id="${secondTarget}"] .reference-text`).textContent()) ?? '').trim());
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });

  await marker.click();
  assert.equal(new URL(page.url()).hash, href);
  const target = (await page.locator(`[id="${href.slice(1)}"]`).boundingBox())!;
  assert.ok(target.y >= 0 && target.y < 900, 'the reference is scrolled into view');

  await page.evaluate(() => window.scrollTo(0, 0));
  const tocList = page.locator('#toc > ul');
  const label = page.locator('#toc .toctogglelabel');
  assert.ok(await tocList.isVisible());
  assert.equal(await label.getAttribute('aria-expanded'), 'true');
  await label.click();
  assert.ok(await tocList.isHidden());
  assert.equal(await label.getAttribute('aria-expanded'), 'false');
  await page.screenshot({ path: join(shots, 'desktop-toc-collapsed.png') });
  await label.focus();
  await page.keyboard.press('Enter');
  assert.ok(await tocList.isVisible());
  await page.close();
});

test('phone: the infobox spans the column above the lead text', { skip, timeout: 120_000 }, async () => {
  const page = await open(390, 844);
  const box = (await page.locator('aside.portable-infobox').boundingBox())!;
  const content = (await page.locator('.mw-parser-output').boundingBox())!;
  const line = await firstLine(page);
  assert.ok(box.y + box.height <= line.pTop, `infobox (bottom=${box.y + box.height}) above the first paragraph (top=${line.pTop})`);
  assert.ok(box.width >= content.width - 2 && box.x + box.width <= 390, 'infobox as wide as the column, inside the screen');
  await page.screenshot({ path: join(shots, 'phone.png') });
  await page.screenshot({ path: join(shots, 'phone-full.png'), fullPage: true });

  const marker = page.locator('.mw-parser-output > p sup.reference > a').first();
  await marker.focus();
  const tip = page.locator('#reference-tooltip');
  await tip.waitFor({ state: 'visible' });
  const t = (await tip.boundingBox())!;
  assert.ok(t.x >= 0 && t.x + t.width <= 390, 'the tooltip stays on screen');
  await page.close();
});
