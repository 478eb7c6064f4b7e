/**
 * Helpers for dump tests: where the shared fixtures are, and small dumps written inline.
 */
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The repository root, and the shared test data beside it. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sharedDir = fileURLToPath(new URL('../shared/', new URL('../../', import.meta.url)));
export const putinpDump = `${sharedDir}fixtures/putinp-wiki/dump.xml`;

export function stringStream(text: string, chunkSize = 64): Readable {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  return Readable.from(chunks);
}

/** A writable that collects what is written. */
export function collector(): { stream: Writable; text: () => string } {
  const parts: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      parts.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

export function dumpXml(body: string, namespaces = ''): string {
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">
  <siteinfo>
    <sitename>Test Wiki</sitename>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="10" case="first-letter">Template</namespace>
      ${namespaces}
    </namespaces>
  </siteinfo>
${body}
</mediawiki>
`;
}
