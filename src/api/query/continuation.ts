/**
 * Query continuation as MediaWiki 1.26+ does it (ApiContinuationManager): each module that
 * stopped early sets its own *continue parameters; `continue` says which generator
 * parameters to repeat ("-" once the generator is done) and, after "||", which modules have
 * finished and must not run again. `batchcomplete` is set once the current page set's
 * properties are complete.
 */
import type { ApiObject } from '../api-context.ts';
import { ApiError } from '../errors.ts';
import type { ApiParams } from '../params.ts';

export class ContinuationManager {
  /** Modules named in the incoming `continue` as finished. */
  private readonly skip = new Set<string>();
  private readonly generatorDone: boolean;
  /** The generator's parameters as given (repeated while prop modules continue). */
  private readonly generatorParams: Record<string, string> = {};
  private readonly continuation = new Map<string, Record<string, string>>();
  private readonly generatorContinuation: Record<string, string> = {};
  private readonly ran: string[] = [];

  constructor(params: ApiParams, private readonly propModules: Set<string>) {
    const raw = params.str('continue');
    let done = false;
    if (raw !== undefined && raw !== '') {
      const parts = raw.split('||');
      if (parts.length !== 2) throw new ApiError('badcontinue');
      done = parts[0] === '-';
      for (const m of parts[1].split('|')) if (m) this.skip.add(m);
      if (!done) {
        for (const name of parts[0].split('|')) {
          const v = name ? params.raw(name) : undefined;
          if (v !== undefined) this.generatorParams[name] = v;
        }
      } else {
        for (const m of propModules) this.skip.add(m);
      }
    }
    this.generatorDone = done;
  }

  get isGeneratorDone(): boolean {
    return this.generatorDone;
  }

  /** Whether a module is to run in this request (records it as run). */
  shouldRun(module: string): boolean {
    if (this.skip.has(module)) return false;
    this.ran.push(module);
    return true;
  }

  addContinue(module: string, name: string, value: string): void {
    const params = this.continuation.get(module) ?? {};
    params[name] = value;
    this.continuation.set(module, params);
  }

  addGeneratorContinue(name: string, value: string): void {
    this.generatorContinuation[name] = value;
  }

  /** The `continue` object (or null) and whether the batch is complete. */
  result(): { data: ApiObject | null; batchComplete: boolean } {
    const data: Record<string, string> = {};
    const finished = this.ran.filter((m) => !this.continuation.has(m));
    let generatorKeys: string;
    let batchComplete = false;
    const propContinues = [...this.continuation].filter(([m]) => this.propModules.has(m));
    for (const [m, kv] of this.continuation) if (!this.propModules.has(m)) Object.assign(data, kv);
    if (propContinues.length) {
      for (const [, kv] of propContinues) Object.assign(data, kv);
      Object.assign(data, this.generatorParams);
      generatorKeys = Object.keys(this.generatorParams).join('|');
    } else if (Object.keys(this.generatorContinuation).length) {
      Object.assign(data, this.generatorContinuation);
      generatorKeys = Object.keys(this.generatorContinuation).join('|');
      for (const m of this.propModules) {
        const i = finished.indexOf(m);
        if (i >= 0) finished.splice(i, 1);
      }
      batchComplete = true;
    } else {
      generatorKeys = '-';
      batchComplete = true;
    }
    if (Object.keys(data).length || generatorKeys !== '-') {
      data.continue = `${generatorKeys}||${finished.join('|')}`;
      return { data, batchComplete };
    }
    return { data: null, batchComplete };
  }
}
