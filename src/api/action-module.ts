/**
 * An api.php action module (action=query, parse, edit ...): whether it must be posted,
 * which token it needs, and what it adds to the result.
 */
import type { ApiContext, ApiObject } from './api-context.ts';
import type { TokenType } from './tokens.ts';

export interface ActionModule {
  name: string;
  mustBePosted?: boolean;
  /** The token type the module checks before running. */
  needsToken?: TokenType;
  execute(ctx: ApiContext): ApiObject;
}
