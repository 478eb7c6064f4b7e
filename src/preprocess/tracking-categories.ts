/**
 * The tracking categories the parser adds (MediaWiki's TrackingCategories), by message key,
 * with their English category names.
 */
export const trackingCategoryNames: Readonly<Record<string, string>> = {
  'template-loop-category': 'Pages with template loops',
  'duplicate-args-category': 'Pages using duplicate arguments in template calls',
  'expansion-depth-exceeded-category': 'Pages where the expansion depth is exceeded',
  'node-count-exceeded-category': 'Pages where the node count is exceeded',
  'post-expand-template-inclusion-category': 'Pages where template include size is exceeded',
  'post-expand-template-argument-category': 'Pages containing omitted template arguments',
  'expensive-parser-function-category': 'Pages with too many expensive parser function calls',
  'restricted-displaytitle-ignored': 'Pages with ignored display titles',
  'hidden-category-category': 'Hidden categories',
  'broken-file-category': 'Pages with broken file links',
  'nonnumeric-formatnum': 'Pages with non-numeric formatnum arguments',
};
