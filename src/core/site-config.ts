/**
 * Site settings under MediaWiki's own names, as found in the `settings.json` files a
 * community brings from its MediaWiki (wgSitename, wgServer, wgArticlePath, ...).
 * Everything the parser and the server need to know about "this wiki" lives here.
 */
export interface InterwikiEntry {
  prefix: string;
  url: string;
  local: boolean;
  trans: boolean;
}

export interface ExtraNamespace {
  id: number;
  name: string;
}

export interface SiteConfig {
  wgSitename: string;
  wgMetaNamespace: string;
  wgServer: string;
  wgScriptPath: string;
  wgArticlePath: string;
  wgLanguageCode: string;
  wgEnableUploads: boolean;
  wgPFEnableStringFunctions: boolean;
  /** Extra namespaces: id → canonical name (MediaWiki's $wgExtraNamespaces). */
  wgExtraNamespaces: Record<number, string>;
  /** Namespace aliases: alias → id (MediaWiki's $wgNamespaceAliases). */
  wgNamespaceAliases: Record<string, number>;
  wgAllowDisplayTitle: boolean;
  wgRestrictDisplayTitle: boolean;
  /** English has the Pig Latin test variant (en-x-piglatin). */
  wgUsePigLatinVariant: boolean;
  /** Lua engine settings, as in $wgScribuntoEngineConf. */
  wgScribuntoEngineConf: { luastandalone?: { memoryLimit?: number; cpuLimit?: number } };
  interwiki: InterwikiEntry[];
  /** Interwiki prefixes that point back at this wiki ($wgLocalInterwikis). */
  wgLocalInterwikis: string[];
  /** Prefixes that become language links besides language codes ($wgExtraInterlanguageLinkPrefixes). */
  wgExtraInterlanguageLinkPrefixes: string[];
  /** Heading anchor encodings, primary first: 'html5' and/or 'legacy' ($wgFragmentMode). */
  wgFragmentMode: Array<'html5' | 'legacy'>;
  /** Deepest heading level shown in the TOC ($wgMaxTocLevel). */
  wgMaxTocLevel: number;
  /** Default thumbnail width in pixels (the user's thumbsize from $wgThumbLimits). */
  thumbSize: number;
  /** Base URL of uploaded files ($wgUploadPath). */
  wgUploadPath: string;
  /** Largest upload accepted, in bytes ($wgMaxUploadSize). */
  wgMaxUploadSize: number;
  /** File extensions uploads may have, lower case ($wgFileExtensions). */
  wgFileExtensions: string[];
  /** Widest rasterisation of an SVG file, in pixels ($wgSVGMaxSize). */
  wgSVGMaxSize: number;
  wgAllowExternalImages: boolean;
  /** Which magic links are on ($wgEnableMagicLinks). */
  wgEnableMagicLinks: { ISBN: boolean; PMID: boolean; RFC: boolean };
  /** Allow <html> raw HTML ($wgRawHtml); never on for a public wiki. */
  wgRawHtml: boolean;
  wgNoFollowLinks: boolean;
  wgNoFollowDomainExceptions: string[];
  /** target= for external links ($wgExternalLinkTarget), false for none. */
  wgExternalLinkTarget: string | false;
  /** Namespaces whose pages cannot be transcluded. */
  wgNonincludableNamespaces: number[];
  /** Cite: wrap reference lists in div.mw-references-wrap ($wgCiteResponsiveReferences). */
  wgCiteResponsiveReferences: boolean;
  /** Cite: allow <ref extends="…"> ($wgCiteBookReferencing, off in MediaWiki 1.39). */
  wgCiteBookReferencing: boolean;
  /** Changes to MediaWiki's group rights, merged right by right ($wgGroupPermissions; defaults in src/users/group-permissions.ts). */
  wgGroupPermissions: Record<string, Record<string, boolean>>;
  /** Groups a group's members may add / remove ($wgAddGroups, $wgRemoveGroups); `true` for all. */
  wgAddGroups: Record<string, string[] | true>;
  wgRemoveGroups: Record<string, string[] | true>;
  /** Allow "Name@bot" app passwords ($wgEnableBotPasswords). */
  wgEnableBotPasswords: boolean;
  /** Link the site's styles, MediaWiki:Common.css and MediaWiki:Kagami.css, in every page ($wgUseSiteCss). */
  wgUseSiteCss: boolean;
  /** Run the site's script, MediaWiki:Common.js, in every page ($wgUseSiteJs; off by default, see docs/content-models.md). */
  wgUseSiteJs: boolean;
  /** Story progress points for spoiler control, in order ("Part 1", "Part 2" ...); MediaWiki:Spoiler-progress overrides (docs/spoilers.md). */
  wgSpoilerProgress: string[];
  /** The progress a reader without a choice starts at ('' shows everything). */
  wgSpoilerDefaultProgress: string;
  /** Files as MediaWiki 1.39's legacy media HTML (div.thumb, a.image) when true, else as its newer figure/span markup. */
  wgParserEnableLegacyMediaDOM: boolean;
  /** Fixed parser clock (ISO 8601), for reproducible {{CURRENT...}} and #time. */
  fakeTime?: string;
}

