/**
 * Core MediaWiki's <gallery> tag, registered through the extension API like any other tag.
 */
import type { ExtensionDefinition } from '../extension.ts';
import { galleryTag } from './gallery-tag.ts';

export const galleryExtension: ExtensionDefinition = {
  name: 'Gallery',
  tags: { gallery: galleryTag },
};
