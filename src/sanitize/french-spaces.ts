/**
 * French spacing (Sanitizer::armorFrenchSpaces): a space before `? : ; ! % » ›` that is not
 * followed by a word character, and a space after `« ‹`, become a no-break space. MediaWiki
 * applies it to the text of the tidied HTML, outside raw-text elements.
 */
const beforePunctuation = / (?=[?:;!%»›](?![\p{L}\p{N}_]))/gu;
const afterGuillemet = /([«‹]) /gu;

export function armorFrenchSpaces(text: string, space = '&#160;'): string {
  if (!text.includes(' ')) return text;
  return text.replace(beforePunctuation, space).replace(afterGuillemet, (_m, g: string) => g + space);
}
