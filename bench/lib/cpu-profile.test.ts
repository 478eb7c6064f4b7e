import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeProfile } from './cpu-profile.ts';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

test('self time per function and inclusive time per file, a recursive file counted once per sample', () => {
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2] },
      { id: 2, callFrame: frame('parse', 'file:///x/src/parse/parser.ts'), children: [3, 4] },
      { id: 3, callFrame: frame('parse', 'file:///x/src/parse/parser.ts'), children: [] },
      { id: 4, callFrame: frame('tidy', 'file:///x/src/transform/tidy.ts'), children: [] },
    ],
    samples: [3, 3, 4, 2],
    timeDeltas: [1000, 1000, 2000, 4000],
  };
  const s = summarizeProfile(profile);
  assert.equal(s.totalMs, 8);
  assert.deepEqual(
    s.self.map((e) => [e.name, e.ms]),
    [['parse src/parse/parser.ts:1', 6], ['tidy src/transform/tidy.ts:1', 2]],
  );
  assert.deepEqual(
    s.files.map((e) => [e.name, e.ms]),
    [['src/parse/parser.ts', 8], ['src/transform/tidy.ts', 2]],
  );
});
