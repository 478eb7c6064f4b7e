/**
 * A warm pool of sandboxed VMs with the Scribunto library already loaded, so the first
 * #invoke of a parse does not pay for set-up. A VM serves one parse and is then closed
 * (modules may have changed shared state such as the string metatable); the pool refills
 * itself in the background.
 */
import { LuaVM, TIMEOUT_SENTINEL } from './lua-vm.ts';
import { luaSources } from './lua-sources.ts';
import { hostCallbacks, type SessionHolder } from './host-callbacks.ts';

export interface PooledVM {
  vm: LuaVM;
  /** Registry reference of the table of entry points (invoke, ...). */
  entry: number;
  holder: SessionHolder;
}

/** Memory the library itself may use before the page's limit applies. */
const SETUP_MEMORY = 256 * 1024 * 1024;

export function createPooledVM(): PooledVM {
  const vm = new LuaVM(SETUP_MEMORY);
  const holder: SessionHolder = { session: null };
  const sources = luaSources();
  vm.setGlobal('kagami_php', hostCallbacks(holder));
  vm.setGlobal('kagami_sources', sources);
  vm.setGlobal('kagami_timeout', TIMEOUT_SENTINEL);
  const entry = vm.loadChunk(sources.init, '=init');
  return { vm, entry, holder };
}

export class VMPool {
  private readonly idle: PooledVM[] = [];
  private refilling = false;

  constructor(readonly size = 2) {}

  /** A ready VM (created now if the pool is empty). */
  acquire(): PooledVM {
    const vm = this.idle.pop() ?? createPooledVM();
    this.scheduleRefill();
    return vm;
  }

  /** Closes a VM that has served its parse. */
  release(pooled: PooledVM): void {
    pooled.holder.session = null;
    pooled.vm.close();
  }

  /** Fills the pool now (e.g. at server start). */
  warm(): void {
    while (this.idle.length < this.size) this.idle.push(createPooledVM());
  }

  private scheduleRefill(): void {
    if (this.refilling || this.size === 0) return;
    this.refilling = true;
    setImmediate(() => {
      this.refilling = false;
      if (this.idle.length < this.size) {
        this.idle.push(createPooledVM());
        this.scheduleRefill();
      }
    });
  }
}

export const defaultPool = new VMPool();
