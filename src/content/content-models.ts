/**
 * The content handlers by model id, and the model a new page gets from its title (as
 * MediaWiki's ContentHandler::getDefaultModelFor with Scribunto's hook): Module: pages are
 * Scribunto except their /doc subpages; .css, .js and .json pages in the MediaWiki: and
 * User: namespaces are css, javascript and json; everything else is wikitext.
 */
import type { Title } from '../core/title.ts';
import { defaultContentModel } from '../dump/content-model.ts';
import type { ContentHandler } from './content-handler.ts';
import { cssHandler, javascriptHandler } from './code-handler.ts';
import { jsonHandler } from './json-handler.ts';
import { scribuntoHandler } from './scribunto-handler.ts';
import { textHandler } from './text-handler.ts';
import { wikitextHandler } from './wikitext-handler.ts';

const handlers = new Map<string, ContentHandler>(
  [wikitextHandler, scribuntoHandler, cssHandler, javascriptHandler, jsonHandler, textHandler].map((h) => [h.model, h]),
);

/** TemplateStyles' model is CSS as far as viewing and raw output go. */
handlers.set('sanitized-css', { ...cssHandler, model: 'sanitized-css' });

/** The handler of a model; models this wiki does not know are shown as plain text. */
export function contentHandler(model: string): ContentHandler {
  return handlers.get(model) ?? textHandler;
}

export function isKnownModel(model: string): boolean {
  return handlers.has(model);
}

/** The model a page created at `title` gets. */
export function defaultModelFor(title: Title): string {
  return defaultContentModel(title.ns, title.dbKey);
}
