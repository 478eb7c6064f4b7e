/**
 * meta=tokens: tokens for write modules (type=csrf by default; login for action=login).
 */
import type { ApiObject } from '../../api-context.ts';
import type { PrefixedParams } from '../../params.ts';
import { issueToken, tokenTypes, type TokenType } from '../../tokens.ts';
import type { MetaModule, QueryRun } from '../query-module.ts';

export const tokens: MetaModule = {
  name: 'tokens',
  prefix: '',
  run(q: QueryRun, p: PrefixedParams) {
    const types = p.list('type', tokenTypes) as TokenType[];
    const out: ApiObject = {};
    for (const type of types.length ? types : (['csrf'] as TokenType[])) out[`${type}token`] = issueToken(q.ctx, type);
    q.query.tokens = out;
  },
};
