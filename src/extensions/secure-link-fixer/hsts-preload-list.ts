/**
 * The HSTS preload list as SecureLinkFixer keeps it: a PHP file returning
 * `[ 'domain' => 1|0, ... ]`, 1 when the domain's subdomains are preloaded too. The list is
 * third-party data and is read where the system has it installed, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';

export class HstsPreloadList {
  constructor(private readonly domains: ReadonlyMap<string, boolean>) {}

  /** Reads the list from a domains.php file; null when there is no such file. */
  static fromFile(path: string): HstsPreloadList | null {
    if (!existsSync(path)) return null;
    return HstsPreloadList.fromPhp(readFileSync(path, 'utf8'));
  }

  static fromPhp(source: string): HstsPreloadList {
    const domains = new Map<string, boolean>();
    for (const m of source.matchAll(/^\s*'([^'\\]+)'\s*=>\s*([01])\s*,/gm)) domains.set(m[1], m[2] === '1');
    return new HstsPreloadList(domains);
  }

  get size(): number {
    return this.domains.size;
  }

  /**
   * HSTSPreloadLookup::isPreloaded: the host itself is listed, or the nearest listed parent
   * domain covers its subdomains.
   */
  isPreloaded(host: string): boolean {
    if (this.domains.has(host)) return true;
    let offset = host.indexOf('.');
    while (offset !== -1) {
      const parent = host.slice(offset + 1);
      const includeSubdomains = this.domains.get(parent);
      if (includeSubdomains !== undefined) return includeSubdomains;
      offset = host.indexOf('.', offset + 1);
    }
    return false;
  }
}
