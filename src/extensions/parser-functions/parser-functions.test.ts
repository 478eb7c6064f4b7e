import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParser } from '../../parse/create-parser.ts';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { MemoryDataAccess } from '../../core/data-access.ts';
import { TitleParser } from '../../core/title.ts';

/** [wikitext line, its HTML line] as MediaWiki 1.39 renders them on the page "Help:Foo/Bar". */
const cases: [string, string][] = [
  ["a{{#time:Y-m-d H:i:s|2001-01-15 10:20:30}}", "a2001-01-15 10:20:30"],
  ["a{{#time:D, d M Y|15 January 2001}}", "aMon, 15 Jan 2001"],
  ["a{{#time:l jS F Y|2001-01-15}}", "aMonday 15S January 2001"],
  ["a{{#time:N w z W t L o|2008-12-29}}", "a1 1 363 01 31 1 2009"],
  ["a{{#time:c|2011-11-12 23:00 Europe/Paris}}", "a2011-11-12T22:00:00+00:00"],
  ["a{{#time:r|2011-11-12 23:00 America/New_York}}", "aSun, 13 Nov 2011 04:00:00 +0000"],
  ["a{{#time:U|2001-01-01}}", "a978307200"],
  ["a{{#time:g G h H a A|2001-01-01 15:04}}", "a3 15 03 15 pm PM"],
  ["a{{#time:g a|2001-01-01 00:04}}", "a12 am"],
  ["a{{#time:\"Year\" Y \\Y|2001-01-01}}", "aYear 2001 Y"],
  ["a{{#time:xg xx xnY xrY xrn|2001-03-05}}", "aMarch x 2001 MMI III"],
  ["a{{#time:e T O P Z I|2001-07-05}}", "aUTC UTC +0000 +00:00 0 0"],
  ["a{{#time:Y|1 January 10000}}", "a<strong class=\"error\">Error: Invalid time.</strong>"],
  ["a{{#time:Y|garbage}}", "a<strong class=\"error\">Error: Invalid time.</strong>"],
  ["a{{#time:Y-m-d|@86400}}", "a1970-01-02"],
  ["a{{#time:Y-m-d|2001-02-30}}", "a2001-03-02"],
  ["a{{#time:y n j|2005-06-07}}", "a05 6 7"],
  ["a{{#time:d F Y|1988-02-28|de}}", "a28 Februar 1988"],
  ["a{{#time:D l M F|2001-01-15|fr}}", "alun. lundi janv. janvier"],
  ["a{{#time:xkY xoY|2001-01-15}}", "a2544 90"],
  ["a{{#time:W o|2010-01-03}}", "a53 2009"],
  ["a{{#time:Y-m-d|first day of January 2001}}", "a2001-01-01"],
  ["a{{#time:Y-m-d|last day of February 2004}}", "a2004-02-29"],
  ["a{{#time:Y-m-d H:i|2001-01-15 +1 day}}", "a2001-01-16 00:00"],
  ["a{{#time:Y-m-d|15 January 2001 -3 weeks}}", "a2000-12-25"],
  ["a{{#time:Y-m-d|Tuesday, 15 January 2001}}", "a2001-01-16"],
  ["a{{#time:q Q k|2001-01-15}}", "aq Q k"],
  ["a{{#time:Y-m-d|2001-W10-3}}", "a2001-03-07"],
  ["a{{#timel:Y-m-d H:i T|2001-01-15 10:00}}", "a2001-01-15 10:00 UTC"],
  ["a{{#time:Y-m-d H:i|2001-01-15 10:00|en|1}}", "a2001-01-15 10:00"],
  ["a{{#len:Žmržlina}}", "a8"],
  ["a{{#pos:abcabc|c|-2}}", "a5"],
  ["a{{#rpos:abcabc|b}}", "a4"],
  ["a{{#rpos:abc|x}}", "a-1"],
  ["a{{#sub:Žmržlina|-3}}", "aina"],
  ["a{{#sub:Žmržlina|1|-2}}", "amržli"],
  ["a{{#sub:abcdef|2|2}}", "acd"],
  ["a{{#count:aaaa|aa}}", "a2"],
  ["a{{#replace:a b c| |_}}", "aa_b_c"],
  ["a{{#replace:aaa|a|bb|2}}", "abbbba"],
  ["a{{#replace:abc||x}}", "aabc"],
  ["a{{#explode:a-b-c|-|1}}", "ab"],
  ["a{{#explode:a-b-c|-|-1}}", "ac"],
  ["a{{#explode:a-b-c|-|1|2}}", "ab-c"],
  ["a{{#explode:a-b-c|-|2|2}}", "a"],
  ["a{{#explode:a b c}}", "aa"],
  ["a{{#explode:a-b-c|-|01}}", "a"],
  ["a{{#urldecode:a+b%41%zz}}", "aa bA%zz"],
  ["a{{#rel2abs:../c|a/b}}", "aa/c"],
  ["a{{#rel2abs:/c}}", "aHelp:Foo/Bar/c"],
  ["a{{#rel2abs:../../..|a/b}}", "a<strong class=\"error\">Error: Invalid depth in path: &quot;a/b/../../..&quot; (tried to access a node above the root node).</strong>"],
  ["a{{#rel2abs:./x/./y|Help:Foo}}", "aHelp:Foo/x/y"],
  ["a{{#titleparts:Talk:A/B/C|1}}", "aTalk:A"],
  ["a{{#titleparts:Talk:A/B/C|-1}}", "aTalk:A/B"],
  ["a{{#titleparts:Talk:A/B/C|1|2}}", "aB"],
  ["a{{#titleparts:Talk:A/B/C|2|-1}}", "aC"],
  ["a{{#titleparts:a b/c d|0|2}}", "ac d"],
  ["a{{#expr:1/7 round 3}}", "a0.143"],
  ["a{{#expr:'}}", "a<strong class=\"error\">Expression error: Unrecognized punctuation character &quot;&#39;&quot;.</strong>"],
  ["a{{#expr:2 < 3 and 3 > 2}}", "a1"],
  ["a{{#expr:1 &lt; 2}}", "a1"],
  ["a{{#ifexpr:1 +|yes|no}}", "a<strong class=\"error\">Expression error: Missing operand for +.</strong>"],
  ["a{{#ifexpr:0.0|yes|no}}", "ano"],
  ["a{{#switch:3|1|2|3=x|4=y}}", "ax"],
  ["a{{#switch:B|a=1|b=2|B=3}}", "a3"],
  ["a{{#switch:1.0|1=one|other}}", "aone"],
  ["a{{#switch:x|#DEFAULT=d|y=z}}", "ad"],
  ["a{{#switch:x}}", "a"],
  ["a{{#if:x|{{!}}|}}", "a|"],
  ["a{{#iferror:<span class=\"error\">x</span>|bad|good}}", "abad"],
  ["a{{#iferror:<span class=\"errors\">x</span>|bad|good}}", "agood"],
  ["a{{#iferror:<div class=\"foo error bar\">x</div>|bad|good}}", "abad"],
  ["a{{#ifeq:1e3|1000|y|n}}", "ay"],
  ["a{{#ifeq:&nbsp;|&#160;|y|n}}", "ay"],
  ["a{{#ifeq: 1 | 1.0 | y | n}}", "ay"],
  ["a{{#ifexist:Special:Recentchanges|y|n}}", "ay"],
  ["a{{#ifexist:Special:Nosuchpage|y|n}}", "an"],
  ["a{{#ifexist:|y|n}}", "an"],
  ["a{{#ifexist:[[x]]|y|n}}", "an"],
];

test('parser functions render as MediaWiki renders them', () => {
  const parser = createParser(defaultSiteConfig, new MemoryDataAccess());
  const title = new TitleParser(defaultSiteConfig).parseOrThrow('Help:Foo/Bar');
  const html = parser.parse(cases.map((c) => c[0]).join('\n'), { title }).html;
  const lines = html.replace(/^<p>/, '').replace(/\n<\/p>\n?$/, '').split('\n');
  assert.equal(lines.length, cases.length);
  cases.forEach(([wikitext, expected], i) => assert.equal(lines[i], expected, wikitext));
});
