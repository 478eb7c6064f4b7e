/**
 * A generated MediaWiki XML export of any size, for import tests and benchmarks: pages in
 * the main, Template, Module, MediaWiki and Fandom namespaces (User blog, Message Wall),
 * with 1 to `maxRevisions` revisions each from users and IPs, minor edits, summaries and
 * redirects. The same options always give the same bytes.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { sha1Base36 } from '../storage/sha1.ts';
import { escapeXmlText as esc } from './xml-escape.ts';

export interface SyntheticDumpOptions {
  pages: number;
  /** Revisions per page cycle through 1..maxRevisions (default 3). */
  maxRevisions?: number;
  /** Paragraphs of filler text per revision (default 4, about 1.2 KB). */
  paragraphs?: number;
}

const namespaces = `    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="2" case="first-letter">User</namespace>
      <namespace key="8" case="first-letter">MediaWiki</namespace>
      <namespace key="10" case="first-letter">Template</namespace>
      <namespace key="828" case="first-letter">Module</namespace>
      <namespace key="500" case="first-letter">User blog</namespace>
      <namespace key="1200" case="first-letter">Message Wall</namespace>
    </namespaces>`;

export function syntheticHeader(): string {
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Synthetic Wiki</sitename>
    <dbname>synthetic</dbname>
    <base>http://synthetic.example/wiki/Main_Page</base>
    <generator>MediaWiki 1.39.17</generator>
    <case>first-letter</case>
${namespaces}
  </siteinfo>
`;
}

const filler = 'Lorem ipsum dolor sit amet, [[consectetur]] adipiscing elit, sed do {{eiusmod}} tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';

function pageShape(i: number): { ns: number; title: string; model: string; format: string } {
  switch (i % 10) {
    case 7: return { ns: 10, title: `Template:Box ${i}`, model: 'wikitext', format: 'text/x-wiki' };
    case 8: return { ns: 828, title: `Module:Data ${i}`, model: 'Scribunto', format: 'text/plain' };
    case 9: return i % 20 === 9
      ? { ns: 500, title: `User blog:Writer ${i % 7}/Post ${i}`, model: 'wikitext', format: 'text/x-wiki' }
      : { ns: 1200, title: `Message Wall:Writer ${i}`, model: 'wikitext', format: 'text/x-wiki' };
    default: return i % 50 === 3
      ? { ns: 8, title: `MediaWiki:Style${i}.css`, model: 'css', format: 'text/css' }
      : { ns: 0, title: `Article ${i}`, model: 'wikitext', format: 'text/x-wiki' };
  }
}

function revisionText(i: number, r: number, paragraphs: number, model: string): string {
  if (model === 'Scribunto') return `local p = {}\nfunction p.main() return ${i * 10 + r} end\nreturn p\n`;
  if (model === 'css') return `.box-${i} { color: #${(i * 37 + r).toString(16).padStart(6, '0').slice(0, 6)}; }\n`;
  if (i % 10 === 5 && r > 0) return `#REDIRECT [[Article ${i - 1}]]`;
  const parts = [`'''Page ${i}''', revision ${r}.`];
  for (let p = 0; p < paragraphs; p++) parts.push(`${filler} (${i}.${r}.${p})`);
  return parts.join('\n\n');
}

/** The XML of page `i` (from 0); revision ids are 10*i+1 ... */
export function syntheticPage(i: number, opts: SyntheticDumpOptions): string {
  const shape = pageShape(i);
  const revisions = 1 + (i % (opts.maxRevisions ?? 3));
  const out = [`  <page>\n    <title>${esc(shape.title)}</title>\n    <ns>${shape.ns}</ns>\n    <id>${i + 1}</id>\n`];
  let text = '';
  for (let r = 0; r < revisions; r++) {
    text = revisionText(i, r, opts.paragraphs ?? 4, shape.model);
    const id = i * 10 + r + 1;
    const day = String(1 + (r % 28)).padStart(2, '0');
    const contributor = r % 2 === 1
      ? `<contributor>\n        <ip>192.0.2.${i % 250}</ip>\n      </contributor>`
      : `<contributor>\n        <username>Editor ${i % 13}</username>\n        <id>${(i % 13) + 1}</id>\n      </contributor>`;
    out.push(`    <revision>
      <id>${id}</id>${r > 0 ? `\n      <parentid>${id - 1}</parentid>` : ''}
      <timestamp>2020-${String(1 + (i % 12)).padStart(2, '0')}-${day}T10:00:00Z</timestamp>
      ${contributor}${r % 3 === 2 ? '\n      <minor />' : ''}
      <comment>edit ${r} of page ${i} &amp; more</comment>
      <model>${shape.model}</model>
      <format>${shape.format}</format>
      <text bytes="${Buffer.byteLength(text)}" xml:space="preserve">${esc(text)}</text>
      <sha1>${sha1Base36(text)}</sha1>
    </revision>
`);
  }
  if (text.startsWith('#REDIRECT')) out.splice(1, 0, `    <redirect title="Article ${i - 1}" />\n`);
  out.push('  </page>\n');
  return out.join('');
}

/** Writes the dump to a file, with back-pressure. */
export async function writeSyntheticDump(path: string, opts: SyntheticDumpOptions): Promise<void> {
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(syntheticHeader());
  for (let i = 0; i < opts.pages; i++) await write(syntheticPage(i, opts));
  await write('</mediawiki>\n');
  out.end();
  await once(out, 'finish');
}
