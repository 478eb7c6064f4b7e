/**
 * The callbacks a Lua VM may make into the wiki (Scribunto's "PHP interface"), by library.
 * Each library's callbacks live in their own file under host/; this file joins them.
 */
import type { ScribuntoSession } from './scribunto-session.ts';
import { LimitExceededError } from '../core/limits.ts';
import { TIMEOUT_SENTINEL } from './lua-vm.ts';
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
  const callbacks: Record<string, Callback> = {
    ...frameCallbacks(session),
    ...titleCallbacks(session),
    ...siteCallbacks(session),
    ...textCallbacks(session),
    ...languageCallbacks(session),
    ...uriCallbacks(session),
  };
  for (const [name, callback] of Object.entries(callbacks)) callbacks[name] = guarded(name, callback, holder);
  return callbacks;
}

/**
 * A callback whose exceptions reach Lua as error messages (an Error object would arrive as
 * an opaque userdata) and are noted in the parse's diagnostics. A parse limit (the wall
 * clock, ...) instead unwinds Lua past every pcall and fails the parse from #invoke.
 */
function guarded(name: string, callback: Callback, holder: SessionHolder): Callback {
  return (...args: never[]) => {
    try {
      return callback(...args);
    } catch (err) {
      const session = holder.session?.deref();
      if (err instanceof LimitExceededError && session) {
        session.abortError = err;
        throw TIMEOUT_SENTINEL;
      }
      const message = err instanceof Error ? err.message : String(err);
      session?.ctx.output.addDiagnostic('scribunto-host-error', `${name}: ${message}`);
      throw message;
    }
  };
}
