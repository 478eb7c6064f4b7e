/**
 * Names of languages in their own language (autonyms), for the variants the converter knows:
 * the N and D flags of -{ }- show them.
 */
export const languageAutonyms: Record<string, string> = {
  en: 'English',
  'en-x-piglatin': 'Igpay Atinlay',
  sr: 'српски / srpski',
  'sr-ec': 'српски (ћирилица)',
  'sr-el': 'srpski (latinica)',
  zh: '中文',
  'zh-hans': '中文（简体）',
  'zh-hant': '中文（繁體）',
  'zh-cn': '中文（中国大陆）',
  'zh-hk': '中文（香港）',
  'zh-mo': '中文（澳門）',
  'zh-my': '中文（马来西亚）',
  'zh-sg': '中文（新加坡）',
  'zh-tw': '中文（臺灣）',
};
