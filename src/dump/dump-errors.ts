/**
 * A page the importer refuses (unknown namespace, over-size text, text that does not match
 * its sha1): one line naming the page and the line of the dump it starts on.
 */
export class DumpPageError extends Error {
  constructor(readonly reason: string, readonly title: string, readonly line: number) {
    super(`page "${title}" at line ${line}: ${reason}`);
  }
}
