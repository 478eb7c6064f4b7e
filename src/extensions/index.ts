/**
 * The extensions a Kagami wiki runs by default, in registration order. Core tags and
 * functions use the same API as third-party extensions.
 */
import type { ExtensionDefinition } from './extension.ts';
import { coreExtension } from './core/index.ts';
import { citeExtension } from './cite/index.ts';
import { portableInfobox } from './portable-infobox/index.ts';
import { galleryExtension } from './gallery/index.ts';
import { poemExtension } from './poem/index.ts';
import { tabberExtension } from './tabber/index.ts';
import { syntaxHighlightExtension } from './syntaxhighlight/index.ts';
import { parserFunctions } from './parser-functions/index.ts';
import { variables } from './variables/index.ts';
import { scribuntoExtension } from './scribunto/index.ts';
import { mathExtension } from './math/index.ts';
import { categoryTreeExtension } from './category-tree/index.ts';
import { secureLinkFixerExtension } from './secure-link-fixer/index.ts';
import { pageDataExtension } from './page-data/index.ts';
import { spoilersExtension } from './spoilers/index.ts';

export const defaultExtensions: ExtensionDefinition[] = [coreExtension, citeExtension, galleryExtension, portableInfobox, poemExtension, tabberExtension, syntaxHighlightExtension, parserFunctions, variables, scribuntoExtension, mathExtension, categoryTreeExtension, secureLinkFixerExtension, spoilersExtension, pageDataExtension];
