/**
 * What the browser tests share: headless Chromium with a fresh profile, and a wiki over a
 * temporary data dir served on a free loopback port. Each `close()` removes its temporary
 * folder.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startServer } from '../../src/server/app.ts';
import { openWiki, type Wiki } from '../../src/wiki/wiki.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** Options for `chromium.launch()` / `launchPersistentContext()`. */
export const chromiumOptions = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run',
  ],
};

/** A `skip` value for `test()`: the reason when Chromium is missing, else false. */
export const noChromium: string | false = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed`;

export interface ServedWiki {
  wiki: Wiki;
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  base: string;
  close(): Promise<void>;
}

/**
 * Opens a wiki over a new temporary data dir (`beforeOpen` may fill the dir first, e.g. by an
 * import), lets `seed` add pages, then serves it on a free port.
 */
export async function serveTemporaryWiki(
  name: string,
  options: { beforeOpen?: (dataDir: string) => void; seed?: (wiki: Wiki) => void | Promise<void> } = {},
): Promise<ServedWiki> {
  const dataDir = mkdtempSync(join(tmpdir(), `kagami-${name}-data-`));
  options.beforeOpen?.(dataDir);
  const wiki = openWiki({ dataDir });
  await options.seed?.(wiki);
  const server = await startServer(wiki, 0);
  return {
    wiki,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      wiki.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile in a temporary folder. */
export async function launchChromium(name: string): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), `kagami-${name}-profile-`));
  const context = await chromium.launchPersistentContext(profile, chromiumOptions);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
