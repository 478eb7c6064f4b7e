/**
 * The page a blocked editor gets instead of the edit form or after a refused save
 * (MediaWiki's "View source" page with the block notice), answered with 403.
 */
import type { Title } from '../../core/title.ts';
import type { BlockRecord } from '../../storage/community-store.ts';
import { html } from '../../server/html.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { activeBlock, blockPreventsEdit } from '../block-check.ts';
import { blockedNotice } from '../blocked-notice.ts';

export function blockedPage(rc: RequestContext, title: Title, block: BlockRecord): Response {
  const heading = `View source for ${title.prefixedText}`;
  return rc.page({
    htmlTitle: heading, heading, title, activeTab: 'edit',
    body: html`<p>You do not have permission to edit this page, for the following reason:</p>
${blockedNotice(rc.urls, block, rc.clientAddress())}`,
  }, 403);
}

/** The blocked page when a block stops this request's user editing the title, else null. */
export function blockedFromEditing(rc: RequestContext, title: Title): Response | null {
  const user = rc.user();
  const block = activeBlock(rc.wiki, { userId: user.id, user: user.name, rights: user.rights, address: rc.clientAddress() });
  return block && blockPreventsEdit(rc.wiki, block, title, user.name) ? blockedPage(rc, title, block) : null;
}
