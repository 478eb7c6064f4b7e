/**
 * Scribunto's state for one parse: one VM (from the warm pool, so modules are compiled once
 * and mw.loadData is cached for the whole parse), the frames Lua code may refer to by id,
 * and the CPU time used so far against the page's limit (process CPU time, as Scribunto
 * counts CPU seconds rather than wall time).
 */
import type { ParseContext } from '../parse/parse-context.ts';
import type { Frame } from '../preprocess/frame.ts';
import { defaultPool, type PooledVM, type VMPool } from './vm-pool.ts';
import { cpuMs, cpuNow, LuaMemoryError, LuaTimeout } from './lua-vm.ts';
import type { ScriptErrorInfo } from './script-error.ts';

const STATE_KEY = 'scribunto.session';

/** Closes the VM of a parse that ended without releasing it (an exception mid-parse). */
const finalizer = new FinalizationRegistry<{ pool: VMPool; pooled: PooledVM }>(({ pool, pooled }) => pool.release(pooled));

export type InvokeResult = { ok: true; text: string } | { ok: false; error: ScriptErrorInfo };

export class ScribuntoSession {
  private pooled: PooledVM | null = null;
  private readonly frames = new Map<number, Frame>();
  private nextFrameId = 1;
  private cpuUsedMs = 0;
  /** The frame of the #invoke running now (for mw.getCurrentFrame outside a function call). */
  currentFrameId = 0;
  /**
   * A parse limit hit inside a host callback: Lua is unwound (as by a timeout, past pcall)
   * and the error is thrown on from invoke, so the parse fails as it would without Lua.
   */
  abortError: Error | null = null;
  readonly cpuLimitMs: number;
  readonly memoryLimit: number;

  constructor(
    readonly ctx: ParseContext,
    private readonly pool: VMPool = defaultPool,
  ) {
    const conf = ctx.config.wgScribuntoEngineConf?.luastandalone ?? {};
    this.cpuLimitMs = Math.min(conf.cpuLimit ?? Infinity, ctx.limits.luaCpuSeconds) * 1000;
    this.memoryLimit = Math.min(conf.memoryLimit ?? Infinity, ctx.limits.luaMemoryBytes);
  }

  static of(ctx: ParseContext): ScribuntoSession {
    return ctx.getState(STATE_KEY, () => new ScribuntoSession(ctx));
  }

  /** The session of a parse, if #invoke was used. */
  static existing(ctx: ParseContext): ScribuntoSession | undefined {
    return ctx.state.get(STATE_KEY) as ScribuntoSession | undefined;
  }

  registerFrame(frame: Frame): number {
    const id = this.nextFrameId++;
    this.frames.set(id, frame);
    return id;
  }

  frame(id: number): Frame {
    const frame = this.frames.get(id);
    if (!frame) throw new Error(`invalid frame id ${id}`);
    return frame;
  }

  private vm(): PooledVM {
    if (!this.pooled) {
      const pooled = this.pool.acquire();
      pooled.holder.session = new WeakRef(this);
      pooled.vm.memoryMax = pooled.vm.memoryUsed + this.memoryLimit;
      this.pooled = pooled;
      finalizer.register(this, { pool: this.pool, pooled }, this);
    }
    return this.pooled;
  }

  /** Runs `moduleName`'s function `functionName` with the given frame and its parent. */
  invoke(moduleName: string, functionName: string, frame: Frame, parent: Frame | null): InvokeResult {
    if (this.cpuUsedMs >= this.cpuLimitMs) return { ok: false, error: { kind: 'timeout' } };
    const frameId = this.registerFrame(frame);
    const parentId = parent ? this.registerFrame(parent) : undefined;
    const pooled = this.vm();
    const outerFrame = this.currentFrameId;
    this.currentFrameId = frameId;
    const outermost = outerFrame === 0;
    const start = outermost ? cpuNow() : 0;
    try {
      const [ok, result] = pooled.vm.call(pooled.entry, 'invoke', [moduleName, functionName, frameId, parentId], this.cpuLimitMs - this.cpuUsedMs);
      if (this.abortError) throw this.abortError;
      if (ok) return { ok: true, text: String(result ?? '') };
      return { ok: false, error: result as ScriptErrorInfo };
    } catch (err) {
      if (this.abortError) throw this.abortError;
      if (err instanceof LuaTimeout) {
        this.cpuUsedMs = this.cpuLimitMs;
        return { ok: false, error: { kind: 'timeout' } };
      }
      if (err instanceof LuaMemoryError) return { ok: false, error: { kind: 'oom' } };
      return { ok: false, error: { kind: 'lua', message: (err as Error).message } };
    } finally {
      this.currentFrameId = outerFrame;
      if (outermost) this.cpuUsedMs += cpuMs(start);
    }
  }

  /** Gives the VM back (closed) at the end of the parse. */
  release(): void {
    if (!this.pooled) return;
    finalizer.unregister(this);
    this.pool.release(this.pooled);
    this.pooled = null;
  }
}
