/**
 * Runs the BUILT Action (dist/action.js) and CLI (dist/cli.js) the way a GitHub runner does, and reads
 * their output the way the runner does: which workflow commands it would execute, what a reader of
 * the log would see. Used by the test/security suite.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { RepoFixture } from "../action/git-fixture.js";
import { runnerEnv, webhookPayload } from "../action/harness.js";
import { repoRoot } from "../helpers/shared.js";

export const actionBundle = resolve(repoRoot, process.env.MIRRORIZE_ACTION_BUNDLE ?? "dist/action.js");
export const cliBundle = resolve(repoRoot, process.env.MIRRORIZE_CLI ?? "dist/cli.js");

/** Fake secrets of the runner's environment: none may appear in anything a run prints or writes. */
export const SECRETS = {
  INPUT_TOKEN: "ghs_FAKEinputTOKENdoNotLeak0123456789ab",
  ACTIONS_RUNTIME_TOKEN: "rt_FAKEruntimeTOKENdoNotLeak0123456789",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "idt_FAKEidTOKENdoNotLeak0123456789",
  MIRRORIZE_REGISTRY_PASSWORD: "pw_FAKEregistryPASSWORDdoNotLeak",
} as const;

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** True when the guard had to kill the run (a hang, e.g. on a FIFO). */
  timedOut: boolean;
  /** GITHUB_OUTPUT as written (Action runs). */
  outputFile: string;
  /** GITHUB_STEP_SUMMARY as written (Action runs). */
  summary: string;
}

/** Spawn `args` in its own process group; kill the group after `guardMs` (not a timing assertion). */
function spawnGuarded(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  stdin: string | undefined,
  guardMs: number,
): Promise<Omit<Run, "outputFile" | "summary">> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env,
      stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (b: Buffer) => out.push(b));
    child.stderr!.on("data", (b: Buffer) => err.push(b));
    let timedOut = false;
    const guard = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, guardMs);
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(guard);
      done({
        exitCode: code ?? -1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        timedOut,
      });
    });
    if (stdin !== undefined) {
      child.stdin?.on("error", () => {});
      child.stdin?.end(stdin);
    }
  });
}

let runs = 0;

/** The built Action in `fixture` on a fork's pull request, with `inputs` as INPUT_* and the fake secrets. */
export async function runAction(
  fixture: RepoFixture,
  inputs: Record<string, string>,
  guardMs = 60_000,
): Promise<Run> {
  runs++;
  const outputPath = join(fixture.root, `output-${runs}.txt`);
  const summaryPath = join(fixture.root, `summary-${runs}.md`);
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const payload = webhookPayload("pull_request", "opened");
  const env: NodeJS.ProcessEnv = {
    ...runnerEnv(fixture, { event: { name: "pull_request", payload } }),
    ...SECRETS,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_DEBUG: "",
    ACTIONS_STEP_DEBUG: "",
  };
  for (const key of Object.keys(env)) if (key.startsWith("INPUT_") && key !== "INPUT_TOKEN") delete env[key];
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = await spawnGuarded([actionBundle], fixture.work, env, undefined, guardMs);
  return { ...run, outputFile: readFileSync(outputPath, "utf8"), summary: readFileSync(summaryPath, "utf8") };
}

/** The built CLI with `args` in `cwd`, with the fake secrets in its environment (and GITHUB_ACTIONS set). */
export async function runCli(
  args: string[],
  cwd: string,
  options: { stdin?: string; guardMs?: number } = {},
): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...SECRETS, NO_COLOR: "1", GITHUB_ACTIONS: "true" };
  const run = await spawnGuarded([cliBundle, ...args], cwd, env, options.stdin, options.guardMs ?? 60_000);
  return { ...run, outputFile: "", summary: "" };
}

/** One workflow command as the runner parses it. */
export interface RunnerCommand {
  name: string;
  properties: string;
  data: string;
  line: string;
}

