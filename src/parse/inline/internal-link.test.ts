import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryDataAccess } from '../../core/data-access.ts';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { TitleParser } from '../../core/title.ts';
import { ExtensionRegistry } from '../../extensions/extension.ts';
import { ParseContext } from '../parse-context.ts';
import { handleInternalLinks } from './internal-link.ts';
import { replaceLinkHolders } from './link-holders.ts';
import { handleExternalLinks } from './external-link.ts';
import { doMagicLinks } from './magic-link.ts';

function context(pageTitle = 'Page') {
  const config = {
    ...defaultSiteConfig,
    wgScriptPath: '',
    wgEnableMagicLinks: { ISBN: true, PMID: true, RFC: true },
    interwiki: [
      { prefix: 'meatball', url: 'http://www.usemod.com/cgi-bin/mb.pl?$1', local: false, trans: false },
      { prefix: 'fr', url: 'http://fr.wikipedia.org/wiki/$1', local: false, trans: false },
    ],
  };
  const titles = new TitleParser(config);
  const data = new MemoryDataAccess();
  data.addPage({ title: titles.parse('Exists')!, text: 'x', revisionId: 1, timestamp: '', model: 'wikitext' });
  const env = { config, titles, data, extensions: new ExtensionRegistry() };
  return new ParseContext(env, { title: titles.parse(pageTitle)! });
}

const links = (text: string, ctx = context()) => replaceLinkHolders(handleInternalLinks(text, ctx), ctx);

test('blue, red and self links with trails', () => {
  const ctx = context();
  assert.equal(links('[[Exists]]s', ctx), '<a href="/wiki/Exists" title="Exists">Existss</a>');
  assert.equal(
    links('[[Missing|the text]]', ctx),
    '<a href="/index.php?title=Missing&amp;action=edit&amp;redlink=1" class="new" title="Missing (page does not exist)">the text</a>',
  );
  assert.equal(links('[[Page]]', ctx), '<a class="mw-selflink selflink">Page</a>');
  assert.ok(ctx.output.links.has('0:Exists') && ctx.output.links.has('0:Missing'));
});

test('categories are recorded and removed, language links too', () => {
  const ctx = context();
  assert.equal(links('text\n[[Category:Foo|Key]]\n[[fr:Bonjour]]', ctx), 'text');
  assert.equal(ctx.output.categories.get('Foo'), 'Key');
  assert.deepEqual(ctx.output.languageLinks, ['fr:Bonjour']);
});

test('interwiki and fragment links, invalid links stay text', () => {
  assert.equal(
    links('[[meatball:Soft Security]]'),
    '<a href="http://www.usemod.com/cgi-bin/mb.pl?Soft_Security" class="extiw" title="meatball:Soft Security">meatball:Soft Security</a>',
  );
  assert.equal(links('[[#top]]'), '<a href="#top">#top</a>');
  assert.equal(links('[[a<b]] [[http://x]]'), '[[a<b]] [[http://x]]');
});

test('external links: text, autonumber, free URLs, ISBN', () => {
  const ctx = context();
  assert.equal(
    handleExternalLinks('[http://a.org x] [http://b.org]', ctx),
    '<a rel="nofollow" class="external text" href="http://a.org">x</a> <a rel="nofollow" class="external autonumber" href="http://b.org">[1]</a>',
  );
  assert.equal(doMagicLinks('see http://c.org.', ctx), 'see <a rel="nofollow" class="external free" href="http://c.org">http://c.org</a>.');
  assert.equal(
    doMagicLinks('ISBN 978-0-9787392-5-6', ctx),
    '<a href="/wiki/Special:BookSources/9780978739256" class="internal mw-magiclink-isbn">ISBN 978-0-9787392-5-6</a>',
  );
  assert.deepEqual([...ctx.output.externalLinks], ['http://a.org', 'http://b.org', 'http://c.org']);
});
