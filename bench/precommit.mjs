#!/usr/bin/env node
// The pre-commit hook's start-up against `git commit` itself (issue 18): a repository with 3 changed
// manifests, committed with and without the installed `mirrorize-check` hook, plus what a hook run is
// made of (pre-commit's own cost with a no-op hook, Node's start-up, loading the bundle, the check).
// Prints medians in milliseconds; needs git, pre-commit and a built dist/cli.js.
//
//   node bench/precommit.mjs [--runs 9] [--cli dist/cli.js]
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number.parseInt(arg("--runs", "9"), 10);
const cli = resolve(arg("--cli", join(repo, "dist", "cli.js")));
if (!existsSync(cli)) throw new Error(`${cli} does not exist; run \`npm run build\` first.`);
if (spawnSync("pre-commit", ["--version"]).status !== 0) throw new Error("pre-commit is not installed.");

const work = mkdtempSync(join(tmpdir(), "mirrorize-precommit-bench-"));
const env = { ...process.env, PRE_COMMIT_HOME: join(work, "cache"), NO_COLOR: "1" };
const run = (cmd, args, cwd, extra = {}) => {
  const r = spawnSync(cmd, args, { cwd, env: { ...env, ...extra }, encoding: "utf8" });
  return r;
};
const must = (cmd, args, cwd) => {
  const r = run(cmd, args, cwd);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
};
const git = ["-c", "user.name=bench", "-c", "user.email=bench@example.com"];

try {
  // The hook repository: the hooks file and the bundle, committed.
  const hooks = join(work, "hooks");
  mkdirSync(join(hooks, "dist"), { recursive: true });
  copyFileSync(join(repo, ".pre-commit-hooks.yaml"), join(hooks, ".pre-commit-hooks.yaml"));
  copyFileSync(cli, join(hooks, "dist", "cli.js"));
  must("git", ["init", "--quiet"], hooks);
  must("git", [...git, "add", "-A"], hooks);
  must("git", [...git, "commit", "--quiet", "-m", "hooks"], hooks);
  const rev = run("git", ["rev-parse", "HEAD"], hooks).stdout.trim();

  // The user's repository: 3 mirrored Pods and the hook installed.
  const app = join(work, "app");
  mkdirSync(app);
  must("git", ["init", "--quiet"], app);
  const files = ["pod1.yaml", "pod2.yaml", "pod3.yaml"];
  for (const f of files) {
    writeFileSync(
      join(app, f),
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${f}\nspec:\n  containers:\n    - name: a\n      image: docker.m.daocloud.io/library/nginx:1.25\n`,
    );
  }
  writeFileSync(
    join(app, ".pre-commit-config.yaml"),
    `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: mirrorize-check\n`,
  );
  writeFileSync(
    join(work, "noop.yaml"),
    'repos:\n  - repo: local\n    hooks:\n      - id: noop\n        name: noop\n        entry: "true"\n        language: system\n',
  );
  must("git", [...git, "add", "-A"], app);
  must("git", [...git, "commit", "--quiet", "-m", "init"], app);
  must("pre-commit", ["install"], app);
  must("pre-commit", ["run", "mirrorize-check", "--files", ...files], app); // warm pre-commit's cache

  let n = 0;
  const change = () => {
    n++;
    for (const f of files) appendFileSync(join(app, f), `# ${n}\n`);
    must("git", ["add", "-A"], app);
  };
  const time = (label, setup, cmd, args, extra) => {
    const ms = [];
    for (let i = 0; i < runs; i++) {
      setup?.();
      const t = performance.now();
      const r = run(cmd, args, app, extra);
      ms.push(performance.now() - t);
      if (r.status !== 0) throw new Error(`${label} failed: ${r.stdout}${r.stderr}`);
    }
    ms.sort((a, b) => a - b);
    return { label, median: Math.round(ms[Math.floor(ms.length / 2)]) };
  };
  const rows = [
    time("git commit --no-verify (3 changed files)", change, "git", [
      ...git,
      "commit",
      "-qm",
      "x",
      "--no-verify",
    ]),
    time("git commit with the mirrorize-check hook", change, "git", [...git, "commit", "-qm", "x"]),
    time("pre-commit run mirrorize-check --files (3)", undefined, "pre-commit", [
      "run",
      "mirrorize-check",
      "--files",
      ...files,
    ]),
    time("pre-commit run of a no-op system hook", undefined, "pre-commit", [
      "run",
      "-c",
      join(work, "noop.yaml"),
      "noop",
      "--files",
      ...files,
    ]),
    time("node -e 0", undefined, process.execPath, ["-e", "0"]),
    time("node dist/cli.js --version", undefined, process.execPath, [cli, "--version"]),
    time("node dist/cli.js check (3 files)", undefined, process.execPath, [cli, "check", ...files]),
  ];
  console.log(`pre-commit hook start-up, medians of ${runs} runs (load average ${loadavg()[0].toFixed(1)}):`);
  for (const r of rows) console.log(`  ${r.label.padEnd(46)} ${String(r.median).padStart(6)} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
