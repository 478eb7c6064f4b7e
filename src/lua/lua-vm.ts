/**
 * One Lua virtual machine (wasmoon's Lua 5.4 in WebAssembly) with the limits a wiki page
 * gets: a CPU budget checked by an instruction-count hook, and a heap ceiling. The hook
 * compares the clock with a deadline; once it passes, the process CPU time decides, so a
 * busy machine (wall time running ahead of CPU time) does not stop a script early. The
 * WebAssembly module is loaded once per process (top-level await); VMs are then created
 * synchronously, as the parser needs.
 */
import { LuaEngine, LuaFactory, LUA_REGISTRYINDEX, LuaEventMasks, type LuaWasm } from 'wasmoon';

const luaWasm: LuaWasm = await new LuaFactory().getLuaModule();

/** Instructions between two deadline checks. */
const HOOK_INSTRUCTIONS = 2000;
/** The value a timed-out script raises; the sandbox's pcall lets it through. */
export const TIMEOUT_SENTINEL = '\x7fkagami-lua-timeout';

export class LuaTimeout extends Error {}

/** CPU time of this process in microseconds. */
export function cpuNow(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/** Milliseconds of CPU time since `start` (from cpuNow). */
export function cpuMs(start: number): number {
  return (cpuNow() - start) / 1000;
}
export class LuaMemoryError extends Error {}

export class LuaVM {
  private readonly engine: LuaEngine;
  private readonly hookPointer: number;
  /** Date.now() value past which the CPU time is checked; Infinity when idle. */
  private deadline = Infinity;
  /** Process CPU time (µs) when the outermost call started, and its budget (ms). */
  private cpuStart = 0;
  private budgetMs = 0;
  private timedOut = false;
  private closed = false;

  constructor(memoryBytes: number) {
    this.engine = new LuaEngine(luaWasm, { traceAllocations: true, enableProxy: false, injectObjects: false });
    const lua = luaWasm;
    this.hookPointer = lua.module.addFunction((L: number) => {
      if (Date.now() > this.deadline && !this.withinBudget()) {
        this.timedOut = true;
        lua.lua_pushstring(L, TIMEOUT_SENTINEL);
        lua.lua_error(L);
      }
    }, 'vii');
    lua.lua_sethook(this.engine.global.address, this.hookPointer, LuaEventMasks.Count, HOOK_INSTRUCTIONS);
    this.memoryMax = memoryBytes;
  }

  /** Whether CPU time is left; if so, the deadline moves to when it could run out. */
  private withinBudget(): boolean {
    const left = this.budgetMs - cpuMs(this.cpuStart);
    if (left <= 0) return false;
    this.deadline = Date.now() + left;
    return true;
  }

  set memoryMax(bytes: number) {
    this.engine.global.setMemoryMax(bytes);
  }

  get memoryUsed(): number {
    return this.engine.global.getMemoryUsed();
  }

  /** Sets a global to a JS value (functions become callable from Lua). */
  setGlobal(name: string, value: unknown): void {
    this.engine.global.set(name, value);
  }

  /** Runs a chunk of trusted source at set-up time and keeps its result in the registry. */
  loadChunk(source: string, chunkName: string): number {
    const g = this.engine.global;
    const lua = luaWasm;
    const top = g.getTop();
    g.loadString(source, chunkName);
    const status = lua.lua_pcallk(g.address, 0, 1, 0, 0, null);
    if (status !== 0) {
      const message = g.indexToString(-1);
      g.setTop(top);
      throw new Error(`Lua set-up failed in ${chunkName}: ${message}`);
    }
    return lua.luaL_ref(g.address, LUA_REGISTRYINDEX);
  }

  /**
   * Compiles a chunk without running it (Scribunto's validate step): null when it compiles,
   * else Lua's message, "chunkname:line: message" for syntax errors.
   */
  compile(source: string, chunkName: string): string | null {
    if (this.closed) throw new Error('Lua VM is closed');
    const g = this.engine.global;
    const top = g.getTop();
    try {
      g.loadString(source, chunkName);
      return null;
    } catch (err) {
      return (err as Error).message.split('\nstack traceback:')[0];
    } finally {
      g.setTop(top);
    }
  }

  /**
   * Calls `table[name](...args)` where table is a registry reference, with a CPU budget.
   * Returns the results; throws LuaTimeout, LuaMemoryError or Error for uncaught errors.
   */
  call(tableRef: number, name: string, args: unknown[], budgetMs: number): unknown[] {
    if (this.closed) throw new Error('Lua VM is closed');
    const g = this.engine.global;
    const lua = luaWasm;
    const top = g.getTop();
    const outer = this.deadline === Infinity;
    if (outer) {
      this.budgetMs = Math.max(0, budgetMs);
      this.cpuStart = cpuNow();
      this.deadline = Date.now() + this.budgetMs;
      this.timedOut = false;
    }
    try {
      lua.lua_rawgeti(g.address, LUA_REGISTRYINDEX, BigInt(tableRef));
      lua.lua_getfield(g.address, -1, name);
      lua.lua_rotate(g.address, -2, 1);
      g.pop(1);
      for (const arg of args) g.pushValue(arg);
      const status = lua.lua_pcallk(g.address, args.length, -1, 0, 0, null);
      if (status !== 0) {
        const message = status === 4 ? 'not enough memory' : g.indexToString(-1);
        if (this.timedOut || message.includes(TIMEOUT_SENTINEL)) throw new LuaTimeout('timeout');
        if (status === 4) throw new LuaMemoryError(message);
        throw new Error(message);
      }
      if (this.timedOut) throw new LuaTimeout('timeout');
      return g.getStackValues(top);
    } finally {
      g.setTop(top);
      if (outer) this.deadline = Infinity;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    luaWasm.lua_sethook(this.engine.global.address, null as unknown as number, 0, 0);
    luaWasm.module.removeFunction(this.hookPointer);
    this.engine.global.close();
  }
}
