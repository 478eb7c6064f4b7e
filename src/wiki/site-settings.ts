/**
 * The site settings of a wiki: `settings.json` in its data dir (MediaWiki's names). Given
 * once with `--settings`, they are copied there and reused by later opens.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const settingsFileName = 'settings.json';

export function readSettingsFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read settings file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`settings file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`settings file ${file} must hold a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** The settings kept in the data dir ({} when there are none yet). */
export function loadStoredSettings(dataDir: string): Record<string, unknown> {
  const file = join(dataDir, settingsFileName);
  return existsSync(file) ? readSettingsFile(file) : {};
}

export function storeSettings(dataDir: string, settings: Record<string, unknown>): void {
  writeFileSync(join(dataDir, settingsFileName), `${JSON.stringify(settings, null, 1)}\n`);
}
