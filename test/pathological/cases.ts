/**
 * Pathological inputs: each must parse within a bounded time, or stop with a limit error
 * (see pathological.test.ts). Every case runs through the whole parser.
 */

/** CPU time one case may take: 2 s. */
export const defaultBudgetMs = 2_000;

/**
 * Cases over the 2 s bar, with the budget they are held to until they meet it. None today:
 * the link-dense 2 MiB page (13.8 MB of HTML, 96,000 links) takes about 1.7 s.
 */
export const budgetOverridesMs: Record<string, number> = {};
export const pathologicalCases: Record<string, () => string> = {
  'many {{!}}': () => '{{!}}'.repeat(40_000),
  'unbalanced {{ run': () => '{{'.repeat(50_000),
  'unbalanced }} run': () => '}}'.repeat(50_000),
  'unbalanced {{{ with pipes': () => '{{{|'.repeat(20_000),
  'deeply nested templates': () => '{{a|'.repeat(5_000) + '}}'.repeat(5_000),
  'deeply nested arguments': () => '{{{a|'.repeat(5_000) + '}}}'.repeat(5_000),
  'many brace groups': () => '{{{{{x}}}}}'.repeat(20_000),
  'unclosed extension tags': () => '<nowiki>'.repeat(20_000) + '<ref>'.repeat(20_000),
  'unclosed tags with no >': () => '<nowiki'.repeat(20_000),
  'unclosed comments': () => '<!--'.repeat(30_000),
  'many comments on lines': () => 'a\n<!-- c -->\n'.repeat(30_000),
  'unbalanced [[ run': () => '[['.repeat(50_000),
  "unbalanced '' and '''": () => "''a'''b".repeat(30_000),
  'lists 5,000 deep': () => Array.from({ length: 5_000 }, (_, i) => '*'.repeat(i + 1) + ' x').join('\n'),
  'one list item 5,000 deep': () => '*#:'.repeat(1_700) + ' x',
  'tables nested 500 deep': () => '{|\n|\n'.repeat(500) + '|}\n'.repeat(500),
  'unclosed tables 500 deep': () => '{|\n|\n'.repeat(500),
  '20,000 headings': () => '== h ==\n'.repeat(20_000),
  '20,000 nested unclosed <pre>': () => '<pre>'.repeat(20_000),
  '20,000 nested unclosed <div><b>': () => '<div><b>a'.repeat(20_000),
  '2 MiB page of prose': () => 'Lorem ipsum dolor sit amet, [[consectetur]] adipiscing elit, sed do eiusmod tempor. \n\n'.repeat(25_000).slice(0, 2 * 1024 * 1024),
  '2 MiB page of links and templates': () => 'Lorem ipsum [[dolor]] sit {{amet}} <b>x</b> '.repeat(48_000).slice(0, 2 * 1024 * 1024),
};
