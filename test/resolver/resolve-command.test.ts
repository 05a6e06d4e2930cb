import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { run } from "../../src/cli/commands/resolve.js";
import type { ParsedArgs } from "../../src/cli/types.js";
import { ConfigError } from "../../src/config/index.js";
import type { Resolution } from "../../src/resolver/index.js";
import { captureIO } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "mirrorize-resolve-"));
mkdirSync(join(dir, ".git"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function resolveCmd(positionals: string[], flags: ParsedArgs["flags"] = {}, cwd = dir) {
  const { io, output } = captureIO(cwd);
  const code = await run({ command: "resolve", positionals, flags }, io);
  return { code, ...output() };
}

test("text: an aligned table of input, status and output or reason; exit 0 when all resolved", async () => {
  const { code, stdout } = await resolveCmd([
    "nginx:1.25",
    "myregistry.example.com:5000/team/app:1.0.0",
    "{{ .Values.image }}",
  ]);
  expect(code).toBe(0);
  const lines = stdout.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^INPUT\s+STATUS\s+OUTPUT \/ REASON$/);
  expect(lines[1]).toMatch(/^nginx:1\.25\s+rewrite\s+docker\.m\.daocloud\.io\/library\/nginx:1\.25$/);
  expect(lines[2]).toMatch(/^myregistry\.example\.com:5000\/team\/app:1\.0\.0\s+no-rule\s+no rule matches/);
  expect(lines[3]).toMatch(/^\{\{ \.Values\.image \}\}\s+skipped\s+the value is a Go\/Helm template/);
  const statusColumn = lines.slice(0, 4).map((l) => l.search(/(STATUS|rewrite|no-rule|skipped)/));
  expect(new Set(statusColumn).size).toBe(1);
});

test("json: an array of Resolution objects", async () => {
  const { code, stdout } = await resolveCmd(["quay.io/prometheus/node-exporter:v0.18.1"], {
    format: "json",
    preset: "seed-2020",
  });
  expect(code).toBe(0);
  const data = JSON.parse(stdout) as Resolution[];
  expect(data).toHaveLength(1);
  expect(data[0]).toMatchObject({
    input: "quay.io/prometheus/node-exporter:v0.18.1",
    status: "rewrite",
    output: "quay-mirror.qiniu.com/prometheus/node-exporter:v0.18.1",
    strategy: "host",
    rule: "quay.io (preset seed-2020)",
  });
});

test("exit 1 when any reference is invalid or has only dead mirrors", async () => {
  expect((await resolveCmd(["nginx", "Not/Valid"])).code).toBe(1);
  const dead = await resolveCmd(["mcr.microsoft.com/dotnet/aspnet:8.0"], { preset: "seed-2020" });
  expect(dead.code).toBe(1);
  expect(dead.stdout).toMatch(/dead-mirror .*2020-04-02/);
});

test("warnings are printed under their row", async () => {
  const { stdout } = await resolveCmd(["k8s.gcr.io/pause:3.1"]);
  expect(stdout).toMatch(/\n\s+warning: k8s\.gcr\.io is frozen/);
});

test("--config reads the given file; the config's own rules apply", async () => {
  writeFileSync(join(dir, "c.yaml"), "rules:\n  - match: quay.io\n    mirror: q.example\n");
  const { stdout } = await resolveCmd(["quay.io/a/b:1", "nginx"], { config: "c.yaml", format: "json" });
  const data = JSON.parse(stdout) as Resolution[];
  expect(data.map((r) => r.output ?? r.status)).toEqual(["q.example/a/b:1", "no-rule"]);
});

test("usage and config errors are thrown (the dispatcher exits 2)", async () => {
  await expect(resolveCmd([])).rejects.toThrow(/at least one image reference/);
  await expect(resolveCmd(["nginx"], { format: "yaml" })).rejects.toThrow(
    /--format must be one of text, json/,
  );
  await expect(resolveCmd(["nginx"], { preset: "nope" })).rejects.toBeInstanceOf(ConfigError);
});
