/**
 * Issue 13, hole 1 and its class: every file mirrorize reads because a path or a repository file
 * named it (the config file, the lock file, values files named by an Argo CD Application or by a
 * kustomization's helmCharts[].valuesFile) is a regular file inside the workspace after links, under a
 * size cap, opened without blocking. Each hostile kind of file, in each channel, through the BUILT
 * Action and CLI: exit code, the exact one-line message, no secret of the environment anywhere in the
 * output, no file changed, no hang.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createRepo, type RepoFixture } from "../action/git-fixture.js";
import { requirePrerequisite } from "../helpers/shared.js";
import {
  bundlesBuilt,
  failureMessages,
  foreignCommands,
  leakedSecrets,
  type Run,
  runAction,
  runCli,
  runnerCommands,
  SECRETS,
  snapshot,
  unescapeData,
} from "./runner.js";

const ready = requirePrerequisite(bundlesBuilt, "dist/action.js and dist/cli.js (npm run build)");

const KINDS = ["environ", "zero", "fifo", "outside", "sparse"] as const;
type Kind = (typeof KINDS)[number];

const POD = [
  "apiVersion: v1",
  "kind: Pod",
  "metadata: { name: p }",
  "spec:",
  "  containers:",
  "    - name: a",
  "      image: docker.m.daocloud.io/library/nginx:1.25",
  "",
].join("\n");

const fixtures: RepoFixture[] = [];
afterAll(() => {
  for (const f of fixtures) f.cleanup();
});

/** A repository with `files`, and at `path` a file of the hostile `kind`. */
function repoWith(files: Record<string, string>, path: string, kind: Kind): RepoFixture {
  const fixture = createRepo({ "pod.yaml": POD, ...files });
  fixtures.push(fixture);
  const target = join(fixture.work, path);
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  switch (kind) {
    case "environ":
      symlinkSync("/proc/self/environ", target);
      break;
    case "zero":
      symlinkSync("/dev/zero", target);
      break;
    case "fifo":
      execFileSync("mkfifo", [target]);
      break;
    case "outside": {
      const outside = join(fixture.root, "outside.yaml");
      writeFileSync(outside, `preset: daocloud\n# ${SECRETS.MIRRORIZE_REGISTRY_PASSWORD}\n`);
      symlinkSync(outside, target);
      break;
    }
    case "sparse":
      writeFileSync(target, "");
      truncateSync(target, 1024 * 1024 * 1024);
      break;
  }
  return fixture;
}

/** The one sentence a confined read of a `what` named `label` ends in, per kind. */
function refusal(what: string, label: string, kind: Kind, cap: string): string {
  if (kind === "fifo") return `The ${what} ${label} is a FIFO, not a regular file; it is not read.`;
  if (kind === "sparse")
    return `The ${what} ${label} is 1024.0 MiB, over the ${cap} size limit; it is not read.`;
  return `The ${what} ${label} leads outside the repository (through a symbolic link or \`..\`); it is not read. Keep the file itself inside the repository.`;
}

/** What every run must satisfy: no hang, no secret, no command from a repository, no file changed. */
async function safely(fixture: RepoFixture, go: () => Promise<Run>): Promise<Run> {
  const before = snapshot(fixture.work);
  const run = await go();
  expect(run.timedOut).toBe(false);
  expect(run.exitCode).not.toBe(70);
  expect(leakedSecrets(run)).toEqual([]);
  expect(foreignCommands(run.stdout)).toEqual([]);
  expect(snapshot(fixture.work)).toEqual(before);
  return run;
}

