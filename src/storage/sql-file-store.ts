/**
 * The FileStore in SQL both databases accept, over the stores' query runner
 * (sql/sql-connection.ts).
 */
import type { FileRecord, FileStore, MediaType, OldFileRecord } from './file-store.ts';
import type { SqlRunner } from './sql/sql-connection.ts';

interface FileRow {
  name: string;
  size: number;
  width: number;
  height: number;
  bits: number;
  media_type: string;
  major_mime: string;
  minor_mime: string;
  description: string;
  user_text: string;
  timestamp: string;
  sha1: string;
  description_rev: number | null;
  archive_name?: string;
}

const columns = ['name', 'size', 'width', 'height', 'bits', 'media_type', 'major_mime', 'minor_mime', 'description', 'user_text', 'timestamp', 'sha1', 'description_rev'];
const imageColumns = columns.map((c) => `img_${c} AS ${c}`).join(', ');
const oldColumns = `${columns.map((c) => `oi_${c} AS ${c}`).join(', ')}, oi_archive_name AS archive_name`;

function toRecord(row: FileRow): FileRecord {
  return {
    name: row.name,
    size: Number(row.size),
    width: Number(row.width),
    height: Number(row.height),
    bits: Number(row.bits),
    mime: `${row.major_mime}/${row.minor_mime}`,
    mediaType: row.media_type as MediaType,
    sha1: row.sha1,
    timestamp: row.timestamp,
    userName: row.user_text,
    comment: row.description,
    descriptionRevId: row.description_rev === null ? null : Number(row.description_rev),
  };
}

function toOld(row: FileRow): OldFileRecord {
  return { ...toRecord(row), archiveName: row.archive_name ?? '' };
}

function values(f: FileRecord): Array<string | number | null> {
  const slash = f.mime.indexOf('/');
  const major = slash < 0 ? f.mime : f.mime.slice(0, slash);
  const minor = slash < 0 ? 'unknown' : f.mime.slice(slash + 1);
  return [f.name, f.size, f.width, f.height, f.bits, f.mediaType, major, minor, f.comment, f.userName, f.timestamp, f.sha1, f.descriptionRevId];
}

const placeholders = columns.map(() => '?').join(', ');

export class SqlFileStore implements FileStore {
  constructor(private readonly db: SqlRunner) {}

  getFileRecord(name: string): FileRecord | null {
    const row = this.db.get<FileRow>(`SELECT ${imageColumns} FROM image WHERE img_name = ?`, name);
    return row ? toRecord(row) : null;
  }

  getFileRecords(names: string[]): Map<string, FileRecord> {
    const out = new Map<string, FileRecord>();
    const unique = [...new Set(names)];
    for (let i = 0; i < unique.length; i += 200) {
      const chunk = unique.slice(i, i + 200);
      const rows = this.db.all<FileRow>(`SELECT ${imageColumns} FROM image WHERE img_name IN (${chunk.map(() => '?').join(', ')})`, ...chunk);
      for (const row of rows) out.set(row.name, toRecord(row));
    }
    return out;
  }

  recordUpload(file: FileRecord, archiveName: string): OldFileRecord | null {
    return this.db.transaction(() => {
      const current = this.getFileRecord(file.name);
      let old: OldFileRecord | null = null;
      if (current) {
        old = { ...current, archiveName };
        this.db.run(
          `INSERT INTO oldimage (${columns.map((c) => `oi_${c}`).join(', ')}, oi_archive_name) VALUES (${placeholders}, ?)`,
          ...values(current), archiveName,
        );
        this.db.run('DELETE FROM image WHERE img_name = ?', file.name);
      }
      this.db.run(`INSERT INTO image (${columns.map((c) => `img_${c}`).join(', ')}) VALUES (${placeholders})`, ...values(file));
      return old;
    });
  }

  setFileDescriptionRev(name: string, revId: number): void {
    this.db.run('UPDATE image SET img_description_rev = ? WHERE img_name = ?', revId, name);
  }

  listOldFiles(name: string): OldFileRecord[] {
    return this.db.all<FileRow>(
      `SELECT ${oldColumns} FROM oldimage WHERE oi_name = ? ORDER BY oi_timestamp DESC, oi_archive_name DESC`, name,
    ).map(toOld);
  }

  listFiles(opts: { limit: number; before?: string }): FileRecord[] {
    const rows = opts.before === undefined
      ? this.db.all<FileRow>(`SELECT ${imageColumns} FROM image ORDER BY img_timestamp DESC, img_name LIMIT ?`, opts.limit)
      : this.db.all<FileRow>(
        `SELECT ${imageColumns} FROM image WHERE img_timestamp < ? ORDER BY img_timestamp DESC, img_name LIMIT ?`, opts.before, opts.limit,
      );
    return rows.map(toRecord);
  }

  findFilesBySha1(sha1: string): FileRecord[] {
    return this.db.all<FileRow>(`SELECT ${imageColumns} FROM image WHERE img_sha1 = ? ORDER BY img_name`, sha1).map(toRecord);
  }

  countFiles(): number {
    return Number(this.db.get<{ n: number }>('SELECT count(*) AS n FROM image')?.n ?? 0);
  }
}
