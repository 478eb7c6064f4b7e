/**
 * MediaWiki's wfEscapeWikiText: makes text inert as wikitext by turning the characters that
 * could start markup into numeric character references (one strtr pass over "\n" + text,
 * so line-start rules apply to the first line too).
 */
const replacements: Record<string, string> = {
  '"': '&#34;', '&': '&#38;', "'": '&#39;', '<': '&#60;', '=': '&#61;', '>': '&#62;', '[': '&#91;',
  ']': '&#93;', '{': '&#123;', '|': '&#124;', '}': '&#125;', ';': '&#59;',
  '\n#': '\n&#35;', '\r#': '\r&#35;', '\n*': '\n&#42;', '\r*': '\r&#42;', '\n:': '\n&#58;',
  '\r:': '\r&#58;', '\n ': '\n&#32;', '\r ': '\r&#32;', '\n\n': '\n&#10;', '\r\n': '&#13;\n',
  '\n\r': '\n&#13;', '\r\r': '\r&#13;', '\n\t': '\n&#9;', '\r\t': '\r&#9;', '\n----': '\n&#45;---',
  '\r----': '\r&#45;---', '__': '_&#95;', '://': '&#58;//', '~~~': '~~&#126;',
};
for (const magic of ['ISBN', 'PMID', 'RFC']) {
  Object.assign(replacements, {
    [`${magic} `]: `${magic}&#32;`, [`${magic}\t`]: `${magic}&#9;`, [`${magic}\n`]: `${magic}&#10;`,
    [`${magic}\f`]: `${magic}&#12;`, [`${magic}\r`]: `${magic}&#13;`, [`${magic}\v`]: `${magic}&#11;`,
  });
}

const pattern = new RegExp(
  Object.keys(replacements)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'),
  'g',
);

/** PHP strtr with an array: at each position the longest key wins, in one pass. */
export function escapeWikiText(text: string): string {
  return `\n${text}`.replace(pattern, (m) => replacements[m]).slice(1);
}
