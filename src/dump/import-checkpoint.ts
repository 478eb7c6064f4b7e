/**
 * The resume checkpoint of an import, kept in the meta table: how many pages of a dump file
 * are done. It is written in the same transaction as each batch of pages, so after an
 * interruption (Ctrl-C, kill -9, power loss) it names exactly the pages that were committed,
 * and the same command resumes after them. A dump is known by its size and the hash of its
 * first MiB, not by its path.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { WikiRepository } from '../storage/repository.ts';

export interface ImportCheckpoint {
  /** Pages of the dump (in file order) already handled. */
  pagesDone: number;
  /** Set once the whole dump was imported; a later run starts again from the top. */
  complete: boolean;
  updated: string;
}

const prefix = 'import-checkpoint:';

export function dumpIdentity(path: string): string {
  const size = statSync(path).size;
  const head = Buffer.alloc(Math.min(size, 1 << 20));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return `${size}-${createHash('sha1').update(head).digest('hex').slice(0, 20)}`;
}

export class CheckpointStore {
  private readonly key: string;

  constructor(private readonly repo: WikiRepository, identity: string) {
    this.key = prefix + identity;
  }

  /** Pages to skip: those of an unfinished earlier run of the same dump. */
  resumeFrom(): number {
    const stored = this.repo.getMeta(this.key);
    if (!stored) return 0;
    const checkpoint = JSON.parse(stored) as ImportCheckpoint;
    return checkpoint.complete ? 0 : checkpoint.pagesDone;
  }

  /** Call inside the batch's transaction. */
  save(pagesDone: number, complete = false): void {
    const value: ImportCheckpoint = { pagesDone, complete, updated: new Date().toISOString() };
    this.repo.setMeta(this.key, JSON.stringify(value));
  }
}
