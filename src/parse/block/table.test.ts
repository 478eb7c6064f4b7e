import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handleTables } from './table.ts';
import { horizontalRules } from './horizontal-rule.ts';

test('rows, header cells split on !!, attributes and captions', () => {
  assert.equal(
    handleTables('{| class="x"\n|+ cap\n|-\n! a !! b\n|-\n| style="color:red" | c || d\n|}'),
    '<table class="x">\n<caption>cap\n</caption>\n<tr>\n<th>a</th>\n<th>b\n</th></tr>\n<tr>\n<td style="color:red">c</td>\n<td>d\n</td></tr></table>',
  );
});

test('indented tables, empty tables and unclosed tables', () => {
  assert.equal(handleTables(':{|\n| x\n|}'), '<dl><dd><table>\n<tr>\n<td>x\n</td></tr></table></dd></dl>');
  assert.equal(handleTables('{|\n|}'), '<table>\n<tr><td></td></tr></table>');
  assert.equal(handleTables('{|'), '');
  assert.equal(handleTables('{|\n| a'), '<table>\n<tr>\n<td>a\n</td>\n</tr>\n</table>');
});

test('a | inside a link does not start cell attributes', () => {
  assert.equal(handleTables('{|\n| [[a|b]]\n|}'), '<table>\n<tr>\n<td>[[a|b]]\n</td></tr></table>');
});

test('horizontal rules', () => {
  assert.equal(horizontalRules('----\na\n------ b'), '<hr />\na\n<hr /> b');
});

test('text without a table is kept as it is, blank lines and stray |} included', () => {
  for (const text of ['', 'a', 'a\n\n b \n', '|}\n| x\n|-', '\n', 'x\n']) assert.equal(handleTables(text), text);
  // MediaWiki drops an output that is exactly the empty-table filler, whatever made it.
  assert.equal(handleTables('<table>\n<tr><td></td></tr>\n</table>'), '');
});
