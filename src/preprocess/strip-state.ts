/**
 * Strip state (MediaWiki's StripState): text protected from the later passes behind unique
 * markers, `\x7f'"`UNIQ-<name>-<hex>-QINU`"'\x7f`. "general" items (extension output, raw
 * HTML) come back at the end; "nowiki" items come back before link replacement so their
 * text stays inert but visible to the link holders.
 */

export const MARKER_PREFIX = "\x7f'\"`UNIQ-";
export const MARKER_SUFFIX = "-QINU`\"'\x7f";
const markerRegex = /\x7f'"`UNIQ-.*?-QINU`"'\x7f/g;
const maxUnstripDepth = 20;

export type StripType = 'general' | 'nowiki';

export class StripState {
  private readonly items: Record<StripType, Map<string, string>> = { general: new Map(), nowiki: new Map() };
  private markerIndex = 0;

  /** A fresh marker for an item named `name` (a tag name, 'item', ...). */
  newMarker(name: string): string {
    return `${MARKER_PREFIX}-${name}-${(this.markerIndex++).toString(16).toUpperCase().padStart(8, '0')}${MARKER_SUFFIX}`;
  }

  addGeneral(marker: string, value: string): void {
    this.items.general.set(marker, value);
  }

  addNoWiki(marker: string, value: string): void {
    this.items.nowiki.set(marker, value);
  }

  /** Protects `value` behind a new general marker and returns the marker. */
  insertGeneral(value: string, name = 'item'): string {
    const marker = this.newMarker(name);
    this.addGeneral(marker, value);
    return marker;
  }

  unstripGeneral(text: string): string {
    return this.unstripType('general', text);
  }

  unstripNoWiki(text: string): string {
    return this.unstripType('nowiki', text);
  }

  unstripBoth(text: string): string {
    return this.unstripType('nowiki', this.unstripType('general', text));
  }

  /** Removes every marker, keeping nothing of its item (StripState::killMarkers). */
  killMarkers(text: string): string {
    return text.replace(markerRegex, '');
  }

  private unstripType(type: StripType, text: string, depth = 0, seen = new Set<string>()): string {
    if (!text.includes(MARKER_PREFIX)) return text;
    const items = this.items[type];
    return text.replace(markerRegex, (marker) => {
      const value = items.get(marker);
      if (value === undefined) return marker;
      if (seen.has(marker) || depth >= maxUnstripDepth) {
        return '<span class="error">Parser error: unstrip recursion limit exceeded</span>';
      }
      seen.add(marker);
      const out = this.unstripType(type, value, depth + 1, seen);
      seen.delete(marker);
      return out;
    });
  }
}
