/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and lists where the time went: self time per
 * function, and inclusive time per source file (each file counted once per sample, so a
 * recursive parse does not count twice).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: ProfileEntry[];
  files: ProfileEntry[];
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*?\/(src|bench|test|node_modules)\//, '$1/');

export function summarizeProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const u = byId.get(at)!.callFrame.url;
      if (u && !seen.has(u)) {
        seen.add(u);
        files.set(shortUrl(u), (files.get(shortUrl(u)) ?? 0) + dt);
      }
    }
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { totalMs: total, self: list(self), files: list(files) };
}

export function formatProfile(s: ProfileSummary): string {
  const row = (e: ProfileEntry) => `| ${e.name} | ${e.ms.toFixed(0)} | ${(e.share * 100).toFixed(1)} % |`;
  return [
    `total sampled: ${s.totalMs.toFixed(0)} ms`,
    '',
    '| self time: function | ms | share |',
    '| --- | --: | --: |',
    ...s.self.map(row),
    '',
    '| inclusive time: file | ms | share |',
    '| --- | --: | --: |',
    ...s.files.map(row),
  ].join('\n');
}
