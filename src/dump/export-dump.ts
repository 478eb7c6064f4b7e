/**
 * Exporting a wiki as MediaWiki XML (schema export-0.11), written to a stream page by page
 * with back-pressure: every revision oldest first, or only the current ones.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { isIP } from 'node:net';
import type { PageRecord, RevisionWithText } from '../storage/repository.ts';
import { parseRedirect } from '../wiki/redirect.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { escapeXmlAttr as attr, escapeXmlText as esc } from './xml-escape.ts';

export interface ExportOptions {
  currentOnly?: boolean;
  namespace?: number;
}

export const exportSchemaVersion = '0.11';

export async function exportDump(wiki: Wiki, out: Writable, opts: ExportOptions = {}): Promise<{ pages: number; revisions: number }> {
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(header(wiki));
  let pages = 0;
  let revisions = 0;
  for (const { page, revisions: revs } of wiki.repo.iteratePages({ currentOnly: opts.currentOnly ?? false, namespace: opts.namespace })) {
    await write(pageStart(wiki, page));
    for (const rev of revs) {
      await write(revisionXml(rev));
      revisions++;
    }
    await write('  </page>\n');
    pages++;
  }
  await write('</mediawiki>\n');
  return { pages, revisions };
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
