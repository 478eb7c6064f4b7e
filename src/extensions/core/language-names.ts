/**
 * Language autonyms for {{#language:}} (a selection of MediaWiki's Names.php).
 */
export const languageNames: Readonly<Record<string, string>> = {
  ar: 'العربية', bg: 'български', ca: 'català', cs: 'čeština', da: 'dansk', de: 'Deutsch',
  el: 'Ελληνικά', en: 'English', 'en-gb': 'British English', eo: 'Esperanto', es: 'español',
  et: 'eesti', fa: 'فارسی', fi: 'suomi', fr: 'français', he: 'עברית', hi: 'हिन्दी', hr: 'hrvatski',
  hu: 'magyar', id: 'Bahasa Indonesia', it: 'italiano', ja: '日本語', ko: '한국어', la: 'Latina',
  lt: 'lietuvių', lv: 'latviešu', ms: 'Bahasa Melayu', nl: 'Nederlands', nb: 'norsk bokmål',
  no: 'norsk', pl: 'polski', pt: 'português', 'pt-br': 'português do Brasil', ro: 'română',
  ru: 'русский', sk: 'slovenčina', sl: 'slovenščina', sr: 'српски / srpski', sv: 'svenska',
  th: 'ไทย', tr: 'Türkçe', uk: 'українська', vi: 'Tiếng Việt', zh: '中文', 'zh-hans': '中文（简体）',
  'zh-hant': '中文（繁體）', 'zh-tw': '中文（臺灣）', 'zh-cn': '中文（中国大陆）',
};
