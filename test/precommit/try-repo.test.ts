/**
 * The pre-commit hooks of .pre-commit-hooks.yaml, run by Debian's `pre-commit try-repo` against a local
 * clone of the hook files (the hooks file and the bundle, as a user's pre-commit clones this
 * repository) in a repository with a staged manifest: an unmirrored image fails `mirrorize-check`, a
 * mirrored one passes, and `mirrorize-fix` rewrites the staged file and stops the commit. Offline:
 * `language: script` installs nothing.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundledCli } from "../helpers/cli.js";
import { repoRoot, requirePrerequisite } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const havePreCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;
const haveBundle = existsSync(bundledCli);

function git(cwd: string, args: string[]): string {
  const r = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], {
    cwd,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

/** A folder with the hook repository (a git repository of the hooks file and the bundle) and an app. */
function setup(): { hooks: string; app: string; env: NodeJS.ProcessEnv } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const source = join(dir, "source");
  mkdirSync(join(source, "dist"), { recursive: true });
  copyFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), join(source, ".pre-commit-hooks.yaml"));
  copyFileSync(bundledCli, join(source, "dist", "cli.js"));
  git(dir, ["init", "--quiet", source]);
  git(source, ["add", "-A"]);
  git(source, ["commit", "--quiet", "-m", "hooks"]);
  const hooks = join(dir, "hooks");
  git(dir, ["clone", "--quiet", source, hooks]);
  const app = join(dir, "app");
  mkdirSync(join(app, "deploy"), { recursive: true });
  git(dir, ["init", "--quiet", app]);
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: join(dir, "pre-commit-cache"),
    // Offline: neither pip nor npm may reach a registry (the hooks need neither).
    npm_config_offline: "true",
    PIP_NO_INDEX: "1",
    NO_COLOR: "1",
  };
  return { hooks, app, env };
}

function pod(image: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: ${image}\n`;
}

function tryRepo(hooks: string, app: string, hook: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync("pre-commit", ["try-repo", hooks, hook], { cwd: app, encoding: "utf8", env });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("pre-commit try-repo", () => {
  it("mirrorize-check fails on a staged unmirrored image and passes on a mirrored one", () => {
    if (!requirePrerequisite(havePreCommit, "pre-commit (apt-get install pre-commit)")) return;
    if (!requirePrerequisite(haveBundle, "dist/cli.js (npm run build)")) return;
    const { hooks, app, env } = setup();
    writeFileSync(join(app, "deploy/pod.yaml"), pod("nginx:1.25"));
    git(app, ["add", "-A"]);
    const failed = tryRepo(hooks, app, "mirrorize-check", env);
    expect(failed.out).toContain("mirrorize check");
    expect(failed.out).toContain(
      "deploy/pod.yaml:8:14 error nginx:1.25 is not pulled through a mirror; use docker.m.daocloud.io/library/nginx:1.25.",
    );
    expect(failed.code).toBe(1);

    writeFileSync(join(app, "deploy/pod.yaml"), pod("docker.m.daocloud.io/library/nginx:1.25"));
    git(app, ["add", "-A"]);
    const passed = tryRepo(hooks, app, "mirrorize-check", env);
    expect(passed.out).toMatch(/mirrorize check\.+Passed/);
    expect(passed.code).toBe(0);
  });

  it("mirrorize-fix rewrites the staged file and stops the commit so the rewrite can be staged", () => {
    if (!requirePrerequisite(havePreCommit, "pre-commit (apt-get install pre-commit)")) return;
    if (!requirePrerequisite(haveBundle, "dist/cli.js (npm run build)")) return;
    const { hooks, app, env } = setup();
    writeFileSync(join(app, "deploy/pod.yaml"), pod("nginx:1.25"));
    writeFileSync(join(app, "Dockerfile"), "FROM alpine:3.20\n");
    git(app, ["add", "-A"]);
    const run = tryRepo(hooks, app, "mirrorize-fix", env);
    expect(run.out).toMatch(/mirrorize fix\.+Failed/);
    expect(run.out).toContain("files were modified by this hook");
    expect(run.code).toBe(1);
    expect(readFileSync(join(app, "deploy/pod.yaml"), "utf8")).toBe(
      pod("docker.m.daocloud.io/library/nginx:1.25"),
    );
    expect(readFileSync(join(app, "Dockerfile"), "utf8")).toBe(
      "FROM docker.m.daocloud.io/library/alpine:3.20\n",
    );
    git(app, ["add", "-A"]);
    const again = tryRepo(hooks, app, "mirrorize-fix", env);
    expect(again.out).toMatch(/mirrorize fix\.+Passed/);
    expect(again.code).toBe(0);
  });
});
