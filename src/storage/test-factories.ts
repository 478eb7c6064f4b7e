/**
 * Small factories for repository tests: a revision with sensible defaults, overridable.
 */
import type { NewRevision } from './repository.ts';

let clock = Date.UTC(2024, 0, 1);

/** A distinct, increasing timestamp for each call. */
export function nextTimestamp(): string {
  clock += 60_000;
  return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function newRevision(overrides: Partial<NewRevision> = {}): NewRevision {
  return {
    namespace: 0,
    dbKey: 'Sample_page',
    text: 'Some text.',
    timestamp: nextTimestamp(),
    userName: 'Tester',
    userId: 1,
    comment: 'test edit',
    minor: false,
    ...overrides,
  };
}