export const defaultSiteConfig: SiteConfig = {
  wgSitename: 'Kagami',
  wgMetaNamespace: 'Kagami',
  wgServer: 'http://localhost:8080',
  wgScriptPath: '',
  wgArticlePath: '/wiki/$1',
  wgLanguageCode: 'en',
  wgEnableUploads: true,
  wgPFEnableStringFunctions: true,
  wgExtraNamespaces: {},
  wgNamespaceAliases: {},
  wgAllowDisplayTitle: true,
  wgRestrictDisplayTitle: true,
  wgUsePigLatinVariant: false,
  wgScribuntoEngineConf: { luastandalone: { memoryLimit: 50 * 1024 * 1024, cpuLimit: 7 } },
  interwiki: [],
  wgLocalInterwikis: [],
  wgExtraInterlanguageLinkPrefixes: [],
  wgFragmentMode: ['html5', 'legacy'],
  wgMaxTocLevel: 999,
  thumbSize: 300,
  wgUploadPath: '/images',
  wgMaxUploadSize: 100 * 1024 * 1024,
  wgFileExtensions: ['png', 'gif', 'jpg', 'jpeg', 'webp', 'svg', 'ogg', 'ogv', 'oga', 'mp3', 'pdf'],
  wgSVGMaxSize: 5120,
  wgAllowExternalImages: false,
  wgEnableMagicLinks: { ISBN: false, PMID: false, RFC: false },
  wgRawHtml: false,
  wgNoFollowLinks: true,
  wgNoFollowDomainExceptions: [],
  wgExternalLinkTarget: false,
  wgNonincludableNamespaces: [],
  wgCiteResponsiveReferences: true,
  wgCiteBookReferencing: false,
  wgGroupPermissions: {},
  wgAddGroups: {},
  wgRemoveGroups: {},
  wgEnableBotPasswords: true,
  wgUseSiteCss: true,
  wgUseSiteJs: false,
  wgSpoilerProgress: [],
  wgSpoilerDefaultProgress: '',
  wgParserEnableLegacyMediaDOM: true,
};

/**
 * Builds a full SiteConfig from a settings object (a parsed settings.json); unknown keys are
 * ignored, missing ones take the defaults. wgMetaNamespace defaults to the site name, as in
 * MediaWiki.
 */
export function siteConfigFromSettings(settings: Record<string, unknown>): SiteConfig {
  const merged = { ...defaultSiteConfig } as SiteConfig & Record<string, unknown>;
  for (const [key, value] of Object.entries(settings)) {
    if (key in defaultSiteConfig || key === 'fakeTime') merged[key] = value;
  }
  if (!('wgMetaNamespace' in settings)) {
    merged.wgMetaNamespace = merged.wgSitename.replace(/ /g, '_');
  }
  merged.wgExtraNamespaces = normalizeExtraNamespaces(settings.wgExtraNamespaces);
  return merged;
}

function normalizeExtraNamespaces(value: unknown): Record<number, string> {
  const out: Record<number, string> = {};
  if (Array.isArray(value)) {
    for (const ns of value as ExtraNamespace[]) out[ns.id] = ns.name;
  } else if (value && typeof value === 'object') {
    for (const [id, name] of Object.entries(value as Record<string, string>)) out[Number(id)] = name;
  }
  return out;
}
