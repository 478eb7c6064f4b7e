/**
 * Opening a dump file for streaming: plain XML, gzip (node:zlib), bzip2 (Debian's `bzip2`
 * binary through a pipe), xz (`xz`) and 7z (p7zip's `7z` / `7za`). The compression is found
 * from the file's first bytes, not its name. Progress is measured in bytes of the file read.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export type DumpCompression = 'none' | 'gzip' | 'bzip2' | 'xz' | '7z';

export interface DumpInput {
  /** The decompressed XML. */
  stream: Readable;
  compression: DumpCompression;
  /** Size of the file on disk. */
  size: number;
  /** Bytes of the file read so far (null when the decompressor reads the file itself, as 7z does). */
  bytesRead(): number | null;
}

/** A decompressor that is not installed, or failed: one line naming the package to install. */
export class DumpInputError extends Error {}

const magic: Array<[DumpCompression, number[]]> = [
  ['gzip', [0x1f, 0x8b]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
];

export function detectCompression(path: string): DumpCompression {
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  for (const [kind, bytes] of magic) {
    if (n >= bytes.length && bytes.every((b, i) => head[i] === b)) return kind;
  }
  return 'none';
}

export function openDumpInput(path: string): DumpInput {
  const size = statSync(path).size;
  const compression = detectCompression(path);
  if (compression === '7z') {
    const binary = findBinary(['7z', '7za', '7zr']);
    if (!binary) throw new DumpInputError(`${path} is a 7z archive: install p7zip (apt-get install p7zip-full) so that 7z or 7za is available`);
    return { stream: fromChild(binary, ['x', '-so', path], null), compression, size, bytesRead: () => null };
  }
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      done(null, chunk);
    },
  });
  const file = pipeWithErrors(createReadStream(path, { highWaterMark: 1 << 18 }), counter);
  const bytesRead = () => read;
  if (compression === 'none') return { stream: file, compression, size, bytesRead };
  if (compression === 'gzip') return { stream: pipeWithErrors(file, createGunzip()), compression, size, bytesRead };
  const binary = compression === 'bzip2' ? 'bzip2' : 'xz';
  if (!findBinary([binary])) throw new DumpInputError(`${path} is ${compression}-compressed: install ${binary} (apt-get install ${binary === 'xz' ? 'xz-utils' : 'bzip2'})`);
  return { stream: fromChild(binary, ['-dc'], file), compression, size, bytesRead };
}

function findBinary(names: string[]): string | null {
  for (const name of names) {
    const probe = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (probe.status === 0 && probe.stdout.trim()) return name;
  }
  return null;
}

/** Source piped into a transform; an error on either side ends the output with that error. */
function pipeWithErrors(source: Readable, transform: NodeJS.ReadWriteStream & Readable): Readable {
  source.on('error', (err) => transform.destroy(err));
  source.pipe(transform);
  return transform;
}

/** The stdout of a decompressing child process; a failure exit becomes a stream error. */
function fromChild(binary: string, args: string[], input: Readable | null): Readable {
  const child = spawn(binary, args, { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  if (input) {
    input.on('error', (err) => out.destroy(err));
    child.stdin!.on('error', () => { /* the child exited early; its exit status says why */ });
    input.pipe(child.stdin!);
  }
  child.stdout!.pipe(out, { end: false });
  let exited: number | null | undefined;
  let drained = false;
  const finish = () => {
    if (exited === undefined || !drained) return;
    if (exited === 0) out.end();
    else out.destroy(new DumpInputError(`${binary} failed (exit ${exited}): ${stderr.trim().split('\n')[0] || 'no message'}`));
  };
  child.stdout!.on('end', () => { drained = true; finish(); });
  child.on('close', (code) => { exited = code; finish(); });
  child.on('error', (err) => out.destroy(new DumpInputError(`cannot run ${binary}: ${err.message}`)));
  out.on('close', () => { if (exited === undefined) child.kill(); });
  return out;
}
