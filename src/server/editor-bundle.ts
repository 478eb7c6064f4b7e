/**
 * The source editor's script: src/editor bundled by esbuild into memory (nothing is written
 * to disk) and served at a URL holding the bundle's content hash, so browsers may cache it
 * forever. The build runs once per process: `warmEditorBundle` starts it in the background
 * when the server starts; the first edit page that needs it before then builds it at once.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build, buildSync, type BuildOptions, type OutputFile } from 'esbuild';

export interface EditorBundle {
  /** File name under the static path: editor.<hash>.js */
  file: string;
  code: Uint8Array;
}

const options: BuildOptions = {
  entryPoints: [join(import.meta.dirname, '..', 'editor', 'main.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',
  logLevel: 'silent',
};

let bundle: EditorBundle | null = null;
let warming: Promise<void> | null = null;

function fromOutput(files: OutputFile[] | undefined): EditorBundle {
  const code = files?.[0]?.contents;
  if (!code) throw new Error('esbuild produced no editor bundle');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  return { file: `editor.${hash}.js`, code };
}

/** Starts building the bundle in the background (at server start). */
export function warmEditorBundle(): Promise<void> {
  warming ??= build(options).then(
    (result) => {
      bundle ??= fromOutput(result.outputFiles);
    },
    (e) => console.error('The editor bundle could not be built:', e),
  );
  return warming;
}

/** The bundle, built now if the background build has not finished. */
export function editorBundle(): EditorBundle {
  bundle ??= fromOutput(buildSync(options).outputFiles);
  return bundle;
}

/** The script for /static/editor.<hash>.js; null for any other (outdated) hash. */
export function editorBundleFile(name: string): EditorBundle | null {
  const b = editorBundle();
  return name === b.file ? b : null;
}
