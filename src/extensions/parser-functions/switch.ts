/**
 * {{#switch: value | case = result | case1 | case2 = shared result | #default = d | last}}:
 * cases compare as #ifeq does (entities decoded, numeric strings as numbers); a case without
 * "=" falls through to the next result; a last unnamed value is the default.
 */
import type { ParserFunctionHook } from '../extension.ts';
import { splitArg } from '../../preprocess/pp-node.ts';
import { phpLooseEquals, phpTrim } from './php-string.ts';
import { decodeTrimExpand } from './conditionals.ts';
import { decodeCharReferences } from '../../core/html-entities.ts';
import type { PPNode } from '../../preprocess/frame.ts';

const isDefault = (text: string): boolean => text.toLowerCase() === '#default';

export const switchHook: ParserFunctionHook = (_ctx, frame, first, args) => {
  const primary = phpTrim(decodeCharReferences(first));
  let found = false;
  let defaultFound = false;
  let defaultNode: PPNode | null = null;
  let lastItemHadNoEquals = false;
  let lastItem = '';
  for (const arg of args) {
    const { name, index, value } = splitArg(arg);
    if (name !== null && index === 0) {
      lastItemHadNoEquals = false;
      if (found) return phpTrim(frame.expand(value));
      const test = decodeTrimExpand(frame, name).decoded;
      if (phpLooseEquals(test, primary)) return phpTrim(frame.expand(value));
      if (defaultFound || isDefault(test)) {
        defaultNode = value;
        defaultFound = false;
      }
    } else {
      lastItemHadNoEquals = true;
      const { decoded, trimmed } = decodeTrimExpand(frame, value);
      lastItem = trimmed;
      if (phpLooseEquals(decoded, primary)) found = true;
      else if (isDefault(decoded)) defaultFound = true;
    }
  }
  if (lastItemHadNoEquals) return lastItem;
  if (defaultNode !== null) return phpTrim(frame.expand(defaultNode));
  return '';
};
