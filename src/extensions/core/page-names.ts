/**
 * {{PAGENAME}} and its family, as variables (the page being parsed) and as functions of a
 * title ({{PAGENAME:Foo/Bar}}); the E-forms are URL-encoded (MediaWiki's CoreMagicVariables
 * and CoreParserFunctions).
 */
import type { Title, TitleParser } from '../../core/title.ts';
import { escapeWikiText } from '../../preprocess/escape-wiki-text.ts';
import { wfUrlencode } from '../../render/url.ts';
import type { ParserFunctionDefinition, VariableDefinition } from '../extension.ts';
import { plain } from './plain-function.ts';

type NameOf = (t: Title, titles: TitleParser) => string;

function withSubpages(titles: TitleParser, t: Title, part: (text: string) => string): string {
  return titles.namespaces.hasSubpages(t.ns) ? part(t.text) : t.text;
}

function talkOrSubject(titles: TitleParser, t: Title, talk: boolean): Title | null {
  const ns = titles.namespaces;
  if (t.ns < 0) return null;
  const id = talk ? ns.talk(t.ns) : ns.subject(t.ns);
  return titles.makeTitle(id, t.text);
}

const escaped = (s: string): string => escapeWikiText(s);
const urlForm = (s: string): string => escapeWikiText(wfUrlencode(s.replace(/ /g, '_')));

const names: Record<string, NameOf> = {
  PAGENAME: (t) => escaped(t.text),
  PAGENAMEE: (t) => urlForm(t.text),
  FULLPAGENAME: (t) => escaped(t.prefixedText),
  FULLPAGENAMEE: (t) => urlForm(t.prefixedText),
  SUBPAGENAME: (t, ts) => escaped(withSubpages(ts, t, (s) => s.slice(s.lastIndexOf('/') + 1))),
  SUBPAGENAMEE: (t, ts) => urlForm(withSubpages(ts, t, (s) => s.slice(s.lastIndexOf('/') + 1))),
  ROOTPAGENAME: (t, ts) => escaped(withSubpages(ts, t, (s) => s.split('/')[0])),
  ROOTPAGENAMEE: (t, ts) => urlForm(withSubpages(ts, t, (s) => s.split('/')[0])),
  BASEPAGENAME: (t, ts) => escaped(withSubpages(ts, t, (s) => (s.includes('/') ? s.slice(0, s.lastIndexOf('/')) : s))),
  BASEPAGENAMEE: (t, ts) => urlForm(withSubpages(ts, t, (s) => (s.includes('/') ? s.slice(0, s.lastIndexOf('/')) : s))),
  TALKPAGENAME: (t, ts) => escaped(talkOrSubject(ts, t, true)?.prefixedText ?? ''),
  TALKPAGENAMEE: (t, ts) => urlForm(talkOrSubject(ts, t, true)?.prefixedText ?? ''),
  SUBJECTPAGENAME: (t, ts) => escaped(talkOrSubject(ts, t, false)?.prefixedText ?? ''),
  SUBJECTPAGENAMEE: (t, ts) => urlForm(talkOrSubject(ts, t, false)?.prefixedText ?? ''),
  NAMESPACE: (t) => t.nsText,
  NAMESPACEE: (t) => wfUrlencode(t.nsName),
  NAMESPACENUMBER: (t) => String(t.ns),
  TALKSPACE: (t, ts) => (t.ns < 0 ? '' : (ts.namespaces.getText(ts.namespaces.talk(t.ns)) ?? '')),
  TALKSPACEE: (t, ts) => (t.ns < 0 ? '' : wfUrlencode(ts.namespaces.getName(ts.namespaces.talk(t.ns)) ?? '')),
  SUBJECTSPACE: (t, ts) => ts.namespaces.getText(ts.namespaces.subject(t.ns)) ?? '',
  SUBJECTSPACEE: (t, ts) => wfUrlencode(ts.namespaces.getName(ts.namespaces.subject(t.ns)) ?? ''),
};

const aliases: Record<string, string[]> = {
  SUBJECTPAGENAME: ['ARTICLEPAGENAME'],
  SUBJECTPAGENAMEE: ['ARTICLEPAGENAMEE'],
  SUBJECTSPACE: ['ARTICLESPACE'],
  SUBJECTSPACEE: ['ARTICLESPACEE'],
};

export const pageNameVariables: Record<string, VariableDefinition> = Object.fromEntries(
  Object.entries(names).map(([name, fn]) => [name, { hook: (ctx) => fn(ctx.title, ctx.env.titles), aliases: aliases[name] }]),
);

export const pageNameFunctions: Record<string, ParserFunctionDefinition> = Object.fromEntries(
  Object.entries(names).map(([name, fn]) => [
    name,
    plain(
      (ctx, [text]) => {
        const t = ctx.env.titles.parse(text);
        return t ? fn(t, ctx.env.titles) : '';
      },
      { caseSensitive: true, aliases: aliases[name] },
    ),
  ]),
);
