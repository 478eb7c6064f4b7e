/**
 * meta=userinfo: who the client is — the logged-in account (id, name, groups, rights, edit
 * count, registration) or an anonymous client (id 0, named by its address, `anon`).
 */
import { groupsChangeableBy } from '../../../users/user-groups.ts';
import type { ApiObject } from '../../api-context.ts';
import type { PrefixedParams } from '../../params.ts';
import type { MetaModule, QueryRun } from '../query-module.ts';

const props = ['blockinfo', 'hasmsg', 'rights', 'groups', 'groupmemberships', 'implicitgroups', 'editcount', 'ratelimits', 'realname', 'registrationdate', 'options', 'preferencestoken', 'email', 'acceptlang', 'unreadcount', 'centralids', 'latestcontrib', 'cancreateaccount', 'theoreticalratelimits', 'changeablegroups'] as const;

const implicit = new Set(['*', 'user', 'autoconfirmed']);

export const userinfo: MetaModule = {
  name: 'userinfo',
  prefix: 'ui',
  run(q: QueryRun, p: PrefixedParams) {
    const { ctx } = q;
    const user = ctx.user;
    const id = user.id ?? 0;
    const wanted = new Set(p.list('prop', props));
    const out: ApiObject = { id, name: user.name };
    ctx.setFlag(out, 'anon', id === 0);
    if (wanted.has('groups')) out.groups = user.groups;
    if (wanted.has('groupmemberships')) out.groupmemberships = (user.memberships ?? []).map((m) => ({ group: m.group, expiry: m.expiry ?? 'infinity' }));
    if (wanted.has('implicitgroups')) out.implicitgroups = user.groups.filter((g) => implicit.has(g));
    if (wanted.has('rights')) out.rights = user.rights;
    if (wanted.has('editcount') && id > 0) out.editcount = user.editCount ?? 0;
    if (wanted.has('registrationdate') && id > 0) out.registrationdate = user.registration ?? null;
    if (wanted.has('cancreateaccount')) out.cancreateaccount = ctx.flag(user.rights.includes('createaccount'));
    if (wanted.has('changeablegroups')) {
      const performer = { id, name: user.name, groups: user.groups.filter((g) => !implicit.has(g)), implicitGroups: user.groups.filter((g) => implicit.has(g)), rights: user.rights, botApp: user.botApp ?? null, registration: null, editCount: 0 };
      const can = groupsChangeableBy(ctx.wiki, performer);
      out.changeablegroups = { add: can.add, remove: can.remove, 'add-self': [], 'remove-self': [] };
    }
    if (wanted.has('blockinfo')) { /* nobody is blocked: MediaWiki then adds no fields */ }
    q.query.userinfo = out;
  },
};
