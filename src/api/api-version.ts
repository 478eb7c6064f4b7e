/**
 * What api.php says about itself. The generator string names the MediaWiki release whose
 * API this one follows: bot frameworks (pywikibot, mwn) read it to choose their requests.
 */
export const apiVersion = {
  generator: 'MediaWiki 1.39.0',
  engine: 'Kagami',
};

/** $wgLegalTitleChars as siteinfo reports it (a regex character class body). */
export const legalTitleChars = " %!\"$&'()*,\\-.\\/0-9:;=?@A-Z\\\\^_`a-z~\\x80-\\xFF+";
