/**
 * The callbacks a Lua VM may make into the wiki (Scribunto's "PHP interface"), by library.
 * Each library's callbacks live in their own file under host/; this file joins them.
 */
import type { ScribuntoSession } from './scribunto-session.ts';
import { frameCallbacks } from './host/frame-callbacks.ts';
import { titleCallbacks } from './host/title-callbacks.ts';
import { siteCallbacks } from './host/site-callbacks.ts';
import { textCallbacks } from './host/text-callbacks.ts';
import { languageCallbacks } from './host/language-callbacks.ts';
import { uriCallbacks } from './host/uri-callbacks.ts';

/** Holds the session a pooled VM currently serves (callbacks read it at call time). */
export interface SessionHolder {
  /** Weak, so a parse that never released its VM can still be collected. */
  session: WeakRef<ScribuntoSession> | null;
}

export type Callback = (...args: never[]) => unknown;

export function hostCallbacks(holder: SessionHolder): Record<string, Callback> {
  const session = (): ScribuntoSession => {
    const current = holder.session?.deref();
    if (!current) throw new Error('Lua VM used outside a parse');
    return current;
  };
  return {
    ...frameCallbacks(session),
    ...titleCallbacks(session),
    ...siteCallbacks(session),
    ...textCallbacks(session),
    ...languageCallbacks(session),
    ...uriCallbacks(session),
  };
}
