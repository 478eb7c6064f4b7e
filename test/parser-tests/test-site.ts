/**
 * The wiki MediaWiki's parser tests assume: site settings, interwikis, uploaded files and
 * the test-only tag hooks (`<tag>`, `<tåg>`, `<statictag>`).
 */
import { createHash } from 'node:crypto';
import { MemoryDataAccess } from '../../src/core/data-access.ts';
import { NS_FILE } from '../../src/core/namespace.ts';
import { siteConfigFromSettings, type SiteConfig } from '../../src/core/site-config.ts';
import { TitleParser } from '../../src/core/title.ts';
import { rawElement } from '../../src/render/html.ts';
import type { ExtensionDefinition } from '../../src/extensions/extension.ts';
import type { ParserTestArticle } from './reader.ts';

const interwikis: Array<[string, string]> = [
  ['local', 'http://doesnt.matter.org/$1'],
  ['wikipedia', 'http://en.wikipedia.org/wiki/$1'],
  ['meatball', 'http://www.usemod.com/cgi-bin/mb.pl?$1'],
  ['memoryalpha', 'http://www.memory-alpha.org/en/index.php/$1'],
  ['zh', 'http://zh.wikipedia.org/wiki/$1'],
  ['es', 'http://es.wikipedia.org/wiki/$1'],
  ['fr', 'http://fr.wikipedia.org/wiki/$1'],
  ['ru', 'http://ru.wikipedia.org/wiki/$1'],
  ['mi', 'http://mi.wikipedia.org/wiki/$1'],
  ['mul', 'http://wikisource.org/wiki/$1'],
  ['en', 'http://en.wikipedia.org/wiki/$1'],
  ['stats', 'https://stats.wikimedia.org/$1'],
  ['gerrit', 'https://gerrit.wikimedia.org/$1'],
  ['wikinvest', 'https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Wikinvest'],
];

/** Files the parser tests expect to be uploaded: name, width, height, mime, size. */
const files: Array<[string, number, number, string, number]> = [
  ['Foobar.jpg', 1941, 220, 'image/jpeg', 7881],
  ['Thumb.png', 135, 135, 'image/png', 22589],
  ['Foobar.svg', 240, 180, 'image/svg+xml', 12345],
  ['Bad.jpg', 320, 240, 'image/jpeg', 12345],
  ['Video.ogv', 320, 240, 'application/ogg', 12345],
  ['Audio.oga', 0, 0, 'application/ogg', 12345],
  ['LoremIpsum.djvu', 2480, 3508, 'image/vnd.djvu', 3249],
];

/** Site settings of the parser tests, with a test's `!! config` and options applied. */
export function testSiteConfig(config: Record<string, unknown>, options: Record<string, string | true>): SiteConfig {
  const settings: Record<string, unknown> = {
    wgSitename: 'MediaWiki',
    wgServer: 'http://example.org',
    wgScriptPath: '',
    wgArticlePath: '/wiki/$1',
    wgLanguageCode: 'en',
    wgEnableUploads: true,
    wgUploadPath: 'http://example.com/images',
    wgExtraNamespaces: { 100: 'MemoryAlpha', 101: 'MemoryAlpha_talk' },
    wgLocalInterwikis: ['local', 'mi'],
    wgExtraInterlanguageLinkPrefixes: ['mul'],
    wgFragmentMode: ['legacy'],
    wgMaxTocLevel: 999,
    thumbSize: 180,
    wgAllowExternalImages: true,
    wgRawHtml: false,
    wgNoFollowLinks: true,
    wgNoFollowDomainExceptions: ['no-nofollow.org'],
    wgExternalLinkTarget: false,
    interwiki: interwikis.map(([prefix, url]) => ({ prefix, url, local: false, trans: false })),
  };
  for (const key of ['wgEnableUploads', 'wgMaxTocLevel', 'wgAllowExternalImages', 'wgRawHtml']) {
    const opt = options[key.toLowerCase()];
    if (opt !== undefined) settings[key] = opt === true || opt === 'true' || opt === '1' ? true : opt === 'false' || opt === '0' ? false : Number(opt);
  }
  if (options.thumbsize !== undefined) settings.thumbSize = Number(options.thumbsize);
  if (typeof options.wgnonincludablenamespaces === 'string') settings.wgNonincludableNamespaces = options.wgnonincludablenamespaces.split(',').map(Number);
  // The content language of the test (`language=`).
  if (typeof options.language === 'string') settings.wgLanguageCode = options.language;
  // MediaWiki's test runner turns every magic link on unless the case says otherwise.
  settings.wgEnableMagicLinks = { ISBN: true, PMID: true, RFC: true };
  if (typeof options.wgenablemagiclinks === 'string') {
    settings.wgEnableMagicLinks = { ISBN: true, PMID: true, RFC: true, ...JSON.parse(options.wgenablemagiclinks) };
  }
  Object.assign(settings, config);
  return siteConfigFromSettings(settings);
}

