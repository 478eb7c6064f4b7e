/**
 * The sample wiki a fresh data dir starts with: a few pages written for Kagami (a main
 * page, a help page on wiki syntax, a character page with an infobox, quotes, footnotes
 * and spoilers, the templates it uses and the story's progress points), saved as ordinary edits.
 */
import { readFileSync } from 'node:fs';
import type { Wiki } from '../wiki.ts';

export const samplePages: Array<{ title: string; file: string }> = [
  { title: 'Template:Infobox character', file: 'template-infobox-character.wiki' },
  { title: 'Template:Quote', file: 'template-quote.wiki' },
  { title: 'MediaWiki:Spoiler-progress', file: 'spoiler-progress.wiki' },
  { title: 'Mira Kagami', file: 'mira-kagami.wiki' },
  { title: 'Help:Wiki syntax', file: 'help-wiki-syntax.wiki' },
  { title: 'Category:Characters', file: 'category-characters.wiki' },
  { title: 'Main Page', file: 'main-page.wiki' },
];

const loadedKey = 'sample-wiki-loaded';

export function sampleText(file: string): string {
  return readFileSync(new URL(file, import.meta.url), 'utf8');
}

/** Saves the sample pages; returns how many were written. */
export function loadSampleWiki(wiki: Wiki, user = 'Kagami'): number {
  let written = 0;
  wiki.repo.transaction(() => {
    for (const { title, file } of samplePages) {
      const result = wiki.save({ title, text: sampleText(file), user, summary: 'Sample wiki' });
      if (!result.nullEdit) written++;
    }
    wiki.repo.setMeta(loadedKey, new Date().toISOString());
  });
  return written;
}

/** Loads the sample wiki into an empty wiki that never had it; true when it did. */
export function loadSampleIfEmpty(wiki: Wiki): boolean {
  if (wiki.repo.countPages() > 0 || wiki.repo.getMeta(loadedKey) !== null) return false;
  loadSampleWiki(wiki);
  return true;
}
