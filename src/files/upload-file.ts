/**
 * Uploading a file (MediaWiki's UploadBase + LocalFile::upload): the name made a File: title,
 * the content checked (size limit, allowed extension, bytes matching the extension, no
 * scripts in SVG, a readable image), then in one transaction the image row (the version it
 * replaces moved to oldimage), the File: page revision (the description page when new, a null
 * revision carrying the comment when the page exists), the upload log entry, and the jobs
 * that re-render pages showing the file. The bytes are written to a temporary file first and
 * moved into place last, inside the transaction, so a failure leaves neither rows nor files.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Title } from '../core/title.ts';
import { queueJobs } from '../jobs/job-queue.ts';
import type { FileRecord, OldFileRecord } from '../storage/file-store.ts';
import type { PageRecord, RevisionRecord } from '../storage/repository.ts';
import { checkRestriction } from '../wiki/protection.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import { requireRight } from '../wiki/user-rights.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { detectMime } from './detect-mime.ts';
import { readFileMetadata } from './file-metadata.ts';
import { uploadTitle } from './file-name.ts';
import { archiveName, FilePaths } from './file-paths.ts';
import { fileExtension, fileTypeOf, type FileType } from './file-types.ts';
import { svgScriptProblem } from './svg-scripts.ts';
import { UploadError } from './upload-error.ts';

export interface UploadInput {
  /** The wanted file name (a path is cut to its last part). */
  name: string;
  bytes: Buffer;
  /** Upload comment; also the text of a new description page unless `pageText` is given. */
  comment?: string;
  /** Text of the File: page when the upload creates it. */
  pageText?: string;
  user?: string;
  /** The uploader's account id (0 or absent for anonymous uploads). */
  userId?: number;
  /** The request's address (blocks of addresses apply). */
  address?: string;
  /** The uploader's rights; when given, upload rights and page protection are enforced. */
  rights?: string[];
  timestamp?: string;
}

export interface UploadResult {
  title: Title;
  file: FileRecord;
  /** The version this upload replaced, or null for a new file. */
  previous: OldFileRecord | null;
  page: PageRecord;
  revision: RevisionRecord;
}

/** SHA-1 of the bytes in base 36, padded to 31 characters (img_sha1). */
export function fileSha1(bytes: Buffer): string {
  return BigInt(`0x${createHash('sha1').update(bytes).digest('hex')}`).toString(36).padStart(31, '0');
}

/** Checks the content against its name and the wiki's settings; the file's type when acceptable. */
export function verifyUpload(wiki: Wiki, name: string, bytes: Buffer): FileType {
  const config = wiki.config;
  const extension = fileExtension(name);
  const type = fileTypeOf(name);
  if (!type || !config.wgFileExtensions.map((e) => e.toLowerCase()).includes(extension)) {
    throw new UploadError('filetype-banned', `".${extension}" is not a permitted file type. Permitted: ${config.wgFileExtensions.join(', ')}.`);
  }
  if (bytes.length === 0) throw new UploadError('empty-file', 'The file you submitted was empty.');
  if (bytes.length > config.wgMaxUploadSize) {
    throw new UploadError('file-too-large', `The file is ${bytes.length} bytes; the largest allowed is ${config.wgMaxUploadSize} bytes.`);
  }
  const sniffed = detectMime(bytes);
  if (!sniffed) throw new UploadError('verification-error', `The file's content is not a recognised ${type.mime} file.`);
  if (!type.accepts.includes(sniffed)) {
    throw new UploadError('filetype-mime-mismatch', `The extension ".${extension}" does not match the file's content (${sniffed}).`);
  }
  if (type.mime === 'image/svg+xml') {
    const problem = svgScriptProblem(bytes.toString('utf8'));
    if (problem) throw new UploadError('uploaded-script-svg', `The SVG file contains ${problem}, which is not allowed for security reasons.`);
  }
  return type;
}

