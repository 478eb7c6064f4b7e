/**
 * A streaming reader of MediaWiki XML exports (saxes): feed it text chunks, it calls back
 * with the siteinfo and with each page once the page is complete (all its revisions). A page
 * cut short by malformed or truncated XML is never delivered.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DumpFormatError, type DumpPage, type DumpRevision, type DumpSiteInfo } from './dump-types.ts';

export interface DumpReaderHandlers {
  siteInfo(info: DumpSiteInfo): void;
  page(page: DumpPage): void;
}

const leafElements = new Set([
  'sitename', 'dbname', 'base', 'generator', 'case', 'namespace',
  'title', 'ns', 'id', 'parentid', 'timestamp', 'username', 'ip', 'comment', 'model', 'format', 'text', 'sha1',
]);

export class DumpReader {
  private readonly sax = new SaxesParser({ position: true });
  private readonly path: string[] = [];
  private buffer: string | null = null;
  private attrs: Record<string, string> = {};
  private siteInfo: DumpSiteInfo | null = null;
  private page: DumpPage | null = null;
  private revision: DumpRevision | null = null;
  private sawRoot = false;

  constructor(private readonly handlers: DumpReaderHandlers) {
    this.sax.on('error', (err) => {
      throw new DumpFormatError(err.message.replace(/^\d+:\d+: /, ''), this.sax.line, this.sax.column, this.pageContext());
    });
    this.sax.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.sax.on('closetag', (tag) => this.close(tag.name));
    this.sax.on('text', (text) => { if (this.buffer !== null) this.buffer += text; });
    this.sax.on('cdata', (text) => { if (this.buffer !== null) this.buffer += text; });
  }

  write(chunk: string): void {
    this.sax.write(chunk);
  }

  /** Ends the input; a dump cut short is reported here. */
  end(): void {
    this.sax.close();
    if (!this.sawRoot) throw new DumpFormatError('no <mediawiki> root element', this.sax.line, this.sax.column);
  }

  private fail(reason: string): never {
    throw new DumpFormatError(reason, this.sax.line, this.sax.column, this.pageContext());
  }

  private pageContext(): { title: string; line: number } | undefined {
    return this.page ? { title: this.page.title, line: this.page.line } : undefined;
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    const parent = this.path[this.path.length - 1];
    this.path.push(name);
    if (this.path.length === 1) {
      if (name !== 'mediawiki') this.fail(`expected <mediawiki> as the root element, found <${name}>`);
      this.sawRoot = true;
      return;
    }
    if (name === 'siteinfo' && parent === 'mediawiki') this.siteInfo = { namespaces: [] };
    else if (name === 'page' && parent === 'mediawiki') this.page = { title: '', revisions: [], line: this.sax.line };
    else if (name === 'revision' && parent === 'page' && this.page) this.revision = emptyRevision(this.sax.line);
    else if (name === 'redirect' && parent === 'page' && this.page) this.page.redirect = tag.attributes.title ?? '';
    else if (name === 'minor' && parent === 'revision' && this.revision) this.revision.minor = true;
    else if (name === 'contributor' && this.revision && tag.attributes.deleted !== undefined) this.revision.contributor.deleted = true;
    if (leafElements.has(name)) {
      this.buffer = '';
      this.attrs = tag.attributes as Record<string, string>;
    }
  }

  private close(name: string): void {
    this.path.pop();
    const parent = this.path[this.path.length - 1];
    const value = this.buffer;
    if (leafElements.has(name)) this.buffer = null;
    if (value !== null && leafElements.has(name)) this.leaf(name, parent, value);
    if (name === 'siteinfo' && this.siteInfo && parent === 'mediawiki') {
      this.handlers.siteInfo(this.siteInfo);
      this.siteInfo = null;
    } else if (name === 'revision' && this.page && this.revision && parent === 'page') {
      if (!this.revision.timestamp) this.fail(`revision without <timestamp> in page "${this.page.title}"`);
      this.page.revisions.push(this.revision);
      this.revision = null;
    } else if (name === 'page' && this.page && parent === 'mediawiki') {
      if (!this.page.title) this.fail('page without <title>');
      this.handlers.page(this.page);
      this.page = null;
    }
  }

  private leaf(name: string, parent: string | undefined, value: string): void {
    const attrs = this.attrs;
    if (this.siteInfo && parent === 'siteinfo') {
      if (name === 'sitename' || name === 'dbname' || name === 'base' || name === 'generator' || name === 'case') {
        this.siteInfo[name] = value;
      }
      return;
    }
    if (this.siteInfo && name === 'namespace' && parent === 'namespaces') {
      const id = Number(attrs.key);
      if (!Number.isInteger(id)) this.fail(`namespace without a numeric key: ${JSON.stringify(attrs.key)}`);
      this.siteInfo.namespaces.push({ id, name: value, case: attrs.case });
      return;
    }
    const rev = this.revision;
    if (rev && parent === 'contributor') {
      if (name === 'username') rev.contributor.username = value;
      else if (name === 'ip') rev.contributor.ip = value;
      else if (name === 'id') rev.contributor.id = this.integer(value, 'contributor id');
      return;
    }
    if (rev && parent === 'revision') {
      switch (name) {
        case 'id': rev.id = this.integer(value, 'revision id'); break;
        case 'parentid': rev.parentId = this.integer(value, 'parent id'); break;
        case 'timestamp': rev.timestamp = value.trim(); break;
        case 'comment': rev.comment = value; rev.commentDeleted = attrs.deleted !== undefined; break;
        case 'model': rev.model = value.trim(); break;
        case 'format': rev.format = value.trim(); break;
        case 'sha1': if (value.trim()) rev.sha1 ??= value.trim(); break;
        case 'text':
          rev.text = value;
          rev.textDeleted = attrs.deleted !== undefined;
          if (attrs.bytes !== undefined && /^\d+$/.test(attrs.bytes)) rev.textBytes = Number(attrs.bytes);
          if (attrs.sha1) rev.sha1 = attrs.sha1;
          break;
      }
      return;
    }
    if (this.page && parent === 'page') {
      if (name === 'title') this.page.title = value;
      else if (name === 'ns') this.page.ns = this.integer(value, 'namespace');
      else if (name === 'id') this.page.id = this.integer(value, 'page id');
    }
  }

  private integer(value: string, what: string): number {
    const n = Number(value.trim());
    if (!Number.isSafeInteger(n)) this.fail(`${what} is not an integer: ${JSON.stringify(value)}`);
    return n;
  }
}

function emptyRevision(line: number): DumpRevision {
  return {
    timestamp: '', contributor: { deleted: false }, minor: false, comment: '', commentDeleted: false,
    text: '', textDeleted: false, line,
  };
}
