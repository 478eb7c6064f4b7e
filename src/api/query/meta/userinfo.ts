/**
 * meta=userinfo: who the client is. There are no accounts: every client is anonymous, named
 * by its address (id 0, anon), with the rights the wiki grants that address.
 */
import type { ApiObject } from '../../api-context.ts';
import type { PrefixedParams } from '../../params.ts';
import type { MetaModule, QueryRun } from '../query-module.ts';

const props = ['blockinfo', 'hasmsg', 'rights', 'groups', 'groupmemberships', 'implicitgroups', 'editcount', 'ratelimits', 'realname', 'registrationdate', 'options', 'preferencestoken', 'email', 'acceptlang', 'unreadcount', 'centralids', 'latestcontrib', 'cancreateaccount', 'theoreticalratelimits', 'changeablegroups'] as const;

export const userinfo: MetaModule = {
  name: 'userinfo',
  prefix: 'ui',
  run(q: QueryRun, p: PrefixedParams) {
    const { ctx } = q;
    const wanted = new Set(p.list('prop', props));
    const out: ApiObject = { id: 0, name: ctx.user.name };
    ctx.setFlag(out, 'anon', true);
    if (wanted.has('groups')) out.groups = ctx.user.groups;
    if (wanted.has('implicitgroups')) out.implicitgroups = ctx.user.groups;
    if (wanted.has('rights')) out.rights = ctx.user.rights;
    if (wanted.has('editcount')) out.editcount = 0;
    if (wanted.has('cancreateaccount')) out.cancreateaccount = ctx.flag(false);
    if (wanted.has('blockinfo')) { /* nobody is blocked: MediaWiki then adds no fields */ }
    q.query.userinfo = out;
  },
};