/** The CLI's stderr is exactly one line. */
function oneLineOf(run: Run): string {
  const lines = run.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe.runIf(ready)("files named by a path or a repository file are confined", () => {
  describe.each(KINDS)("a %s", (kind) => {
    test("as the config file .mirrorize.yaml: Action and CLI", async () => {
      const fixture = repoWith({}, ".mirrorize.yaml", kind);
      const message = refusal("config file", ".mirrorize.yaml", kind, "1.0 MiB");
      const action = await safely(fixture, () => runAction(fixture, { mode: "check" }));
      expect(action.exitCode).toBe(1);
      expect(failureMessages(action.stdout)).toEqual([message]);
      const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
      expect(cli.exitCode).toBe(2);
      expect(oneLineOf(cli)).toBe(`mirrorize check: ${message}`);
    });

    test("as --config / the config input", async () => {
      const fixture = repoWith({}, "ci/mirrorize.yaml", kind);
      const message = refusal("config file", "ci/mirrorize.yaml", kind, "1.0 MiB");
      const action = await safely(fixture, () =>
        runAction(fixture, { mode: "check", config: "ci/mirrorize.yaml" }),
      );
      expect(action.exitCode).toBe(1);
      expect(failureMessages(action.stdout)).toEqual([message]);
      const cli = await safely(fixture, () =>
        runCli(["check", "--config", "ci/mirrorize.yaml", "."], fixture.work),
      );
      expect(cli.exitCode).toBe(2);
      expect(oneLineOf(cli)).toBe(`mirrorize check: ${message}`);
    });

    test("as the default lock file mirrorize.lock (verify, mirrorize lock)", async () => {
      const fixture = repoWith(
        { ".mirrorize.yaml": "preset: daocloud\nverify: digest\n" },
        "mirrorize.lock",
        kind,
      );
      const message = refusal("lock file", "mirrorize.lock", kind, "16.0 MiB");
      const action = await safely(fixture, () => runAction(fixture, { mode: "check" }));
      expect(action.exitCode).toBe(1);
      expect(failureMessages(action.stdout)).toEqual([message]);
      const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
      expect(cli.exitCode).toBe(2);
      expect(oneLineOf(cli)).toBe(`mirrorize check: ${message}`);
      const lock = await safely(fixture, () => runCli(["lock", "--check", "."], fixture.work));
      expect(lock.exitCode).toBe(2);
      expect(oneLineOf(lock)).toBe(`mirrorize lock: ${message}`);
    });

    test("as an explicit lockFile:", async () => {
      const fixture = repoWith(
        { ".mirrorize.yaml": "preset: daocloud\nverify: digest\nlockFile: locks/prod.lock\n" },
        "locks/prod.lock",
        kind,
      );
      // A lockFile: that leads out is refused where the config names it (before it is opened).
      const message =
        kind === "fifo" || kind === "sparse"
          ? refusal("lock file", "locks/prod.lock", kind, "16.0 MiB")
          : "lockFile locks/prod.lock leads outside the folder of the config file; keep the lock file inside the repository.";
      const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
      expect(cli.exitCode).toBe(2);
      expect(oneLineOf(cli)).toBe(`mirrorize check: ${message}`);
    });

    test("as a values file named by an Argo CD Application (helm.valueFiles)", async () => {
      const application = [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: Application",
        "metadata: { name: a }",
        "spec:",
        "  source:",
        "    repoURL: https://example.com/charts.git",
        "    path: app",
        "    helm:",
        "      valueFiles:",
        "        - evil-values.txt",
        "",
      ].join("\n");
      const fixture = repoWith({ "application.yaml": application }, "app/evil-values.txt", kind);
      const named =
        kind === "fifo"
          ? "app/evil-values.txt is named as Helm values (helm.valueFiles of an Argo CD Application) but is not a regular file; it is not read."
          : "app/evil-values.txt is named as Helm values (helm.valueFiles of an Argo CD Application) but leads outside the folder scanned; it is not read.";
      const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
      if (kind === "sparse") {
        expect(cli.exitCode).toBe(1);
        expect(cli.stdout).toContain(
          "app/evil-values.txt:1:1 error The values file app/evil-values.txt is 1024.0 MiB, over the 8.0 MiB size limit; it is not read (raise limits.maxFileSize).",
        );
      } else {
        expect(cli.exitCode).toBe(0);
        expect(cli.stdout).toContain(`application.yaml:10:1 warning ${named}`);
      }
      const action = await safely(fixture, () => runAction(fixture, { mode: "check" }));
      const annotations = runnerCommands(action.stdout).filter(
        (c) => c.name === "warning" || c.name === "error",
      );
      if (kind === "sparse") {
        expect(action.exitCode).toBe(1);
        expect(annotations.map((a) => unescapeData(a.data))).toContain(
          "The values file app/evil-values.txt is 1024.0 MiB, over the 8.0 MiB size limit; it is not read (raise limits.maxFileSize).",
        );
      } else {
        expect(action.exitCode).toBe(0);
        expect(annotations.map((a) => unescapeData(a.data))).toEqual([named]);
      }
    });

    test("as a patch file named by a kustomization (patches[].path, patchesStrategicMerge)", async () => {
      const kustomization = [
        "apiVersion: kustomize.config.k8s.io/v1beta1",
        "kind: Kustomization",
        "resources: [../pod.yaml]",
        "patches:",
        "  - path: evil-patch.yaml",
        "patchesStrategicMerge:",
        "  - evil-patch.yaml",
        "",
      ].join("\n");
      const fixture = repoWith({ "k/kustomization.yaml": kustomization }, "k/evil-patch.yaml", kind);
      const message =
        kind === "fifo"
          ? "k/evil-patch.yaml is not a regular file (a FIFO, socket or device); it is not read."
          : kind === "sparse"
            ? "k/evil-patch.yaml is 1024.0 MiB, over the 8.0 MiB size limit; it is not scanned (raise limits.maxFileSize to scan it)."
            : "k/evil-patch.yaml is a symbolic link that leads outside the folder scanned; it is not followed.";
      const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
      expect(cli.exitCode).toBe(1);
      expect(cli.stdout).toContain(`k/evil-patch.yaml:1:1 error ${message}\n`);
      const action = await safely(fixture, () => runAction(fixture, { mode: "check" }));
      expect(action.exitCode).toBe(1);
      const errors = runnerCommands(action.stdout).filter((c) => c.name === "error" && c.properties !== "");
      expect(errors.map((c) => unescapeData(c.data))).toContain(message);
    });

    test("as a values file named by a kustomization (helmCharts[].valuesFile)", async () => {
      const kustomization = [
        "apiVersion: kustomize.config.k8s.io/v1beta1",
        "kind: Kustomization",
        "helmCharts:",
        "  - name: app",
        "    repo: https://example.com/charts",
        "    version: 1.0.0",
        "    valuesFile: evil-values.txt",
        "",
      ].join("\n");
      const fixture = repoWith({ "base/kustomization.yaml": kustomization }, "base/evil-values.txt", kind);
      const named =
        kind === "fifo"
          ? "base/evil-values.txt is named as Helm values (helmCharts[].valuesFile of a kustomization) but is not a regular file; it is not read."
          : "base/evil-values.txt is named as Helm values (helmCharts[].valuesFile of a kustomization) but leads outside the folder scanned; it is not read.";
      const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
      if (kind === "sparse") {
        expect(cli.exitCode).toBe(1);
        expect(cli.stdout).toContain(
          "base/evil-values.txt:1:1 error The values file base/evil-values.txt is 1024.0 MiB, over the 8.0 MiB size limit; it is not read (raise limits.maxFileSize).",
        );
      } else {
        expect(cli.exitCode).toBe(0);
        expect(cli.stdout).toContain(`base/kustomization.yaml:7:1 warning ${named}`);
      }
    });
  });
});
