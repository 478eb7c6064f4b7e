/**
 * The Math extension: the `<math>` tag, rendered in source mode (the TeX shown as written),
 * as a wiki without a TeX rendering service does. The result is protected as nowiki text.
 */
import type { ExtensionDefinition } from '../extension.ts';
import { renderMathSource } from './render-math-source.ts';

export const mathExtension: ExtensionDefinition = {
  name: 'Math',
  tags: {
    math: (content, attrs) => {
      if (content === null || content.trim() === '') return '';
      return { text: renderMathSource(content, attrs), kind: 'nowiki' };
    },
  },
};
