/** Expansion flags of Frame.expand (MediaWiki's PPFrame::NO_ARGS ...). */
export const NO_ARGS = 1;
export const NO_TEMPLATES = 2;
export const STRIP_COMMENTS = 4;
export const NO_IGNORE = 8;
export const RECOVER_COMMENTS = 16;
export const NO_TAGS = 32;
/** Recover the original wikitext (for msgnw and nowiki results). */
export const RECOVER_ORIG = NO_ARGS | NO_TEMPLATES | NO_IGNORE | RECOVER_COMMENTS | NO_TAGS;
