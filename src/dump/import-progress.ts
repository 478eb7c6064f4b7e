/**
 * Import progress: on a terminal, one line redrawn in place (bar, pages, revisions, pages/s,
 * ETA from the bytes of the file read so far); otherwise a plain log line every few seconds.
 */
export interface ProgressSnapshot {
  pages: number;
  revisions: number;
  /** Pages handled in this run, imported or not (the rate counts these). */
  pagesRead: number;
  bytesRead: number | null;
  totalBytes: number | null;
}

export interface ProgressOutput {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class ImportProgress {
  private readonly started = Date.now();
  private lastShown: number;
  private shownOnTty = false;
  private logged = false;

  constructor(private readonly out: ProgressOutput, private readonly intervalMs = out.isTTY ? 200 : 5000) {
    this.lastShown = out.isTTY ? 0 : this.started;
  }

  update(s: ProgressSnapshot, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastShown < this.intervalMs) return;
    this.lastShown = now;
    if (this.out.isTTY) {
      this.out.write(`\r${this.ttyLine(s, now)}\x1b[K`);
      this.shownOnTty = true;
    } else {
      this.out.write(`${this.logLine(s, now)}\n`);
      this.logged = true;
    }
  }

  /** Ends the redrawn line so later output starts on its own line. */
  done(s: ProgressSnapshot): void {
    // A log that showed nothing (a short import) stays silent.
    if (this.out.isTTY || this.logged) this.update(s, true);
    if (this.shownOnTty) this.out.write('\n');
  }

  private figures(s: ProgressSnapshot, now: number): { rate: string; fraction: number | null; eta: string } {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = `${Math.round(s.pagesRead / seconds).toLocaleString('en')} pages/s`;
    if (s.bytesRead === null || !s.totalBytes) return { rate, fraction: null, eta: '' };
    const fraction = Math.min(s.bytesRead / s.totalBytes, 1);
    const eta = fraction > 0 ? formatDuration((seconds * (1 - fraction)) / fraction) : '?';
    return { rate, fraction, eta };
  }

  private ttyLine(s: ProgressSnapshot, now: number): string {
    const { rate, fraction, eta } = this.figures(s, now);
    const counts = `${s.pages.toLocaleString('en')} pages, ${s.revisions.toLocaleString('en')} revisions, ${rate}`;
    if (fraction === null) return counts;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    return `${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${counts}  ETA ${eta}`;
  }

  private logLine(s: ProgressSnapshot, now: number): string {
    const { rate, fraction, eta } = this.figures(s, now);
    const where = fraction === null ? '' : `, ${(fraction * 100).toFixed(1)}% of ${formatBytes(s.totalBytes!)}, ETA ${eta}`;
    return `import: ${s.pages} pages, ${s.revisions} revisions, ${rate}${where}`;
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

function formatBytes(n: number): string {
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(1)} GiB`;
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MiB`;
  return `${(n / 1024).toFixed(1)} KiB`;
}
