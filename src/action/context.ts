import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { UserError } from "./errors.js";

/** The parts of a webhook payload the action reads. */
interface EventPayload {
  repository?: { id?: number; full_name?: string; default_branch?: string };
  pull_request?: {
    number?: number;
    head?: { ref?: string; repo?: { id?: number; full_name?: string } | null };
    base?: { ref?: string; sha?: string; repo?: { id?: number; full_name?: string } };
  };
}

/** What the runner tells the action through its environment. */
export interface RunnerContext {
  /** The checked-out repository (GITHUB_WORKSPACE, else the current directory). */
  workspace: string;
  /** A directory for files that outlive the step but not the job (RUNNER_TEMP, else the system temp dir). */
  runnerTemp: string;
  serverUrl: string;
  apiUrl: string;
  /** `owner/name` (GITHUB_REPOSITORY); undefined outside a runner. */
  repository?: { owner: string; repo: string };
  eventName: string;
  /** The commit the workflow runs on (GITHUB_SHA). */
  sha?: string;
  /** Set when the event is a pull request whose head lives in another repository (a fork). */
  forkPullRequest?: { number: number; headRepository: string };
  /** The pull request's base branch, when the event is a pull request. */
  pullRequestBase?: string;
  /** The commit the pull request's base branch pointed at when the event fired. */
  pullRequestBaseSha?: string;
}

/** Read the runner's environment and the event payload (GITHUB_EVENT_PATH). */
export function readRunnerContext(env: NodeJS.ProcessEnv, cwd: string): RunnerContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return {
    workspace: resolve(env.GITHUB_WORKSPACE || cwd),
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    repository: owner && repo ? { owner, repo } : undefined,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    sha: env.GITHUB_SHA || undefined,
    forkPullRequest: forkOf(payload),
    pullRequestBase: payload.pull_request?.base?.ref,
    pullRequestBaseSha: /^[0-9a-f]{40,64}$/.test(payload.pull_request?.base?.sha ?? "")
      ? payload.pull_request?.base?.sha
      : undefined,
  };
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as EventPayload;
  } catch (error) {
    throw new UserError(
      `Cannot read the event payload '${path}' (GITHUB_EVENT_PATH): ${(error as Error).message}.`,
    );
  }
}

/**
 * A pull request from a fork: its head repository differs from the base repository. Compared by id as
 * actions/checkout does (names can be reused); a deleted head repository (`null`) counts as a fork.
 */
function forkOf(payload: EventPayload): RunnerContext["forkPullRequest"] {
  const pr = payload.pull_request;
  if (!pr?.head) return undefined;
  const head = pr.head.repo;
  const baseId = payload.repository?.id ?? pr.base?.repo?.id;
  if (head && head.id !== undefined && head.id === baseId) return undefined;
  return { number: pr.number ?? 0, headRepository: head?.full_name ?? "(deleted repository)" };
}