export async function uploadFile(wiki: Wiki, input: UploadInput): Promise<UploadResult> {
  if (!wiki.config.wgEnableUploads) throw new UploadError('uploaddisabled', 'Uploads are disabled on this wiki.');
  const actor = { rights: input.rights };
  requireRight(actor, 'upload');
  const title = uploadTitle(wiki.titles, input.name);
  const name = title.dbKey;
  const type = verifyUpload(wiki, name, input.bytes);
  let metadata;
  try {
    metadata = await readFileMetadata(input.bytes, type);
  } catch (e) {
    throw new UploadError('verification-error', `The file could not be read as ${type.mime}: ${(e as Error).message}`);
  }
  const sha1 = fileSha1(input.bytes);
  const timestamp = input.timestamp ?? isoTimestamp();
  const user = input.user ?? '127.0.0.1';
  const comment = input.comment ?? '';
  const paths = new FilePaths(wiki.dataDir);
  mkdirSync(paths.temp(), { recursive: true });
  const temp = join(paths.temp(), `${randomBytes(8).toString('hex')}.${fileExtension(name)}`);
  writeFileSync(temp, input.bytes);
  let renderedPageId: number | null = null;
  try {
    return wiki.repo.transaction(() => {
      const current = wiki.repo.getFileRecord(name);
      if (current) {
        requireRight(actor, 'reupload');
        if (current.sha1 === sha1) throw new UploadError('fileexists-no-change', 'The upload is an exact duplicate of the current version of this file.');
      }
      const existingPage = wiki.repo.getPage(title.ns, title.dbKey);
      checkRestriction(wiki, existingPage?.pageId, 'edit', actor);
      const file: FileRecord = {
        name, size: input.bytes.length, ...metadata, mime: type.mime, mediaType: type.mediaType,
        sha1, timestamp, userName: user, comment, descriptionRevId: null,
      };
      const previous = wiki.repo.recordUpload(file, archiveName(timestamp, name));
      const saved = existingPage
        ? nullRevision(wiki, existingPage, title, comment, user, timestamp, input.userId ?? 0)
        : wiki.save({ title, text: input.pageText ?? comment, summary: comment, user, userId: input.userId, address: input.address, timestamp, rights: input.rights });
      renderedPageId = saved.page.pageId;
      wiki.repo.setFileDescriptionRev(name, saved.revision.revId);
      file.descriptionRevId = saved.revision.revId;
      wiki.repo.addLogEntry({
        type: 'upload', action: previous ? 'overwrite' : 'upload', timestamp, userName: user, userId: input.userId ?? 0,
        namespace: title.ns, dbKey: title.dbKey, pageId: saved.page.pageId, comment,
        params: { img_sha1: sha1, img_timestamp: timestamp },
      });
      queueJobs(wiki, [{ cmd: 'htmlCacheUpdate', namespace: title.ns, dbKey: title.dbKey, params: { recursive: true, table: 'imagelinks', cause: 'upload' } }]);
      publish(paths, name, temp, previous);
      return { title, file, previous, page: saved.page, revision: saved.revision };
    });
  } catch (e) {
    // The rolled-back revision's id will be used again: its rendering must not be served.
    if (renderedPageId !== null) wiki.parserCache.invalidatePage(renderedPageId);
    throw e;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** A revision of the File: page with its current text and the upload comment (MediaWiki's null revision). */
function nullRevision(wiki: Wiki, page: PageRecord, title: Title, comment: string, user: string, timestamp: string, userId: number) {
  const latest = wiki.repo.getLatestRevision(page.pageId);
  return wiki.repo.saveRevision({
    namespace: title.ns, dbKey: title.dbKey, text: latest?.text ?? '', timestamp, userName: user, userId: userId || null, comment,
    minor: false, model: latest?.model, isRedirect: page.isRedirect, recordChange: false,
  });
}

/** Moves the replaced version to the archive and the new bytes into place; undoes the first step if the second fails. */
function publish(paths: FilePaths, name: string, temp: string, previous: OldFileRecord | null): void {
  const target = paths.original(name);
  mkdirSync(dirname(target), { recursive: true });
  let archived: string | null = null;
  if (previous && existsSync(target)) {
    archived = paths.archived(name, previous.archiveName);
    mkdirSync(dirname(archived), { recursive: true });
    renameSync(target, archived);
  }
  try {
    renameSync(temp, target);
  } catch (e) {
    if (archived) renameSync(archived, target);
    throw e;
  }
  rmSync(paths.thumbFolder(name), { recursive: true, force: true });
}