/**
 * The workflow commands the runner would execute for `stdout`: it reads lines ending at `\n`, `\r\n`
 * or a bare `\r`; a line is a command when, after leading blanks, it starts with `::name` and holds a
 * second `::`, or holds a legacy `##[name]` anywhere (registered names only; any name counts here).
 */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (line.startsWith("::")) {
      const end = line.indexOf("::", 2);
      if (end > 0) {
        const info = line.slice(2, end);
        const space = info.indexOf(" ");
        commands.push({
          name: (space < 0 ? info : info.slice(0, space)).toLowerCase(),
          properties: space < 0 ? "" : info.slice(space + 1),
          data: line.slice(end + 2),
          line: raw,
        });
        continue;
      }
    }
    const legacy = raw.indexOf("##[");
    if (legacy >= 0) {
      const close = raw.indexOf("]", legacy);
      if (close > 0) {
        const info = raw.slice(legacy + 3, close);
        const space = info.indexOf(" ");
        commands.push({
          name: `legacy:${(space < 0 ? info : info.slice(0, space)).toLowerCase()}`,
          properties: space < 0 ? "" : info.slice(space + 1),
          data: raw.slice(close + 1),
          line: raw,
        });
      }
    }
  }
  return commands;
}

/** `%25`, `%0D`, `%0A` (and in properties `%3A`, `%2C`) decoded, as the runner does. */
export function unescapeData(s: string): string {
  return s
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}

/** The commands a run of mirrorize may make the runner execute; anything else came from a repository. */
const OWN_COMMANDS = new Set(["error", "warning", "notice", "debug", "group", "endgroup", "add-mask"]);

/**
 * What the runner would execute besides mirrorize's own commands: an `add-mask` of anything but our
 * secrets, any other command name (set-output, stop-commands, save-state, legacy ones, …).
 */
export function foreignCommands(stdout: string): RunnerCommand[] {
  const own = new Set<string>(Object.values(SECRETS));
  own.add(Buffer.from(`x-access-token:${SECRETS.INPUT_TOKEN}`).toString("base64"));
  return runnerCommands(stdout).filter(
    (c) => !OWN_COMMANDS.has(c.name) || (c.name === "add-mask" && !own.has(unescapeData(c.data))),
  );
}

/** The one failure message (`core.setFailed`: an `::error::` without properties), decoded. */
export function failureMessages(stdout: string): string[] {
  return runnerCommands(stdout)
    .filter((c) => c.name === "error" && c.properties === "")
    .map((c) => unescapeData(c.data));
}

/** Everything a run shows or writes with the runner's own `add-mask` lines for our secrets removed. */
export function visibleText(run: Run): string {
  const masks = new Set(
    runnerCommands(run.stdout)
      .filter((c) => c.name === "add-mask")
      .map((c) => c.line),
  );
  const stdout = run.stdout
    .split("\n")
    .filter((l) => !masks.has(l))
    .join("\n");
  return [stdout, run.stderr, run.outputFile, run.summary].join("\n");
}

/** The secrets (and their telltale variable names) found in what a run shows. */
export function leakedSecrets(run: Run): string[] {
  const text = visibleText(run);
  const found: string[] = Object.entries(SECRETS)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);
  if (/ACTIONS_RUNTIME_TOKEN=|INPUT_TOKEN=|\bPATH=\//.test(text)) found.push("environment listing");
  return found;
}

/**
 * A fingerprint of every entry under `dir` (not following links, `.git` left out): type, size, mode and,
 * for regular files up to 16 MiB, the content's hash. Two equal snapshots: no file changed.
 */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (d === dir && name === ".git") continue;
      const path = join(d, name);
      const st = lstatSync(path);
      const rel = path.slice(dir.length + 1);
      if (st.isDirectory()) {
        out[rel] = "dir";
        walk(path);
      } else if (st.isFile()) {
        const hash =
          st.size <= 16 * 1024 * 1024
            ? createHash("sha256").update(readFileSync(path)).digest("hex")
            : `mtime:${st.mtimeMs}`;
        out[rel] = `file:${st.size}:${st.mode}:${hash}`;
      } else {
        out[rel] = `${st.isSymbolicLink() ? "link" : "special"}:${st.mode}`;
      }
    }
  };
  walk(dir);
  return out;
}

export const bundlesBuilt = existsSync(actionBundle) && existsSync(cliBundle);
