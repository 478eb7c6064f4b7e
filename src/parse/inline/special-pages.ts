/**
 * Names of the special pages links treat as existing (blue), as data. Lower-cased DB keys;
 * a subpage (`Special:BookSources/123`) counts as its page.
 */
const names = [
  'AllPages', 'AllMessages', 'AncientPages', 'BlankPage', 'Block', 'BlockList', 'BookSources',
  'BrokenRedirects', 'Categories', 'ChangeContentModel', 'ChangeEmail', 'ChangePassword',
  'ComparePages', 'Contributions', 'CreateAccount', 'DeadendPages', 'DeletedContributions',
  'Diff', 'DoubleRedirects', 'EditPage', 'EditWatchlist', 'Emailuser', 'ExpandTemplates',
  'Export', 'FileDuplicateSearch', 'Filepath', 'Import', 'LinkSearch', 'ListFiles', 'ListRedirects',
  'ListUsers', 'Lockdb', 'Log', 'LonelyPages', 'LongPages', 'MediaStatistics', 'MergeHistory',
  'MIMESearch', 'MostCategories', 'MostLinked', 'MostLinkedCategories', 'MostLinkedTemplates',
  'MostRevisions', 'Movepage', 'MyContributions', 'Mypage', 'Mytalk', 'NewFiles', 'NewPages',
  'PageHistory', 'PageInfo', 'PageLanguage', 'PagesWithProp', 'PasswordReset', 'PermanentLink',
  'Preferences', 'PrefixIndex', 'ProtectedPages', 'ProtectedTitles', 'Random', 'RandomInCategory',
  'RandomRedirect', 'RandomRootpage', 'RecentChanges', 'RecentChangesLinked', 'Redirect',
  'RemoveCredentials', 'ResetTokens', 'Search', 'ShortPages', 'SpecialPages', 'Statistics',
  'Tags', 'TrackingCategories', 'Unblock', 'UncategorizedCategories', 'UncategorizedFiles',
  'UncategorizedPages', 'UncategorizedTemplates', 'Undelete', 'Unlockdb', 'UnusedCategories',
  'UnusedFiles', 'UnusedTemplates', 'UnwatchedPages', 'Upload', 'UploadStash', 'Userlogin',
  'Userlogout', 'Userrights', 'Version', 'WantedCategories', 'WantedFiles', 'WantedPages',
  'WantedTemplates', 'Watchlist', 'WhatLinksHere', 'Withoutinterwiki',
];
const known = new Set(names.map((n) => n.toLowerCase()));

/** Whether `Special:<dbKey>` names a special page. */
export function isKnownSpecialPage(dbKey: string): boolean {
  const slash = dbKey.indexOf('/');
  return known.has((slash < 0 ? dbKey : dbKey.slice(0, slash)).toLowerCase());
}
