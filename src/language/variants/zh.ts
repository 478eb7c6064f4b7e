/**
 * Chinese: the original text (zh), simplified and traditional script (zh-hans, zh-hant) and
 * the regional variants. Manual rules may not convert to zh, and only one way to the two
 * scripts. The automatic tables here are a small sample (a few characters); a wiki's full
 * tables are data it supplies.
 */
import type { VariantLanguage } from '../variant-language.ts';

const toHans: Record<string, string> = { '愛': '爱', '類': '类' };
const toHant: Record<string, string> = { '爱': '愛', '类': '類' };

export const zh: VariantLanguage = {
  mainCode: 'zh',
  variants: ['zh', 'zh-hans', 'zh-hant', 'zh-cn', 'zh-hk', 'zh-mo', 'zh-my', 'zh-sg', 'zh-tw'],
  fallbacks: {
    zh: ['zh-hans', 'zh-hant', 'zh-cn', 'zh-tw', 'zh-hk', 'zh-sg', 'zh-mo', 'zh-my'],
    'zh-hans': ['zh-cn', 'zh-sg', 'zh-my'],
    'zh-hant': ['zh-tw', 'zh-hk', 'zh-mo'],
    'zh-cn': ['zh-hans', 'zh-sg', 'zh-my'],
    'zh-sg': ['zh-my', 'zh-hans', 'zh-cn'],
    'zh-my': ['zh-sg', 'zh-hans', 'zh-cn'],
    'zh-tw': ['zh-hant', 'zh-hk', 'zh-mo'],
    'zh-hk': ['zh-mo', 'zh-hant', 'zh-tw'],
    'zh-mo': ['zh-hk', 'zh-hant', 'zh-tw'],
  },
  manualLevel: { zh: 'disable', 'zh-hans': 'unidirectional', 'zh-hant': 'unidirectional' },
  tables: {
    'zh-hans': toHans,
    'zh-hant': toHant,
    'zh-cn': toHans,
    'zh-sg': toHans,
    'zh-my': toHans,
    'zh-tw': toHant,
    'zh-hk': toHant,
    'zh-mo': toHant,
  },
  variantNames: {
    zh: '原文',
    'zh-hans': '简体',
    'zh-hant': '繁體',
    'zh-cn': '大陆',
    'zh-tw': '臺灣',
    'zh-hk': '香港',
    'zh-mo': '澳門',
    'zh-sg': '新加坡',
    'zh-my': '大马',
  },
  descCodeSeparator: '：',
  descVarSeparator: '；',
};
