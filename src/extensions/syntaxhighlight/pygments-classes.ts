/**
 * highlight.js scopes mapped to the short Pygments token classes MediaWiki's stylesheet
 * (ext.pygments) colours: "keyword" → "k", "title.function" → "nf", ...
 */
const SCOPE_CLASSES: Record<string, string> = {
  keyword: 'k',
  built_in: 'nb',
  type: 'kt',
  literal: 'kc',
  number: 'm',
  operator: 'o',
  punctuation: 'p',
  property: 'py',
  regexp: 'sr',
  string: 's',
  'char.escape': 'se',
  subst: 'si',
  symbol: 'ss',
  class: 'nc',
  function: 'nf',
  variable: 'nv',
  'variable.language': 'bp',
  'variable.constant': 'no',
  title: 'nf',
  'title.class': 'nc',
  'title.class.inherited': 'nc',
  'title.function': 'nf',
  'title.function.invoke': 'nf',
  params: 'nv',
  comment: 'c',
  doctag: 'cs',
  meta: 'cp',
  'meta.keyword': 'cp',
  'meta.string': 'cpf',
  section: 'gh',
  tag: 'p',
  name: 'nt',
  attr: 'na',
  attribute: 'na',
  bullet: 'k',
  code: 'sb',
  emphasis: 'ge',
  strong: 'gs',
  formula: 'm',
  link: 'nl',
  quote: 'c1',
  'selector-tag': 'nt',
  'selector-id': 'nn',
  'selector-class': 'nc',
  'selector-attr': 'na',
  'selector-pseudo': 'nd',
  'template-tag': 'cp',
  'template-variable': 'nv',
  addition: 'gi',
  deletion: 'gd',
};

/** The Pygments class for a highlight.js scope ("title function_" → "nf"), or '' for none. */
export function pygmentsClass(scope: string): string {
  const [head, ...modifiers] = scope.split(' ');
  const dotted = [head, ...modifiers.map((m) => m.replace(/_+$/, ''))].join('.');
  for (let name = dotted; name !== ''; name = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '') {
    const found = SCOPE_CLASSES[name];
    if (found) return found;
  }
  return '';
}
