/**
 * The api.php error catalogue: every error code this API answers with, its message as
 * MediaWiki 1.39 words it ($1, $2 ... filled from the arguments), and the HTTP status
 * (MediaWiki answers API errors with 200 and the MediaWiki-API-Error header). docs/api.md
 * lists the same codes; a test keeps the two in step.
 */
export const apiErrorCatalogue = {
  // Request and parameters
  badvalue: 'Unrecognized value for parameter "$1": $2.',
  missingparam: 'The "$1" parameter must be set.',
  'missingparam-oneof': 'One of the parameters $1 is required.',
  invalidparammix: 'The parameters $1 can not be used together.',
  badinteger: 'Invalid value "$2" for integer parameter "$1".',
  badtimestamp: 'Invalid value "$2" for timestamp parameter "$1".',
  badcontinue: 'Invalid continue param. You should pass the original value returned by the previous query.',
  mustbeposted: 'The "$1" module requires a POST request.',
  mustpostparams: 'The following parameter was found in the query string, but must be in the POST body: $1.',
  unknownformat: 'Unrecognized format "$1".',
  'toomanyvalues': 'Too many values supplied for parameter "$1". The limit is $2.',
  // Tokens and users
  badtoken: 'Invalid CSRF token.',
  assertuserfailed: 'You are no longer logged in, so the action could not be completed.',
  assertbotfailed: 'You do not have the "bot" right, so the action could not be completed.',
  assertnameduserfailed: 'You are no longer logged in as "$1", so the action could not be completed.',
  assertanonfailed: 'You are logged in, so the action could not be completed.',
  permissiondenied: 'You don\'t have permission to $1.',
  // Titles, pages and revisions
  invalidtitle: 'Bad title "$1".',
  nosuchpageid: 'There is no page with ID $1.',
  nosuchrevid: 'There is no revision with ID $1.',
  missingtitle: 'The page you specified doesn\'t exist.',
  pagecannotexist: 'Namespace doesn\'t allow actual pages.',
  nosuchsection: 'There is no section $1.',
  protectedpage: 'This page has been protected to prevent editing or other actions.',
  // Editing
  articleexists: 'The article you tried to create has been created already.',
  editconflict: 'Edit conflict.',
  // Moving
  selfmove: 'The title is the same; cannot move a page over itself.',
  'articleexists-move': 'A page of that name already exists, or the name you have chosen is not valid. Please choose another name.',
  // Comparing
  'compare-nofromrevision': 'No \'from\' revision. Specify fromrev, fromtitle, or fromid.',
  'compare-notorevision': 'No \'to\' revision. Specify torev, totitle, or toid.',
  // Anything else
  internal_api_error: 'An internal error occurred: $1.',
} as const satisfies Record<string, string>;

export type ApiErrorKey = keyof typeof apiErrorCatalogue;

/** Codes whose answer carries a different code than their catalogue key (one code, two messages). */
const codeOf: Partial<Record<ApiErrorKey, string>> = {
  'missingparam-oneof': 'missingparam',
  'articleexists-move': 'articleexists',
};

/** An error answered as `{error:{code,info}}`; thrown anywhere in a module. */
export class ApiError extends Error {
  readonly code: string;
  readonly info: string;

  constructor(readonly key: ApiErrorKey, ...args: Array<string | number>) {
    const info = apiErrorCatalogue[key].replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
    super(info);
    this.code = codeOf[key] ?? key;
    this.info = info;
  }

  /** An error with a code of its own (errors of wiki operations and internal errors). */
  static withCode(code: string, info: string): ApiError {
    const err = new ApiError('internal_api_error', info);
    Object.assign(err, { code, info, message: info });
    return err;
  }
}

/** The error for an unexpected exception, as MediaWiki names it (internal_api_error_<Class>). */
export function internalError(e: unknown): ApiError {
  const name = e instanceof Error ? e.constructor.name : 'Exception';
  const info = apiErrorCatalogue.internal_api_error.replace('$1', e instanceof Error ? e.message : String(e));
  return ApiError.withCode(`internal_api_error_${name}`, info);
}
