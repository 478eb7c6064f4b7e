/** An error the CLI reports as one line (`kagami: reason`) with an exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** A usage error: exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(`${message} (see kagami --help)`, 2);
}
