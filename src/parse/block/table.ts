/**
 * Wikitext tables ({| |- | || ! !! |+ |}) to HTML tables (MediaWiki's handleTables).
 */
import type { Pass } from '../pipeline.ts';

export const tables: Pass = {
  name: 'tables',
  run: (text) => text,
};
