/**
 * list=embeddedin: pages that transclude a title (templatelinks), with einamespace,
 * eifilterredir.
 */
import type { ListModule } from '../query-module.ts';
import { runBacklinks } from './backlink-list.ts';

export const embeddedin: ListModule = {
  name: 'embeddedin',
  prefix: 'ei',
  run: (q, p, out) => runBacklinks(q, p, out, 'templatelinks'),
};
