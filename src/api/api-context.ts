/**
 * What an api.php module sees for one request: the wiki, the parameters, the result format
 * (formatversion 1 or 2), the requesting user (an account or an anonymous client), its
 * session for tokens and logins, and the warnings gathered on the way.
 */
import type { CsrfTokens } from '../server/csrf.ts';
import type { Wiki } from '../wiki/wiki.ts';
import type { ApiParams } from './params.ts';

export interface ApiSession {
  /** The session id sent with the request, if any. */
  current(): string | undefined;
  /** The session id, created (and sent back as a cookie) when missing. */
  ensure(): string;
  /** Starts a logged-in session (a new id; earlier tokens end). Absent where sessions cannot log in. */
  logIn?(userId: number, botApp: string | null): void;
  /** Ends the logged-in session. */
  logOut?(): void;
}

export interface ApiUser {
  /** The account's name, or the client's address as MediaWiki names anonymous editors. */
  name: string;
  /** The account id; 0 or absent for anonymous clients. */
  id?: number;
  /** Every group the user is in, implicit ones ('*', 'user', 'autoconfirmed') first. */
  groups: string[];
  /** The groups given to the account (user_groups), with their expiry. */
  memberships?: Array<{ group: string; expiry: string | null }>;
  rights: string[];
  /** The bot password the session was opened with. */
  botApp?: string | null;
  editCount?: number;
  registration?: string | null;
  /** The client's address (login throttling). */
  address?: string;
}

export type ApiObject = Record<string, unknown>;

export class ApiContext {
  readonly warnings = new Map<string, string[]>();

  constructor(
    readonly wiki: Wiki,
    readonly params: ApiParams,
    readonly formatVersion: 1 | 2,
    readonly method: 'GET' | 'POST',
    readonly user: ApiUser,
    readonly session: ApiSession,
    readonly tokens: CsrfTokens,
  ) {}

  get fv2(): boolean {
    return this.formatVersion === 2;
  }

  warn(module: string, text: string): void {
    const list = this.warnings.get(module) ?? [];
    if (!list.includes(text)) list.push(text);
    this.warnings.set(module, list);
  }

  /** A boolean as the format writes it: true/false (formatversion 2), '' or absent (1). */
  flag(value: boolean): true | false | '' | undefined {
    if (this.fv2) return value;
    return value ? '' : undefined;
  }

  /** Sets `key` only when `value` is true (MediaWiki's flags such as missing, redirect, new). */
  setFlag(obj: ApiObject, key: string, value: boolean): void {
    if (value) obj[key] = this.fv2 ? true : '';
  }

  /** Text content: `{content}` (formatversion 2, or the given key) or `{'*'}` (1). */
  content(obj: ApiObject, text: string, key = 'content'): void {
    obj[this.fv2 ? key : '*'] = text;
  }

  /** A value that is a bare string in formatversion 2 and `{'*': value}` in 1 (parse's text). */
  wrapped(text: string): unknown {
    return this.fv2 ? text : { '*': text };
  }

  /** The warnings block of the result. */
  warningsResult(): ApiObject | undefined {
    if (this.warnings.size === 0) return undefined;
    const out: ApiObject = {};
    for (const [module, texts] of this.warnings) out[module] = { [this.fv2 ? 'warnings' : '*']: texts.join('\n') };
    return out;
  }
}
