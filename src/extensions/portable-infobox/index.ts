/**
 * PortableInfobox: Fandom's <infobox> tag, rendered as PortableInfobox 0.7 renders it on
 * MediaWiki 1.39.
 */
import type { ExtensionDefinition } from '../extension.ts';
import { infoboxTag } from './infobox-tag.ts';

export const portableInfobox: ExtensionDefinition = {
  name: 'PortableInfobox',
  tags: { infobox: infoboxTag },
};
