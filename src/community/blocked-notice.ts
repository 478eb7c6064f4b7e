/**
 * MediaWiki's "You are blocked" text (blockedtext, blockedtext-partial): who blocked, why,
 * when the block started and ends, whom it was meant for, and the block id.
 */
import type { BlockRecord } from '../storage/community-store.ts';
import { html, type SafeHtml } from '../server/html.ts';
import type { Urls } from '../server/urls.ts';
import { formatTimestamp } from '../server/views/format.ts';

export function blockExpiryText(expiry: string): string {
  return expiry === 'infinity' ? 'infinite' : formatTimestamp(expiry);
}

export function blockedNotice(urls: Urls, block: BlockRecord, address: string): SafeHtml {
  const lead = block.sitewide ? 'Your username or IP address has been blocked.' : 'Your username or IP address has been blocked from editing this page.';
  return html`<div class="permissions-errors mw-warning" id="mw-blocked-text" data-block-id="${block.id}">
<p><b>${lead}</b></p>
<p>The block was made by <a href="${urls.article(`User:${block.byName}`)}">${block.byName}</a>. The reason given is <i>${block.reason || 'no reason given'}</i>.</p>
<ul>
<li>Start of block: ${formatTimestamp(block.timestamp)}</li>
<li>Expiry of block: ${blockExpiryText(block.expiry)}</li>
<li>Intended blockee: ${block.address}</li>
</ul>
<p>You can contact ${block.byName} or another <a href="${urls.action('Special:ListUsers', { group: 'sysop' })}">administrator</a> to discuss the block.
Your current IP address is ${address}, and the block ID is #${block.id}. Please include all above details in any queries you make.</p>
</div>`;
}
