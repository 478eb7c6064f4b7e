/**
 * A page operation refused for a reason the user can fix, with MediaWiki's error code
 * (articleexists, selfmove, missingtitle, alreadyrolled, onlyauthor, undo-failure ...).
 */
export class OperationError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
