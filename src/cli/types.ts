/** What a command may do to the outside world; injected so commands are testable in-process. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Is stdout a terminal? */
  isTTY: boolean;
  /** Is stderr a terminal (progress is shown only there, and never in CI)? */
  stderrIsTTY?: boolean;
  /** Colour output (a TTY, and neither --no-color nor NO_COLOR). */
  color: boolean;
  /** Read all of standard input (the KRM function). */
  readStdin?: () => Promise<string>;
  env?: NodeJS.ProcessEnv;
}

export interface ParsedArgs {
  command: string;
  positionals: string[];
  flags: Record<string, string | boolean | string[]>;
}

/** A usage error: exit 2 with this one-sentence message. */
export class UsageError extends Error {
  override name = "UsageError";
}
