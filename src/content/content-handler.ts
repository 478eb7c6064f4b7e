/**
 * MediaWiki's ContentHandler: what a page's content model decides. Each model (wikitext,
 * Scribunto, css, javascript, json, text) has one handler that renders a revision into a
 * ParserOutput, names the MIME type `action=raw` serves, and checks text before it is saved.
 */
import type { ParserOutput } from '../core/parser-output.ts';
import type { SiteConfig } from '../core/site-config.ts';
import type { Title, TitleParser } from '../core/title.ts';
import type { DataAccess } from '../core/data-access.ts';
import type { Parser } from '../parse/parser.ts';
import type { ParserOptions } from '../parse/parser-options.ts';
import { OperationError } from '../wiki/operation-error.ts';

/** What a handler may use of the wiki: the parser and what the parser sees. */
export interface ContentEnv {
  parser: Parser;
  data: DataAccess;
  titles: TitleParser;
  config: SiteConfig;
}

/** Why text cannot be saved as it is. */
export interface ContentProblem {
  /** MediaWiki's message key (invalid-json-data, scribunto-error-short). */
  code: string;
  /** The message shown to the editor. */
  message: string;
  /** Line of the error in the text, when known. */
  line?: number;
  /** The editor may save anyway after confirming (Scribunto's "Allow saving code with errors"). */
  confirmable: boolean;
}

export interface ContentHandler {
  readonly model: string;
  /** The MIME type of the text (action=raw's Content-Type). */
  readonly mimeType: string;
  /** Renders text of this model for the page in `options.title`. */
  fillParserOutput(env: ContentEnv, text: string, options: ParserOptions): ParserOutput;
  /** A problem that should stop the save, or null (ContentHandler::validateSave). */
  validateSave(env: ContentEnv, text: string, title: Title): ContentProblem | null;
}

/** A save refused by the content model's check (invalid JSON, a module that does not compile). */
export class ContentValidationError extends OperationError {
  constructor(readonly problem: ContentProblem) {
    super(problem.code, problem.message);
  }
}
