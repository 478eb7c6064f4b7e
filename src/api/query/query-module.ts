/**
 * The three kinds of action=query submodules, as MediaWiki groups them: prop modules add
 * properties to the pages of the page set, list modules list pages or changes (and can act
 * as the generator of the page set), meta modules describe the site or the user.
 */
import type { ApiContext, ApiObject } from '../api-context.ts';
import type { PrefixedParams } from '../params.ts';
import type { ContinuationManager } from './continuation.ts';
import type { SetPage } from './page-set.ts';

export interface QueryRun {
  ctx: ApiContext;
  cont: ContinuationManager;
  /** The `query` block of the result. */
  query: ApiObject;
}

interface QueryModuleBase {
  name: string;
  /** Parameter prefix (rv, ap, cm ...). */
  prefix: string;
}

export interface PropModule extends QueryModuleBase {
  run(q: QueryRun, p: PrefixedParams, pages: SetPage[]): void;
}

/** A page a list module lists: enough to put it in a page set when used as a generator. */
export interface ListedTitle {
  ns: number;
  dbKey: string;
}

export interface ListOutput {
  readonly isGenerator: boolean;
  add(item: ApiObject, title: ListedTitle): void;
  /** Sets the module's continue parameter (name without prefix). */
  setContinue(name: string, value: string): void;
}

export interface ListModule extends QueryModuleBase {
  run(q: QueryRun, p: PrefixedParams, out: ListOutput): void;
}

export interface MetaModule extends QueryModuleBase {
  run(q: QueryRun, p: PrefixedParams): void;
}
