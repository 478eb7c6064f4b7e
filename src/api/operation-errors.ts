/**
 * The wiki's operation errors as api.php errors: page operations throw OperationError,
 * PermissionError, ProtectedPageError, EditConflictError and InvalidTitleError with
 * MediaWiki's codes; this maps them onto the catalogue.
 */
import { EditConflictError } from '../storage/repository.ts';
import { OperationError } from '../wiki/operation-error.ts';
import { ProtectedPageError } from '../wiki/protection.ts';
import { InvalidTitleError } from '../wiki/save-page.ts';
import { PermissionError } from '../wiki/user-rights.ts';
import { ApiError, apiErrorCatalogue, type ApiErrorKey } from './errors.ts';

export function translateOperationError(e: unknown): ApiError | null {
  if (e instanceof EditConflictError) return new ApiError('editconflict');
  if (e instanceof ProtectedPageError) return new ApiError('protectedpage');
  if (e instanceof PermissionError) return new ApiError('permissiondenied', `use the "${e.right}" right`);
  if (e instanceof InvalidTitleError) return new ApiError('invalidtitle', e.input);
  if (e instanceof OperationError) {
    if (e.code === 'invalidtitle') return new ApiError('invalidtitle', e.message.replace(/^invalid title: "?|"$/g, ''));
    if (e.code in apiErrorCatalogue) return new ApiError(e.code as ApiErrorKey);
    return ApiError.withCode(e.code, e.message);
  }
  return null;
}
