/**
 * The effective SiteConfig of a wiki: its stored settings.json, plus what an imported dump's
 * siteinfo taught (namespaces the settings do not name; the site name when none is set).
 */
import { NamespaceInfo } from '../core/namespace.ts';
import { defaultSiteConfig, siteConfigFromSettings, type SiteConfig } from '../core/site-config.ts';

/** What is kept of a dump's <siteinfo> (meta key `siteinfo`). */
export interface StoredSiteInfo {
  sitename?: string;
  dbname?: string;
  base?: string;
  generator?: string;
  case?: string;
  namespaces: Array<{ id: number; name: string; case?: string }>;
}

export const siteInfoMetaKey = 'siteinfo';

export function buildSiteConfig(settings: Record<string, unknown>, siteinfo: StoredSiteInfo | null): SiteConfig {
  const merged: Record<string, unknown> = { ...settings };
  if (siteinfo && !('wgSitename' in settings) && siteinfo.sitename) {
    merged.wgSitename = siteinfo.sitename;
    const project = siteinfo.namespaces.find((ns) => ns.id === 4);
    if (project?.name && !('wgMetaNamespace' in settings)) merged.wgMetaNamespace = project.name.replace(/ /g, '_');
  }
  const config = siteConfigFromSettings(merged);
  if (siteinfo) {
    const builtin = new NamespaceInfo(defaultSiteConfig);
    const extras: Record<number, string> = {};
    for (const ns of siteinfo.namespaces) {
      if (!builtin.exists(ns.id) && ns.name) extras[ns.id] = ns.name;
    }
    config.wgExtraNamespaces = { ...extras, ...config.wgExtraNamespaces };
  }
  return config;
}
