/**
 * One edit's save-to-visible latency: the time from sending the save until a page view
 * (GET /wiki/TITLE, as a reader would load it) shows the new text.
 */
import type { EditClient } from './clients.ts';

export interface EditTiming {
  /** ms until the save request was answered. */
  saveMs: number;
  /** ms until a page view showed the edit. */
  visibleMs: number;
  /** Page views made until then. */
  polls: number;
}

export async function timeEdit(client: EditClient, pageUrl: string, base: string, marker: string, timeoutMs = 60_000): Promise<EditTiming> {
  const start = performance.now();
  await client.save(`${base}\n\n${marker}`);
  const saveMs = performance.now() - start;
  let polls = 0;
  while (performance.now() - start < timeoutMs) {
    polls++;
    const res = await fetch(pageUrl, { headers: { 'Cache-Control': 'no-cache' } });
    if ((await res.text()).includes(marker)) return { saveMs, visibleMs: performance.now() - start, polls };
  }
  throw new Error(`the edit ${marker} was not visible at ${pageUrl} after ${timeoutMs} ms`);
}
