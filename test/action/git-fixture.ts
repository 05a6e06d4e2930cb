/**
 * Real git repositories for the action's tests: a working clone whose `origin` is a local bare
 * repository, and an HTTP git server (`git http-backend` behind node:http) that demands the token.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Environment that keeps this machine's git configuration out of the tests. */
export function isolatedGitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^(GIT_(AUTHOR|COMMITTER)_|GIT_DIR$|GIT_WORK_TREE$|GIT_INDEX_FILE$|GIT_CONFIG_(COUNT|KEY_|VALUE_))/.test(
        key,
      )
    ) {
      delete env[key];
    }
  }
  return { ...env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", ...extra };
}

export interface RepoFixture {
  /** Temporary directory holding everything (removed by `cleanup`). */
  root: string;
  /** The working clone (GITHUB_WORKSPACE). */
  work: string;
  /** The bare repository `origin` points at. */
  origin: string;
  /** Run git (fixture identity) in `cwd` (default: the working clone); returns trimmed stdout. */
  git(args: string[], cwd?: string): string;
  /** Write files in the working clone. */
  write(files: Record<string, string>): void;
  /** Commit `files` on `main` in a second clone and push them to origin (someone else's push). */
  pushFromElsewhere(files: Record<string, string>, message: string): string;
  cleanup(): void;
}

const FIXTURE_IDENTITY = {
  GIT_AUTHOR_NAME: "Fixture",
  GIT_AUTHOR_EMAIL: "fixture@example.com",
  GIT_COMMITTER_NAME: "Fixture",
  GIT_COMMITTER_EMAIL: "fixture@example.com",
};

/**
 * A bare `origin.git` with `main` holding `files`, and a working clone at `work` on `main` whose
 * `origin` is the `file://` URL of the bare repository.
 */
export function createRepo(files: Record<string, string>): RepoFixture {
  const root = mkdtempSync(join(tmpdir(), "mirrorize-action-"));
  const origin = join(root, "origin.git");
  const work = join(root, "work");
  const env = isolatedGitEnv(FIXTURE_IDENTITY);
  const git = (args: string[], cwd = work) =>
    execFileSync("git", args, { cwd, env, encoding: "utf8" }).trim();
  const write = (dir: string, content: Record<string, string>) => {
    for (const [file, text] of Object.entries(content)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
  };
  try {
    git(["init", "--quiet", "--bare", "--initial-branch=main", origin], root);
    git(["init", "--quiet", "--initial-branch=main", work], root);
    write(work, files);
    git(["add", "--all"]);
    git(["commit", "--quiet", "-m", "Initial manifests"]);
    git(["remote", "add", "origin", `file://${origin}`]);
    git(["push", "--quiet", "--set-upstream", "origin", "main"]);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    root,
    work,
    origin,
    git,
    write: (content) => write(work, content),
    pushFromElsewhere: (content, message) => {
      const other = join(root, `other-${Date.now()}-${Math.random().toString(36).slice(2)}`);
      git(["clone", "--quiet", `file://${origin}`, other], root);
      write(other, content);
      git(["add", "--all"], other);
      git(["commit", "--quiet", "-m", message], other);
      git(["push", "--quiet", "origin", "main"], other);
      return git(["rev-parse", "HEAD"], other);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface GitHttpServer {
  /** `http://127.0.0.1:PORT`; repositories are at `${url}/<name>.git`. */
  url: string;
  /** The Authorization header of every request (undefined when none was sent). */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

/**
 * Serve the bare repositories under `projectRoot` over smart HTTP with `git http-backend`; every request
 * must carry `Authorization: basic base64(x-access-token:<token>)`, else 401.
 */
export async function startGitHttpServer(projectRoot: string, token: string): Promise<GitHttpServer> {
  const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
  const authorizations: (string | undefined)[] = [];
  const server: Server = createServer((req, res) => {
    const auth = req.headers.authorization;
    authorizations.push(auth);
    if (auth?.toLowerCase() !== expected.toLowerCase()) {
      res.writeHead(401, { "www-authenticate": 'Basic realm="test"' });
      res.end("token required\n");
      return;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const backend = spawn("git", ["http-backend"], {
      env: {
        ...isolatedGitEnv(),
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: "1",
        REMOTE_USER: "x-access-token",
        REQUEST_METHOD: req.method ?? "GET",
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ""),
        CONTENT_TYPE: req.headers["content-type"] ?? "",
        HTTP_CONTENT_ENCODING: req.headers["content-encoding"] ?? "",
        GIT_PROTOCOL: String(req.headers["git-protocol"] ?? ""),
      },
    });
    req.pipe(backend.stdin);
    const chunks: Buffer[] = [];
    backend.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    backend.on("close", () => {
      const output = Buffer.concat(chunks);
      const split = output.indexOf("\r\n\r\n");
      const headerEnd = split >= 0 ? split : output.indexOf("\n\n");
      const headerText = output.subarray(0, headerEnd).toString("utf8");
      const body = output.subarray(headerEnd + (split >= 0 ? 4 : 2));
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of headerText.split(/\r?\n/)) {
        const colon = line.indexOf(":");
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    authorizations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Identity-free git in `cwd` for assertions. */
export function gitIn(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, env: isolatedGitEnv(), encoding: "utf8" }).trim();
}
