/**
 * Pathological inputs: each must parse within a bounded time (see pathological.test.ts).
 * `fullParse` lists the cases also run through every pass, not only the preprocessor.
 */
export const fullParse = ['many {{!}}', 'unbalanced {{ run', 'deeply nested templates', '2 MiB page'];

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
  'many headings': () => '== h ==\n'.repeat(20_000),
  '2 MiB page': () => 'Lorem ipsum [[dolor]] sit {{amet}} <b>x</b> '.repeat(48_000).slice(0, 2 * 1024 * 1024),
};