/** Pages and files of one test file. */
export function testDataAccess(titles: TitleParser, articles: ParserTestArticle[]): MemoryDataAccess {
  const data = new MemoryDataAccess();
  for (const article of articles) {
    const title = titles.parse(article.title);
    if (!title) continue;
    data.addPage({ title, text: article.text, revisionId: 1, timestamp: '1970-01-01T00:02:03Z', model: 'wikitext' });
  }
  for (const [name, width, height, mime, size] of files) {
    const title = titles.makeTitle(NS_FILE, name)!;
    const hash = createHash('md5').update(title.dbKey).digest('hex');
    const url = `http://example.com/images/${hash[0]}/${hash.slice(0, 2)}/${title.dbKey}`;
    data.addFile({ title, width, height, mime, size, url });
  }
  // The uploads are the only statistic the runner's database has ({{NUMBEROFFILES}}).
  const siteStats = () => ({ pages: 0, articles: 0, files: files.length, edits: 0, users: 0, activeUsers: 0, admins: 0 });
  return Object.assign(data, { siteStats });
}

/** PHP's var_export for the values the test hooks print. */
function varExport(value: string | null | Record<string, string>): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines = Object.entries(value).map(([k, v]) => `  ${varExport(k)} => ${varExport(v)},`);
  return `array (\n${lines.map((l) => l + '\n').join('')})`;
}

/** The tag hooks MediaWiki's parser-test runner installs. */
export const parserTestHooks: ExtensionDefinition = {
  name: 'ParserTestHooks',
  tags: {
    tag: (content, attrs) => `<pre>\n${varExport(content)}\n${varExport(attrs)}\n</pre>`,
    'tåg': (content, attrs) => `<pre>\n${varExport(content)}\n${varExport(attrs)}\n</pre>`,
    statictag: (content, attrs, ctx) => {
      const key = 'mw:tests:static-tag-hook';
      const count = Object.keys(attrs).length;
      if (count === 0) {
        ctx.output.extensionData.set(key, content ?? '');
        return '';
      }
      if (count === 1 && attrs.action === 'flush' && content === null) {
        return String(ctx.output.extensionData.get(key) ?? '');
      }
      return (
        '\nCall this extension as <statictag>string</statictag> or as <statictag action=flush/>, not in any other way.\n' +
        `text: ${varExport(content)}\nargv: ${varExport(attrs)}\n`
      );
    },
    asidetag: () => '<aside>Some aside content</aside>',
    pwraptest: () => '<!--CMT--><style>p{}</style>',
    spantag: (content, _attrs, ctx, frame) => `<span>${ctx.recursiveTagParse(content ?? '', frame)}</span>`,
  },
};

/**
 * The runner's `styletag` hooks: <style> as a style element whose content is kept by a nowiki
 * strip marker (Html::inlineStyle), <link> as a bare link element; attributes as given.
 */
export const styleTagHooks: ExtensionDefinition = {
  name: 'ParserTestStyleTag',
  tags: {
    style: (content, attrs, ctx) => {
      const marker = ctx.stripState.newMarker('style');
      ctx.stripState.addNoWiki(marker, content ?? '');
      return rawElement('style', attrs, marker);
    },
    link: (_content, attrs) => rawElement('link', attrs),
  },
};
