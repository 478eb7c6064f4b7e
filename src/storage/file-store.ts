/**
 * Uploaded files' records (MediaWiki's image and oldimage tables): the current version of
 * each file by name, and the versions it replaced. The bytes live on disk (src/files/); these
 * rows describe them.
 */

/** MediaWiki's media types (img_media_type). */
export type MediaType = 'BITMAP' | 'DRAWING' | 'AUDIO' | 'VIDEO' | 'MULTIMEDIA' | 'OFFICE' | 'TEXT' | 'UNKNOWN';

export interface FileRecord {
  /** File name, DB-key form, without the namespace. */
  name: string;
  /** Bytes. */
  size: number;
  width: number;
  height: number;
  /** Bits per channel, 0 when unknown or not an image. */
  bits: number;
  /** e.g. image/png */
  mime: string;
  mediaType: MediaType;
  /** SHA-1 of the bytes in base 36 (img_sha1). */
  sha1: string;
  /** ISO 8601 UTC. */
  timestamp: string;
  userName: string;
  /** The upload comment. */
  comment: string;
  /** The File: page revision the upload wrote, when there is one. */
  descriptionRevId: number | null;
}

export interface OldFileRecord extends FileRecord {
  /** Name of the stored copy under archive/: "20240101120000!Name.png". */
  archiveName: string;
}

export interface FileStore {
  getFileRecord(name: string): FileRecord | null;
  /** The current versions of these names that exist (one query for many). */
  getFileRecords(names: string[]): Map<string, FileRecord>;
  /**
   * Makes `file` the current version of its name. A current version it replaces becomes an
   * old version stored as `archiveName`; returns that old version, or null for a new file.
   */
  recordUpload(file: FileRecord, archiveName: string): OldFileRecord | null;
  /** Sets the description revision of the current version (written after the page revision). */
  setFileDescriptionRev(name: string, revId: number): void;
  /** Earlier versions of a file, newest first. */
  listOldFiles(name: string): OldFileRecord[];
  /** Current files, newest upload first (Special:ListFiles); `before` is a timestamp to page on. */
  listFiles(opts: { limit: number; before?: string }): FileRecord[];
  /** Current files with this content hash (duplicates). */
  findFilesBySha1(sha1: string): FileRecord[];
  countFiles(): number;
}
