/**
 * The community special pages by lower-case name, merged into the server's table
 * (server/routes/special.ts): Contributions, Block, Unblock, BlockList, Watchlist,
 * EditWatchlist, ChangePassword, with MediaWiki's aliases.
 */
import type { RequestContext } from '../../server/request-context.ts';
import { blockListPage } from './block-list.ts';
import { blockPage } from './block.ts';
import { changePasswordPage } from './change-password.ts';
import { contributionsPage } from './contributions.ts';
import { unblockPage } from './unblock.ts';
import { editWatchlistPage, watchlistPage } from './watchlist.ts';

export const communitySpecialPages: Record<string, (rc: RequestContext, subpage: string) => Response | Promise<Response>> = {
  contributions: contributionsPage,
  contribs: contributionsPage,
  block: blockPage,
  blockip: blockPage,
  unblock: unblockPage,
  blocklist: blockListPage,
  ipblocklist: blockListPage,
  watchlist: watchlistPage,
  editwatchlist: editWatchlistPage,
  changepassword: changePasswordPage,
  resetpass: changePasswordPage,
};
