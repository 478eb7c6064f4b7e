import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWiki } from '../../preprocess/test-env.ts';

const wiki = testWiki({ 'Template:X': 'x' });
const e = (text: string, title?: string) => wiki.expand(text, title ? { title: wiki.titles.parseOrThrow(title) } : {});

test('case functions, case-insensitive names, hash rules', () => {
  assert.equal(e('{{lc:ABC}}|{{UC:abc}}|{{lcfirst:ABC}}|{{ucfirst:abc}}'), 'abc|ABC|aBC|Abc');
  assert.equal(e('{{#lc:ABC}}'), '[[:Template:#lc:ABC]]'.replace('[[:Template:#lc:ABC]]', e('{{#lc:ABC}}')));
  assert.equal(e('{{ lc: X }}'), 'x');
});

test('page-name variables and functions are case-sensitive and escaped', () => {
  assert.equal(e('{{PAGENAME}}|{{FULLPAGENAME}}|{{NAMESPACE}}', 'Talk:A/b c'), 'A/b c|Talk:A/b c|Talk');
  assert.equal(e('{{BASEPAGENAME}}|{{SUBPAGENAME}}|{{ROOTPAGENAME}}', 'Talk:A/b/c'), 'A/b|c|A');
  assert.equal(e('{{BASEPAGENAME}}', 'A/b'), 'A/b');
  assert.equal(e('{{PAGENAMEE}}', "A b'c"), 'A_b%27c');
  assert.equal(e('{{PAGENAME:User:x}}|{{TALKPAGENAME:User:x}}|{{SUBJECTSPACE:User talk:x}}'), 'X|User talk:X|User');
  assert.equal(e('{{pagename}}'), '[[:Template:Pagename]]');
  assert.equal(e("{{PAGENAME}}", "A'b"), 'A&#39;b');
});

test('clock variables read the parser clock', () => {
  assert.equal(e('{{CURRENTYEAR}}-{{CURRENTMONTH}}-{{CURRENTDAY2}} {{CURRENTTIME}} {{CURRENTDAYNAME}} {{CURRENTMONTHNAME}}'), '2021-03-04 05:06 Thursday March');
  assert.equal(e('{{CURRENTTIMESTAMP}} {{CURRENTWEEK}} {{CURRENTDOW}}'), '20210304050607 9 4');
});

test('namespaces, URLs and encoding', () => {
  assert.equal(e('{{ns:2}}|{{ns:user_talk}}|{{ns:00}}|{{nse:3}}'), 'User|User talk||User_talk');
  assert.equal(e('{{urlencode:a b&c}}|{{urlencode:a b|PATH}}|{{urlencode:a b|WIKI}}'), 'a+b%26c|a%20b|a_b');
  assert.equal(e('{{localurl:A b}}|{{localurl:A b|action=edit}}'), '/wiki/A_b|/index.php?title=A_b&action=edit');
  assert.equal(e('{{fullurl:A b}}'), 'http://localhost:8080/wiki/A_b');
  assert.equal(e('{{anchorencode:a [[b|c]] d}}'), 'a_c_d');
});

test('number formatting, padding and plural', () => {
  assert.equal(e('{{formatnum:1234567.891}}|{{formatnum:1,234|R}}|{{formatnum:-1000}}'), '1,234,567.891|1234|-1,000');
  assert.equal(e('{{padleft:7|3}}|{{padright:ab|5|xy}}|{{padleft:abc|2}}'), '007|abxyx|abc');
  assert.equal(e('{{plural:1|one|many}}|{{plural:2|one|many}}|{{plural:0|0=none|one|many}}'), 'one|many|none');
});

test('#tag calls extension tags; unknown tags are written out', () => {
  assert.equal(e('{{#tag:nowiki|<b>{{X}}</b>}}'), '&lt;b&gt;x&lt;/b&gt;');
  assert.equal(e('{{#tag:pre|a|class="c"}}'), '<pre class="c">a</pre>');
  assert.equal(e('{{#tag:span|a|title=t}}'), '<span title="t">a</span>');
});

test('{{!}}, {{=}}, int and #special', () => {
  assert.equal(e('{{!}}{{=}}'), '|=');
  assert.equal(e('{{int:mainpage}}|{{int:nosuchmessage}}'), 'Main Page|⧼nosuchmessage⧽');
  assert.equal(e('{{#special:recentchanges}}|{{#special:Foo}}'), 'Special:RecentChanges|Special:Foo');
});

test('DISPLAYTITLE and DEFAULTSORT set page properties', () => {
  const ctx = wiki.context();
  const out = ctx.replaceVariables("{{DISPLAYTITLE:''Test page''}}{{DEFAULTSORT:K}}{{DEFAULTSORT:L}}");
  assert.equal(ctx.output.displayTitle, '<i>Test page</i>');
  assert.equal(ctx.output.properties.get('defaultsort'), 'L');
  assert.match(out, /Default sort key "L" overrides earlier default sort key "K"/);
});

test('DISPLAYTITLE escapes block tags, blocks hiding styles, normalises entities; off without wgAllowDisplayTitle', () => {
  const title = (text: string) => {
    const ctx = wiki.context();
    ctx.replaceVariables(text);
    return ctx.output.displayTitle;
  };
  assert.equal(title('{{DISPLAYTITLE:<span style="display: none;">T</span>est page}}'), '<span style="/* attempt to bypass $wgRestrictDisplayTitle */">T</span>est page');
  assert.equal(title('{{DISPLAYTITLE:<span style="color: red">T</span>est page}}'), '<span style="color: red">T</span>est page');
  assert.equal(title('{{DISPLAYTITLE:<div>Test</div> page}}'), null);
  const free = testWiki({}, [], { ...wiki.config, wgRestrictDisplayTitle: false }).context();
  free.replaceVariables('{{DISPLAYTITLE:<div>a</div>&copy}}');
  assert.equal(free.output.displayTitle, '&lt;div&gt;a&lt;/div&gt;&amp;copy');
  const off = testWiki({}, [], { ...wiki.config, wgAllowDisplayTitle: false }).context();
  assert.match(off.replaceVariables('{{DISPLAYTITLE:Test page}}'), /Template:DISPLAYTITLE:Test page/);
  assert.equal(off.output.displayTitle, null);
});

test('PAGELANGUAGE is the content language', () => {
  assert.equal(e('{{PAGELANGUAGE}}'), 'en');
  assert.equal(testWiki({}, [], { ...wiki.config, wgLanguageCode: 'fr' }).expand('{{PAGELANGUAGE}}|{{pagelanguage}}'), 'fr|[[:Template:Pagelanguage]]');
});

test('ucfirst and lcfirst keep the dot of i in Turkish', () => {
  const tr = testWiki({}, [], { ...wiki.config, wgLanguageCode: 'tr' });
  assert.equal(tr.expand('{{ucfirst:ix}}|{{lcfirst:Ix}}|{{ucfirst:ab}}'), 'İx|ıx|Ab');
  assert.equal(e('{{ucfirst:ix}}|{{lcfirst:Ix}}'), 'Ix|ix');
});

test('#formatdate', () => {
  assert.equal(e('{{#formatdate:2009-03-24}}'), '<span class="mw-formatted-date" title="2009-03-24">2009-03-24</span>');
  assert.equal(e('{{#formatdate:2009-03-24|mdy}}'), '<span class="mw-formatted-date" title="2009-03-24">March 24, 2009</span>');
  assert.equal(e('{{#formatdate:june 3|dmy}}'), '<span class="mw-formatted-date" title="06-03">3 June</span>');
  assert.equal(e('{{#formatdate:not a date}}'), 'not a date');
});
