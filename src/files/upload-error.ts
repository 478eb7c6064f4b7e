/**
 * A refused upload, with MediaWiki's message key as its code (the same codes api.php's
 * upload module reports) and a sentence for the person uploading.
 */
export type UploadErrorCode =
  | 'empty-file'
  | 'file-too-large'
  | 'filetype-missing'
  | 'filetype-banned'
  | 'filetype-mime-mismatch'
  | 'verification-error'
  | 'uploaded-script-svg'
  | 'illegal-filename'
  | 'filename-toolong'
  | 'fileexists-no-change'
  | 'uploaddisabled';

export class UploadError extends Error {
  constructor(readonly code: UploadErrorCode, message: string) {
    super(message);
  }
}
