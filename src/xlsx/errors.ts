/**
 * The input cannot be used at all (missing, not a workbook, corrupt, no indicator table).
 * Its message is one line of French naming the file: the command line prints it as is
 * on stderr and exits with code 1.
 */
export class UnusableInputError extends Error {
  override readonly name = "UnusableInputError";

  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, UnusableInputError.prototype);
  }
}

export function isUnusableInputError(error: unknown): error is UnusableInputError {
  return error instanceof UnusableInputError;
}
