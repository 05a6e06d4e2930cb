/**
 * `mirrorize export` through the CLI: stdout, --out FILE|DIR, --check (exit 1 when stale), the
 * --config/--preset handling of the scanning commands, and usage errors (exit 2).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tree.js";

const { dir, cleanup } = tempDir();
afterAll(cleanup);
writeFileSync(
  join(dir, ".mirrorize.yaml"),
  "rules:\n  - match: quay.io\n    mirror: quay.mirror.test\n  - match: docker.io\n    mirror: hub.mirror.test\n",
);
mkdirSync(join(dir, "k"));
writeFileSync(
  join(dir, "k", "pod.yaml"),
  "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: a, image: quay.io/a/b:1}\n",
);

describe("mirrorize export", () => {
  test("a single-file format goes to stdout; warnings to stderr", async () => {
    const r = await runCli(["export", "podman"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[[registry]]\nprefix = "quay.io"');
    const docker = await runCli(["export", "docker"], dir);
    expect(docker.stderr).toMatch(
      /warning: 1 rule cannot be written as Docker daemon configuration.*quay\.io/,
    );
  });

  test("sync lists scan the PATHs", async () => {
    const r = await runCli(["export", "crane", "k"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("crane copy quay.io/a/b:1 quay.mirror.test/a/b:1\n");
  });

  test("--preset replaces the config's preset, as for the scanning commands", async () => {
    const r = await runCli(["export", "renovate", "--preset", "daocloud"], dir);
    expect(r.code).toBe(0);
    const aliases = JSON.parse(r.stdout).registryAliases;
    expect(aliases["quay.mirror.test"]).toBe("quay.io");
    expect(aliases["k8s.m.daocloud.io"]).toBe("registry.k8s.io");
  });

  test("dead mirrors of a preset are skipped with a warning", async () => {
    writeFileSync(join(dir, "none.yaml"), "preset: seed-2020\n");
    const s = await runCli(["export", "podman", "--config", "none.yaml"], dir);
    expect(s.code).toBe(0);
    expect(s.stderr).toContain(
      "warning: rule quay.io (preset seed-2020): skipped mirror quay.mirrors.ustc.edu.cn (dead since 2020-08-21",
    );
    expect(s.stderr).toContain(
      "warning: rule docker.io (preset seed-2020): left out, every mirror of it is marked dead: reg-mirror.qiniu.com (dead since 2020-05-30",
    );
    expect(s.stdout).toContain('location = "quay-mirror.qiniu.com"');
    expect(s.stdout).not.toContain("ustc");
  });

  test("--config names the config file", async () => {
    writeFileSync(join(dir, "other.yaml"), "rules:\n  - match: ghcr.io\n    mirror: g.test\n");
    const r = await runCli(["export", "k3s", "--config", "other.yaml"], dir);
    expect(r.stdout).toContain("ghcr.io:\n    endpoint:\n      - https://g.test\n");
    expect(r.stdout).not.toContain("quay.io");
  });

  test("containerd needs --out DIR; --out writes the tree; --check gates it", async () => {
    const noOut = await runCli(["export", "containerd"], dir);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/containerd writes a folder tree .*give --out DIR\./);

    const first = await runCli(["export", "containerd", "--out", "nodes"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("2 rules → nodes (4 written, 0 unchanged)");
    expect(readFileSync(join(dir, "nodes/certs.d/quay.io/hosts.toml"), "utf8")).toContain(
      '[host."https://quay.mirror.test"]',
    );
    const again = await runCli(["export", "containerd", "--out", "nodes"], dir);
    expect(again.stdout).toContain("(0 written, 4 unchanged)");

    expect((await runCli(["export", "containerd", "--out", "nodes", "--check"], dir)).code).toBe(0);
    writeFileSync(
      join(dir, ".mirrorize.yaml"),
      "rules:\n  - match: quay.io\n    mirror: [quay.mirror.test, second.test]\n  - match: docker.io\n    mirror: hub.mirror.test\n",
    );
    const stale = await runCli(["export", "containerd", "--out", "nodes", "--check"], dir);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("out of date  nodes/certs.d/quay.io/hosts.toml");
    expect(stale.stdout).toContain("nodes is out of date (1 of 4 files)");
    // --check wrote nothing
    expect(readFileSync(join(dir, "nodes/certs.d/quay.io/hosts.toml"), "utf8")).not.toContain("second.test");
  });

  test("a host no longer exported: --check says so, --out removes it; hand-written files stay", async () => {
    writeFileSync(
      join(dir, "two.yaml"),
      "rules:\n  - match: quay.io\n    mirror: q.test\n  - match: ghcr.io\n    mirror: g.test\n",
    );
    writeFileSync(join(dir, "one.yaml"), "rules:\n  - match: quay.io\n    mirror: q.test\n");
    expect((await runCli(["export", "containerd", "--config", "two.yaml", "--out", "tree"], dir)).code).toBe(
      0,
    );
    mkdirSync(join(dir, "tree/certs.d/mine.test"), { recursive: true });
    writeFileSync(join(dir, "tree/certs.d/mine.test/hosts.toml"), 'server = "https://mine.test"\n');
    const stale = await runCli(
      ["export", "containerd", "--config", "one.yaml", "--out", "tree", "--check"],
      dir,
    );
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("out of date  tree/certs.d/ghcr.io/hosts.toml");
    const write = await runCli(["export", "containerd", "--config", "one.yaml", "--out", "tree"], dir);
    expect(write.stdout).toContain("removed  tree/certs.d/ghcr.io/hosts.toml  (no longer exported)");
    expect(existsSync(join(dir, "tree/certs.d/ghcr.io/hosts.toml"))).toBe(false);
    expect(readFileSync(join(dir, "tree/certs.d/mine.test/hosts.toml"), "utf8")).toBe(
      'server = "https://mine.test"\n',
    );
    expect(
      (await runCli(["export", "containerd", "--config", "one.yaml", "--out", "tree", "--check"], dir)).code,
    ).toBe(0);
  });

  test("--out FILE for a single-file format, and --check of it", async () => {
    const r = await runCli(["export", "renovate", "--out", "aliases.json"], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "aliases.json"), "utf8")).registryAliases).toBeDefined();
    expect((await runCli(["export", "renovate", "--out", "aliases.json", "--check"], dir)).code).toBe(0);
    writeFileSync(join(dir, "aliases.json"), "{}\n");
    expect((await runCli(["export", "renovate", "--out", "aliases.json", "--check"], dir)).code).toBe(1);
  });

  test.each([
    [["export"], /export needs a FORMAT, one of: containerd, docker, cri-o \(podman\), k3s \(rke2\)/],
    [["export", "helm"], /Unknown export format "helm"/],
    [["export", "docker", "--check"], /--check compares with the committed file: give it with --out/],
    [["export", "docker", "--config", "missing.yaml"], /missing\.yaml/],
  ])("usage error %j → exit 2", async (args, message) => {
    const r = await runCli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
