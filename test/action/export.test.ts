/**
 * `mode: export` in-process with the real config loader and engine: the file goes under RUNNER_TEMP or
 * to `export-out`, `export-path` names it, what a format cannot say is a warning annotation, and
 * `export-check` fails the step when the committed file is out of date.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { octokitPullRequestApi } from "../../src/action/github-api.js";
import { run } from "../../src/action/run.js";
import { loadSettings } from "../../src/config/index.js";
import { scan } from "../../src/engine/index.js";
import { createRepo, type RepoFixture } from "./git-fixture.js";
import { deployment, recordingIO, runnerEnv } from "./harness.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const FILES = {
  ".mirrorize.yaml":
    "rules:\n  - match: quay.io\n    mirror: quay.mirror.test\n  - match: quay.io/special\n    mirror: other.test\n",
  "deploy/metrics.yaml": deployment("metrics", "quay.io/prometheus/node-exporter:v1.8.0"),
};

function repo(files: Record<string, string> = FILES): RepoFixture {
  const fixture = createRepo(files);
  cleanups.push(fixture.cleanup);
  return fixture;
}

async function runExport(fixture: RepoFixture, inputs: Record<string, string>) {
  const rec = recordingIO({ mode: "export", ...inputs });
  const status = await run({
    io: rec.io,
    env: runnerEnv(fixture),
    cwd: fixture.work,
    scan,
    loadSettings,
    pullRequestApi: octokitPullRequestApi,
  });
  return { ...rec, status };
}

describe("mode: export", () => {
  it("writes under RUNNER_TEMP by default and names the file in export-path", async () => {
    const fixture = repo();
    const r = await runExport(fixture, { "export-format": "podman" });
    expect(r.status).toBe("ok");
    expect(r.outputs["export-path"]).toMatch(/runner-temp\/mirrorize-[^/]+\/registries\.conf$/);
    const conf = readFileSync(r.outputs["export-path"]!, "utf8");
    expect(conf).toContain('prefix = "quay.io/special"');
    expect(r.summary).toContain("### mirrorize export cri-o");
  });

  it("reports what the format cannot express as a warning annotation", async () => {
    const fixture = repo();
    const r = await runExport(fixture, { "export-format": "containerd", "export-out": "nodes" });
    expect(r.status).toBe("ok");
    expect(r.outputs["export-path"]).toBe(join(fixture.work, "nodes"));
    expect(readFileSync(join(fixture.work, "nodes/certs.d/quay.io/hosts.toml"), "utf8")).toContain(
      '[host."https://quay.mirror.test"]',
    );
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(/rule quay\.io\/special .*repository prefix/),
      }),
    );
    expect(JSON.parse(r.outputs["changed-files"]!)).toContain("nodes/certs.d/quay.io/hosts.toml");
  });

  it("sync lists scan the paths", async () => {
    const fixture = repo();
    const r = await runExport(fixture, { "export-format": "regsync", "export-out": "sync/regsync.yaml" });
    expect(r.status).toBe("ok");
    expect(readFileSync(join(fixture.work, "sync/regsync.yaml"), "utf8")).toContain(
      "source: quay.io/prometheus/node-exporter:v1.8.0\n    target: quay.mirror.test/prometheus/node-exporter:v1.8.0\n",
    );
  });

  it("export-check passes on an up-to-date file and fails on a stale one", async () => {
    const fixture = repo();
    const first = await runExport(fixture, {
      "export-format": "renovate",
      "export-out": "renovate-aliases.json",
    });
    expect(first.status).toBe("ok");
    const committed = readFileSync(join(fixture.work, "renovate-aliases.json"), "utf8");
    const ok = await runExport(fixture, {
      "export-format": "renovate",
      "export-out": "renovate-aliases.json",
      "export-check": "true",
    });
    expect(ok.status).toBe("ok");
    expect(ok.outputs.changed).toBe("false");

    const stale = repo({ ...FILES, "renovate-aliases.json": "{}\n" });
    const failed = await runExport(stale, {
      "export-format": "renovate",
      "export-out": "renovate-aliases.json",
      "export-check": "true",
    });
    expect(failed.status).toBe("failed");
    expect(failed.failed).toBe(
      "renovate-aliases.json is out of date; run `mirrorize export renovate --out renovate-aliases.json` and commit it.",
    );
    expect(failed.outputs.changed).toBe("true");
    expect(readFileSync(join(stale.work, "renovate-aliases.json"), "utf8")).toBe("{}\n");
    expect(committed).toContain('"quay.mirror.test": "quay.io"');
  });

  it("never writes through a symbolic link in the workspace", async () => {
    const fixture = repo();
    const outside = join(fixture.root, "outside");
    mkdirSync(outside);
    symlinkSync(outside, join(fixture.work, "nodes"));
    const r = await runExport(fixture, { "export-format": "containerd", "export-out": "nodes" });
    expect(r.failed).toMatch(/nodes is a symbolic link; export writes only regular files\.$/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it.each([
    [{}, /mode 'export' needs the 'export-format' input, one of: containerd/],
    [{ "export-format": "helm" }, /Invalid 'export-format' value 'helm'/],
    [{ "export-format": "docker", "export-check": "true" }, /'export-check' compares with a committed file/],
    [
      { "export-format": "docker", "export-out": "../outside.json" },
      /Invalid 'export-out' value '\.\.\/outside\.json'/,
    ],
  ])("user errors fail the step with one sentence: %j", async (inputs, message) => {
    const fixture = repo();
    const r = await runExport(fixture, inputs);
    expect(r.status).toBe("failed");
    expect(r.failed).toMatch(message);
  });
});
