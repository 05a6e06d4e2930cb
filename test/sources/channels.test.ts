/**
 * The new sources reach every channel the other references reach: `list --format json`, `check`
 * (exit 1 with `file:line:col`), SARIF results on the right line, and the KRM function (a kubeadm
 * ClusterConfiguration item of a ResourceList). Dockerfile details that a user writes by hand:
 * lowercase instructions and a BOM.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tree.js";
import { resourceList, runKrm } from "../krm/helpers.js";
import { brief, fixTwice } from "./helpers.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function tree(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const FILES = {
  Dockerfile: "FROM golang:1.23 AS build\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\n",
  "compose.yaml": "services:\n  db:\n    image: postgres:16\n",
  "kubeadm.yaml":
    "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nimageRepository: registry.k8s.io\n",
};

describe("the new sources in every channel", () => {
  it("list, check and SARIF report them on their lines", async () => {
    const dir = tree(FILES);
    const list = await runCli(["list", "--format", "json", "--preset", "daocloud", "."], dir);
    const images = JSON.parse(list.stdout).images.map(
      (i: { file: string; line: number; source: string; from: string; to: string }) =>
        `${i.file}:${i.line} ${i.source} ${i.from} -> ${i.to}`,
    );
    expect(images).toEqual([
      "Dockerfile:1 dockerfile golang:1.23 -> docker.m.daocloud.io/library/golang:1.23",
      "Dockerfile:2 dockerfile gcr.io/distroless/static -> gcr.m.daocloud.io/distroless/static",
      "compose.yaml:3 compose postgres:16 -> docker.m.daocloud.io/library/postgres:16",
      "kubeadm.yaml:3 kubeadm registry.k8s.io -> k8s.m.daocloud.io",
    ]);
    const check = await runCli(["check", "--preset", "daocloud", "."], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      "Dockerfile:1:6 error golang:1.23 is not pulled through a mirror; use docker.m.daocloud.io/library/golang:1.23.",
    );
    const sarif = await runCli(["check", "--format", "sarif", "--preset", "daocloud", "."], dir);
    const results = JSON.parse(sarif.stdout).runs[0].results as {
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
    const where = results.map((r) => {
      const p = r.locations[0]!.physicalLocation;
      return `${p.artifactLocation.uri}:${p.region.startLine}`;
    });
    expect(where).toEqual(["Dockerfile:1", "Dockerfile:2", "compose.yaml:3", "kubeadm.yaml:3"]);
  });

  it("export and sync take the Dockerfile's images and leave kubeadm prefixes out (they are not images)", async () => {
    const dir = tree(FILES);
    const crane = await runCli(["export", "crane", "--preset", "daocloud", "."], dir);
    expect(crane.stdout.split("\n").filter((l) => l.startsWith("crane copy"))).toEqual([
      "crane copy docker.io/library/golang:1.23 docker.m.daocloud.io/library/golang:1.23",
      "crane copy docker.io/library/postgres:16 docker.m.daocloud.io/library/postgres:16",
      "crane copy gcr.io/distroless/static:latest gcr.m.daocloud.io/distroless/static:latest",
    ]);
    expect(crane.stderr).toContain("1 kubeadm imageRepository prefix is not listed (not images)");
    const sync = await runCli(
      ["sync", "--dry-run", "--format", "json", "--to", "registry.example.com", "--preset", "daocloud", "."],
      dir,
    );
    const plan = JSON.parse(sync.stdout) as { items: { source: string }[]; skipped: { reference: string }[] };
    expect(plan.items.map((i) => i.source).sort()).toEqual([
      "docker.io/library/golang:1.23",
      "docker.io/library/postgres:16",
      "gcr.io/distroless/static",
    ]);
    expect(JSON.stringify(plan)).not.toContain('"registry.k8s.io"');
  });

  it("the KRM function rewrites a kubeadm ClusterConfiguration item", async () => {
    const input = resourceList(
      "- apiVersion: kubeadm.k8s.io/v1beta3\n  kind: ClusterConfiguration\n  metadata:\n    name: cluster\n  imageRepository: registry.k8s.io\n",
    );
    const run = await runKrm(input);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  imageRepository: k8s.m.daocloud.io\n");
  });

  it("lowercase instructions and a byte order mark", async () => {
    const run = await fixTwice("Dockerfile", "\uFEFFfrom alpine:3.20 as base\nfrom base\n");
    expect(run.after).toBe("\uFEFFfrom hub.mirror.example/library/alpine:3.20 as base\nfrom base\n");
    expect(brief(run.findings)).toEqual(["1 rewrite alpine:3.20 -> hub.mirror.example/library/alpine:3.20"]);
    expect(run.findings[0]!.column).toBe(6);
    expect(run.second.changed).toBe(false);
  });
});
