/**
 * A mistake the user can fix (a bad input, a missing permission, a detached HEAD). Its message is one
 * sentence saying what is wrong and how to fix it, and it is shown without a stack trace.
 */
export class UserError extends Error {
  override name = "UserError";
}

/**
 * Whether `error` is the user's to fix (ours, a config error, or a git command that failed with git's own
 * explanation) rather than a bug in mirrorize.
 */
export function isUserError(error: unknown): error is Error {
  return (
    error instanceof UserError ||
    (error instanceof Error && ["ConfigError", "GitError", "SelectionError"].includes(error.name))
  );
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
