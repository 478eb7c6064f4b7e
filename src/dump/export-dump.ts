/**
 * Exporting a wiki as MediaWiki XML (schema export-0.11), written to a stream page by page
 * with back-pressure: every revision oldest first, or only the current ones; all pages, one
 * namespace, or a list of titles. MediaWiki's importDump.php reads the result.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { isIP } from 'node:net';
import type { PageRecord, RevisionWithText, WikiRepository } from '../storage/repository.ts';
import { parseRedirect } from '../wiki/redirect.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { escapeXmlAttr as attr, escapeXmlText as esc } from './xml-escape.ts';

export interface ExportOptions {
  currentOnly?: boolean;
  namespace?: number;
  /** Only these pages (prefixed titles); those that do not exist are listed in `missing`. */
  titles?: string[];
}

export interface ExportResult {
  pages: number;
  revisions: number;
  missing: string[];
}

export const exportSchemaVersion = '0.11';

type PageWithRevisions = { page: PageRecord; revisions: Iterable<RevisionWithText> };

export async function exportDump(wiki: Wiki, out: Writable, opts: ExportOptions = {}): Promise<ExportResult> {
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const missing: string[] = [];
  const currentOnly = opts.currentOnly ?? false;
  const source: Iterable<PageWithRevisions> = opts.titles
    ? pagesByTitle(wiki, opts.titles, currentOnly, missing)
    : wiki.repo.iteratePages({ currentOnly, namespace: opts.namespace });
  await write(header(wiki));
  let pages = 0;
  let revisions = 0;
  for (const { page, revisions: revs } of source) {
    if (opts.namespace !== undefined && page.namespace !== opts.namespace) continue;
    await write(pageStart(wiki, page));
    for (const rev of revs) {
      await write(revisionXml(rev));
      revisions++;
    }
    await write('  </page>\n');
    pages++;
  }
  await write('</mediawiki>\n');
  return { pages, revisions, missing };
}

function* pagesByTitle(wiki: Wiki, titles: string[], currentOnly: boolean, missing: string[]): Iterable<PageWithRevisions> {
  const seen = new Set<number>();
  for (const text of titles) {
    const title = wiki.titles.parse(text);
    const page = title ? wiki.repo.getPage(title.ns, title.dbKey) : null;
    if (!page) {
      missing.push(text);
      continue;
    }
    if (seen.has(page.pageId)) continue;
    seen.add(page.pageId);
    const latest = currentOnly ? wiki.repo.getLatestRevision(page.pageId) : null;
    yield { page, revisions: currentOnly ? (latest ? [latest] : []) : oldestFirst(wiki.repo, page.pageId) };
  }
}

/** A page's revisions oldest first: ids listed newest first in chunks, texts read one by one. */
function* oldestFirst(repo: WikiRepository, pageId: number): Iterable<RevisionWithText> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 500) {
    const chunk = repo.listRevisions(pageId, { limit: 500, offset });
    for (const r of chunk) ids.push(r.revId);
    if (chunk.length < 500) break;
  }
  for (let i = ids.length - 1; i >= 0; i--) {
    const rev = repo.getRevision(ids[i]);
    if (rev) yield rev;
  }
}

function header(wiki: Wiki): string {
  const v = exportSchemaVersion;
  const ns = wiki.titles.namespaces;
  const mainPage = wiki.config.wgArticlePath.replace('$1', 'Main_Page');
  const lines = [
    `<mediawiki xmlns="http://www.mediawiki.org/xml/export-${v}/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.mediawiki.org/xml/export-${v}/ http://www.mediawiki.org/xml/export-${v}.xsd" version="${v}" xml:lang="${attr(wiki.config.wgLanguageCode)}">`,
    '  <siteinfo>',
    `    <sitename>${esc(wiki.config.wgSitename)}</sitename>`,
    `    <dbname>${esc(wiki.config.wgSitename.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'wiki')}</dbname>`,
    `    <base>${esc(wiki.config.wgServer + mainPage)}</base>`,
    '    <generator>Kagami</generator>',
    '    <case>first-letter</case>',
    '    <namespaces>',
    ...ns.ids().map((id) => {
      const name = ns.getText(id) ?? '';
      return name
        ? `      <namespace key="${id}" case="first-letter">${esc(name)}</namespace>`
        : `      <namespace key="${id}" case="first-letter" />`;
    }),
    '    </namespaces>',
    '  </siteinfo>',
  ];
  return `${lines.join('\n')}\n`;
}

function pageStart(wiki: Wiki, page: PageRecord): string {
  const nsText = wiki.titles.namespaces.getText(page.namespace);
  const text = page.dbKey.replace(/_/g, ' ');
  const title = nsText ? `${nsText}:${text}` : text;
  let s = `  <page>\n    <title>${esc(title)}</title>\n    <ns>${page.namespace}</ns>\n    <id>${page.pageId}</id>\n`;
  if (page.isRedirect) {
    const latest = wiki.repo.getLatestRevision(page.pageId);
    const target = latest ? parseRedirect(latest.text, wiki.titles) : null;
    if (target) s += `    <redirect title="${attr(target.prefixedText)}" />\n`;
  }
  return s;
}

function revisionXml(rev: RevisionWithText): string {
  const deleted = rev.deleted ?? 0;
  const lines = ['    <revision>', `      <id>${rev.revId}</id>`];
  if (rev.parentId) lines.push(`      <parentid>${rev.parentId}</parentid>`);
  lines.push(`      <timestamp>${esc(rev.timestamp)}</timestamp>`);
  if (deleted & 4) lines.push('      <contributor deleted="deleted" />');
  else if (rev.userId === null && isIP(rev.userName)) lines.push(`      <contributor>\n        <ip>${esc(rev.userName)}</ip>\n      </contributor>`);
  else {
    const id = rev.userId !== null ? `\n        <id>${rev.userId}</id>` : '';
    lines.push(`      <contributor>\n        <username>${esc(rev.userName)}</username>${id}\n      </contributor>`);
  }
  if (rev.minor) lines.push('      <minor />');
  if (deleted & 2) lines.push('      <comment deleted="deleted" />');
  else if (rev.comment) lines.push(`      <comment>${esc(rev.comment)}</comment>`);
  lines.push(`      <origin>${rev.revId}</origin>`);
  lines.push(`      <model>${esc(rev.model)}</model>`, `      <format>${esc(rev.format)}</format>`);
  if (deleted & 1) lines.push('      <text bytes="0" deleted="deleted" />');
  else lines.push(`      <text bytes="${rev.size}" sha1="${rev.sha1}" xml:space="preserve">${esc(rev.text)}</text>`);
  lines.push(`      <sha1>${deleted & 1 ? '' : rev.sha1}</sha1>`, '    </revision>');
  return `${lines.join('\n')}\n`;
}
