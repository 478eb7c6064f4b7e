/**
 * api.php's entry point (MediaWiki's ApiMain): reads the common parameters (format,
 * formatversion, errorformat, assert, curtimestamp, requestid ...), runs one action module
 * and answers with its result, or with `{error:{code,info}}` and the MediaWiki-API-Error header.
 */
import { escapeHtml } from '../core/html-entities.ts';
import type { CsrfTokens } from '../server/csrf.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { ApiContext, type ApiObject, type ApiSession, type ApiUser } from './api-context.ts';
import { checkAssert } from './assert.ts';
import { actionModules } from './modules.ts';
import { ApiError, internalError } from './errors.ts';
import { translateOperationError } from './operation-errors.ts';
import { ApiParams } from './params.ts';
import { requireToken } from './tokens.ts';

export interface ApiRequest {
  values: Map<string, string>;
  /** Names that came in the query string rather than the POST body. */
  inQueryString: Set<string>;
  method: 'GET' | 'POST';
  user: ApiUser;
  session: ApiSession;
}

export interface ApiResponse {
  status: number;
  body: ApiObject;
  headers: Record<string, string>;
}

/** Parameters every request may carry (ApiMain's own). */
const mainParams = ['action', 'format', 'formatversion', 'errorformat', 'errorlang', 'errorsuselocal', 'uselang', 'variant', 'maxlag', 'smaxage', 'maxage', 'assert', 'assertuser', 'requestid', 'servedby', 'curtimestamp', 'responselanginfo', 'origin', 'utf8', 'ascii', 'bot', 'callback', 'centralauthtoken'];

export function runApi(wiki: Wiki, tokens: CsrfTokens, req: ApiRequest): ApiResponse {
  const params = new ApiParams(req.values, req.inQueryString);
  const fv = params.str('formatversion') === '2' || params.str('formatversion') === 'latest' ? 2 : 1;
  const ctx = new ApiContext(wiki, params, fv, req.method, req.user, req.session, tokens);
  for (const name of mainParams) params.has(name);
  const errorFormat = params.str('errorformat') ?? 'bc';
  const headers: Record<string, string> = {};
  let body: ApiObject;
  const action = params.str('action') ?? 'help';
  try {
    const format = params.str('format') ?? 'jsonfm';
    if (format !== 'json' && format !== 'jsonfm') throw new ApiError('unknownformat', format);
    checkAssert(ctx);
    const mod = actionModules[action];
    if (!mod) throw new ApiError('badvalue', 'action', action);
    if (mod.mustBePosted && req.method !== 'POST') throw new ApiError('mustbeposted', action);
    if (mod.needsToken) requireToken(ctx, mod.needsToken);
    body = mod.execute(ctx);
  } catch (e) {
    const err = e instanceof ApiError ? e : translateOperationError(e) ?? internalError(e);
    if (!(e instanceof ApiError) && err.code.startsWith('internal_api_error')) console.error(e);
    headers['MediaWiki-API-Error'] = err.code;
    body = errorBody(ctx, err, errorFormat, action);
  }
  // Parameters of a module that stopped at an error were never read: warn only after success.
  if (!headers['MediaWiki-API-Error']) for (const name of params.unused()) ctx.warn('main', `Unrecognized parameter: ${name}.`);
  const warnings = ctx.warningsResult();
  const out: ApiObject = {};
  if (warnings) {
    if (errorFormat === 'bc') out.warnings = warnings;
    else out.warnings = [...ctx.warnings].flatMap(([module, texts]) => texts.map((text) => ({ code: 'warning', text, module })));
  }
  Object.assign(out, body);
  const requestId = params.raw('requestid');
  if (requestId !== undefined) out.requestid = requestId;
  if (params.raw('curtimestamp') !== undefined) out.curtimestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (params.raw('servedby') !== undefined) out.servedby = 'kagami';
  return { status: 200, body: out, headers };
}

function errorBody(ctx: ApiContext, err: ApiError, errorFormat: string, action: string): ApiObject {
  const docref = `See ${ctx.wiki.config.wgServer.replace(/\/+$/, '')}${ctx.wiki.config.wgScriptPath}/api.php for API usage.`;
  if (errorFormat !== 'bc') {
    const text = errorFormat === 'html' ? escapeHtml(err.info) : err.info;
    return { errors: [{ code: err.code, [errorFormat === 'html' ? 'html' : 'text']: text, module: action }], docref };
  }
  return { error: { code: err.code, info: err.info, [ctx.fv2 ? 'docref' : '*']: docref } };
}

