import { execFile } from "node:child_process";
import type { Identity } from "./inputs.js";

/** A git command that exited non-zero; `stderr` is what git said. */
export class GitError extends Error {
  override name = "GitError";
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(" ")} failed (exit ${exitCode}): ${stderr.trim() || "no message"}`);
  }
}

/** How to run one git command. */
export interface GitCall {
  /** Send the token for this command only (fetch, ls-remote, push). */
  auth?: boolean;
  /** Commit identity, passed as GIT_AUTHOR_* / GIT_COMMITTER_* for this command only. */
  author?: Identity;
  committer?: Identity;
  /** Text for git's standard input. */
  input?: string;
  /** Exit codes that are answers, not failures (`git diff --quiet` exits 1 for "differs"). */
  okExitCodes?: number[];
}

export interface GitResult {
  stdout: string;
  exitCode: number;
}

/**
 * Runs git in one repository. The token never reaches `.git/config` or the command line: for the commands
 * that talk to the remote it goes in `http.<server>/.extraheader` through git's GIT_CONFIG_COUNT
 * environment (command scope), after an empty value that drops any header actions/checkout persisted.
 * Only URLs under the server get the header, so other remotes (a `file://` path in tests) are untouched.
 */
export class Git {
  /** The environment of every command: the caller's, no prompts, literal pathspecs. */
  private readonly baseEnv: NodeJS.ProcessEnv;
  /** Added for the commands that talk to the remote. */
  private readonly authEnv: Record<string, string>;

  constructor(
    readonly dir: string,
    options: { token: string; serverUrl: string; env?: NodeJS.ProcessEnv },
  ) {
    this.baseEnv = { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: "0", GIT_LITERAL_PATHSPECS: "1" };
    this.authEnv = options.token ? authHeaderEnv(options.token, options.serverUrl, this.baseEnv) : {};
  }

  /** Run `git args...` and return its output; throws `GitError` unless the exit code is 0 or allowed. */
  run(args: string[], call: GitCall = {}): Promise<GitResult> {
    const env: NodeJS.ProcessEnv = { ...this.baseEnv, ...(call.auth ? this.authEnv : {}) };
    if (call.author) Object.assign(env, identityEnv("AUTHOR", call.author));
    if (call.committer) Object.assign(env, identityEnv("COMMITTER", call.committer));
    return new Promise((resolvePromise, reject) => {
      const child = execFile(
        "git",
        args,
        { cwd: this.dir, env, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
        (error, stdout, stderr) => {
          const exitCode = error ? (typeof error.code === "number" ? error.code : null) : 0;
          if (exitCode === 0 || (exitCode !== null && call.okExitCodes?.includes(exitCode))) {
            resolvePromise({ stdout, exitCode });
          } else {
            reject(new GitError(args, exitCode, stderr || error?.message || ""));
          }
        },
      );
      // git may exit without reading its input; that is not an error of the command.
      child.stdin?.on("error", () => undefined);
      child.stdin?.end(call.input ?? "");
    });
  }

  /** Trimmed standard output of `git args...`. */
  async output(args: string[], call: GitCall = {}): Promise<string> {
    return (await this.run(args, call)).stdout.trim();
  }
}

/** The `Authorization` header value git sends to the server for `token`. */
export function basicAuthValue(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
}

function authHeaderEnv(token: string, serverUrl: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const key = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
  const start = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
  return {
    GIT_CONFIG_COUNT: String(start + 2),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: "",
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: basicAuthValue(token),
  };
}

function identityEnv(role: "AUTHOR" | "COMMITTER", who: Identity): Record<string, string> {
  return { [`GIT_${role}_NAME`]: who.name, [`GIT_${role}_EMAIL`]: who.email };
}
