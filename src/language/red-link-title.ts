/**
 * The tooltip of a red link, MediaWiki's `red-link-title` message ("$1 (page does not exist)"),
 * in the content languages that have a translation here; English otherwise.
 */
const redLinkTitles: Record<string, string> = {
  en: '$1 (page does not exist)',
  ar: '$1 (الصفحة غير موجودة)',
  ca: '$1 (encara no existeix)',
  kaa: '$1 (bet ele jaratılmaǵan)',
  ln: '$1 (lonkásá  ezalí tɛ̂)',
};

/** The title attribute of a red link to the page named `pageName`. */
export function redLinkTitle(pageName: string, languageCode = 'en'): string {
  return (redLinkTitles[languageCode] ?? redLinkTitles.en).replace('$1', () => pageName);
}
