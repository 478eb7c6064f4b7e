/**
 * The name an upload is stored under, as MediaWiki's UploadBase::getTitle makes it: only the
 * base name of what the browser sent, characters file names cannot hold ($wgIllegalFileChars
 * and those titles cannot hold) replaced by '-', then a title in the File namespace.
 */
import { NS_FILE } from '../core/namespace.ts';
import type { Title, TitleParser } from '../core/title.ts';
import { fileExtension } from './file-types.ts';
import { UploadError } from './upload-error.ts';

/** The longest file name in bytes (MediaWiki refuses longer ones). */
const maxNameBytes = 240;

export function uploadTitle(titles: TitleParser, requested: string): Title {
  const base = requested.replace(/^.*[/\\]/, '');
  const cleaned = base.replace(/[:/\\#<>[\]|{}\x00-\x1f\x7f]/g, '-').replace(/[\s_]+/g, ' ').trim();
  const title = cleaned === '' ? null : titles.makeTitle(NS_FILE, cleaned);
  if (!title || title.ns !== NS_FILE || title.isExternal || title.dbKey === '' || title.fragment) {
    throw new UploadError('illegal-filename', `"${requested}" cannot be used as a file name.`);
  }
  if (Buffer.byteLength(title.dbKey) > maxNameBytes) {
    throw new UploadError('filename-toolong', `The file name is too long: at most ${maxNameBytes} bytes.`);
  }
  if (fileExtension(title.dbKey) === '') {
    throw new UploadError('filetype-missing', 'The file name has no extension (such as ".png").');
  }
  return title;
}
