/** Shared pieces of the action tests: webhook payloads, a recording ActionIO and an in-process runner. */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { octokitPullRequestApi } from "../../src/action/github-api.js";
import type { ActionIO, Annotation } from "../../src/action/io.js";
import { type RunStatus, run } from "../../src/action/run.js";
import type { ActionDeps } from "../../src/action/step.js";
import { fakeScan, fakeSettings } from "./fake-engine.js";
import { isolatedGitEnv, type RepoFixture } from "./git-fixture.js";

/** The repository of the example payloads of @octokit/webhooks-examples. */
export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const TOKEN = "ghs_TESTTOKEN0123456789abcdefABCDEF0000";

interface WebhookExamples {
  name: string;
  examples: Record<string, unknown>[];
}

/** A real webhook payload from @octokit/webhooks-examples (`event`, optionally with `action`). */
export function webhookPayload(event: string, action?: string): Record<string, unknown> {
  const all = createRequire(import.meta.url)("@octokit/webhooks-examples") as WebhookExamples[];
  const found = all
    .find((e) => e.name === event)
    ?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no example payload for ${event}${action ? `.${action}` : ""}`);
  return structuredClone(found);
}

/**
 * The `pull_request.opened` example turned into a pull request from a fork: the head repository is
 * another repository (its id and owner differ), as GitHub sends it for fork pull requests.
 */
export function forkPullRequestPayload(): Record<string, unknown> {
  const payload = webhookPayload("pull_request", "opened") as {
    pull_request: { head: { repo: Record<string, unknown>; label: string; user: Record<string, unknown> } };
  };
  const head = payload.pull_request.head;
  head.repo = {
    ...head.repo,
    id: 999_001,
    node_id: "R_fork",
    name: REPO,
    full_name: `contributor/${REPO}`,
    fork: true,
    owner: { ...(head.repo.owner as Record<string, unknown>), login: "contributor", id: 999_002 },
  };
  head.label = "contributor:changes";
  return payload as unknown as Record<string, unknown>;
}

export interface Recording {
  io: ActionIO;
  log: string[];
  annotations: { level: "error" | "warning" | "notice"; message: string; where?: Annotation }[];
  outputs: Record<string, string>;
  secrets: string[];
  summary: string;
  failed?: string;
}

/** An ActionIO that records everything and reads inputs from `inputs`. */
export function recordingIO(inputs: Record<string, string>): Recording {
  const rec: Recording = {
    log: [],
    annotations: [],
    outputs: {},
    secrets: [],
    summary: "",
    io: undefined as unknown as ActionIO,
  };
  rec.io = {
    getInput: (name) => (inputs[name] ?? "").trim(),
    info: (m) => rec.log.push(m),
    debug: (m) => rec.log.push(`::debug::${m}`),
    isDebug: () => false,
    notice: (message, where) => rec.annotations.push({ level: "notice", message, where }),
    warning: (message, where) => rec.annotations.push({ level: "warning", message, where }),
    error: (message, where) => rec.annotations.push({ level: "error", message, where }),
    startGroup: (name) => rec.log.push(`::group::${name}`),
    endGroup: () => rec.log.push("::endgroup::"),
    setSecret: (s) => rec.secrets.push(s),
    setOutput: (name, value) => {
      rec.outputs[name] = value;
    },
    setFailed: (m) => {
      rec.failed = m;
    },
    writeSummary: async (markdown) => {
      rec.summary += markdown;
    },
  };
  return rec;
}

export interface RunOptions {
  /** Event name and payload (default: the `push` example to refs/heads/master). */
  event?: { name: string; payload: Record<string, unknown> };
  apiUrl?: string;
  serverUrl?: string;
  scan?: ActionDeps["scan"];
  /** More environment variables (a step's `env:`). */
  env?: Record<string, string>;
}

/** The runner environment for a run in `fixture` (event payload written under its root). */
export function runnerEnv(fixture: RepoFixture, options: RunOptions = {}): NodeJS.ProcessEnv {
  const event = options.event ?? { name: "push", payload: webhookPayload("push") };
  const temp = join(fixture.root, "runner-temp");
  mkdirSync(temp, { recursive: true });
  const eventPath = join(fixture.root, "event.json");
  writeFileSync(eventPath, JSON.stringify(event.payload));
  return isolatedGitEnv({
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: fixture.work,
    RUNNER_TEMP: temp,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: fixture.git(["rev-parse", "HEAD"]),
    GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9",
    GITHUB_SERVER_URL: options.serverUrl ?? "https://github.com",
    ...options.env,
  });
}

/** Run the action in-process (fake engine, real git, real Octokit) and return what it said. */
export async function runInProcess(
  fixture: RepoFixture,
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<Recording & { status: RunStatus }> {
  const rec = recordingIO(inputs);
  const status = await run({
    io: rec.io,
    env: runnerEnv(fixture, options),
    cwd: fixture.work,
    scan: options.scan ?? fakeScan,
    loadSettings: async () => fakeSettings(),
    pullRequestApi: octokitPullRequestApi,
  });
  return { ...rec, status };
}

/** A Deployment with one container image. */
export function deployment(name: string, image: string): string {
  return [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    `  name: ${name}`,
    "spec:",
    "  template:",
    "    spec:",
    "      containers:",
    `        - name: ${name}`,
    `          image: ${image}`,
    "",
  ].join("\n");
}
