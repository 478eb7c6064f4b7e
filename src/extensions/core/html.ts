/**
 * `<html>` (MediaWiki's CoreTagHooks::html): raw HTML, only where the site allows it
 * ($wgRawHtml); the preprocessor does not even recognise the tag otherwise.
 */
import type { TagHook } from '../extension.ts';

export const html: TagHook = (content, _attrs, ctx) => ({
  text: ctx.options.rawHtml ? (content ?? '') : '',
  kind: 'nowiki',
});
