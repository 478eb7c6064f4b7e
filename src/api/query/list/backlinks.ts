/**
 * list=backlinks: pages that link to a title (pagelinks), with blnamespace, blfilterredir.
 */
import type { ListModule } from '../query-module.ts';
import { runBacklinks } from './backlink-list.ts';

export const backlinks: ListModule = {
  name: 'backlinks',
  prefix: 'bl',
  run: (q, p, out) => runBacklinks(q, p, out, 'pagelinks'),
};
