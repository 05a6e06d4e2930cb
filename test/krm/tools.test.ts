/**
 * The KRM function under the real orchestrators: `kubectl kustomize --enable-alpha-plugins` (kustomize
 * v5, exec-plugin protocol) and `kpt fn eval --exec` (KRM function protocol). They run the built CLI:
 * `MIRRORIZE_CLI` (e.g. a bundle made with rolldown) or the repository's dist/cli.js, behind a copy of
 * bin/mirrorize-krm, so the wrapper script is what the tools execute.
 */
import { spawnSync } from "node:child_process";
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { repoRoot, requirePrerequisite } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";

/** An executable named `name` on PATH. */
function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** kpt: on PATH, or in the Google Cloud SDK bin folder that the kubectl link resolves into. */
function findKpt(kubectl: string | undefined): string | undefined {
  const onPath = which("kpt");
  if (onPath) return onPath;
  if (!kubectl) return undefined;
  const beside = join(dirname(realpathSync(kubectl)), "kpt");
  return existsSync(beside) ? beside : undefined;
}

const kubectl = which("kubectl");
const kpt = findKpt(kubectl);
const cli = resolve(process.env.MIRRORIZE_CLI ?? join(repoRoot, "dist/cli.js"));
const cliHasKrm =
  existsSync(cli) && spawnSync("node", [cli, "krm", "--help"], { encoding: "utf8" }).stdout.includes("krm");

const haveCli = requirePrerequisite(
  cliHasKrm,
  `a built CLI with the krm command at ${cli} (run npm run build, or set MIRRORIZE_CLI)`,
);
const haveKubectl = haveCli && requirePrerequisite(kubectl !== undefined, "kubectl (for kubectl kustomize)");
const haveKpt = haveCli && requirePrerequisite(kpt !== undefined, "kpt (Google Cloud SDK, beside kubectl)");

/** The images of the example base and what the default preset makes of them. */
const MIRRORED: Record<string, string> = {
  "busybox:1.36": "docker.m.daocloud.io/library/busybox:1.36",
  "nginx:1.27.2": "docker.m.daocloud.io/library/nginx:1.27.2",
  "quay.io/nginx/nginx-prometheus-exporter:1.3.0": "quay.m.daocloud.io/nginx/nginx-prometheus-exporter:1.3.0",
  "registry.k8s.io/kubectl:v1.31.0": "k8s.m.daocloud.io/kubectl:v1.31.0",
  "quay.io/prometheus/prometheus:v2.54.1": "quay.m.daocloud.io/prometheus/prometheus:v2.54.1",
};

/** Every value of a key named `image` in the YAML stream `text`, in document order. */
function imagesOf(text: string): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "image" && typeof value === "string") out.push(value);
        else visit(value);
      }
    }
  };
  const docs = parseAllDocuments(text);
  for (const doc of Array.isArray(docs) ? docs : []) visit(doc.toJS());
  return out;
}

/** A layout like the installed package: bin/mirrorize-krm, dist/cli.js and examples/kustomize. */
let pkg: string;
let cleanup: () => void = () => {};
beforeAll(() => {
  ({ dir: pkg, cleanup } = tempDir());
  mkdirSync(join(pkg, "bin"));
  mkdirSync(join(pkg, "dist"));
  copyFileSync(join(repoRoot, "bin/mirrorize-krm"), join(pkg, "bin/mirrorize-krm"));
  chmodSync(join(pkg, "bin/mirrorize-krm"), 0o755);
  symlinkSync(cli, join(pkg, "dist/cli.js"));
  cpSync(join(repoRoot, "examples/kustomize"), join(pkg, "examples/kustomize"), {
    recursive: true,
    verbatimSymlinks: true,
  });
});
afterAll(() => cleanup());

const example = (...parts: string[]) => join(pkg, "examples/kustomize", ...parts);

describe.skipIf(!haveKubectl)("kubectl kustomize --enable-alpha-plugins (exec-plugin protocol)", () => {
  const build = (dir: string) =>
    spawnSync(kubectl!, ["kustomize", "--enable-alpha-plugins", dir], {
      encoding: "utf8",
      env: { ...process.env, KUSTOMIZE_PLUGIN_HOME: example("plugins") },
    });

  it("builds the example overlay with every image mirrored", () => {
    const run = build(example("overlays/production"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(imagesOf(run.stdout).sort()).toEqual(Object.values(MIRRORED).sort());
    // The overlay's own transformations still apply.
    expect(run.stdout.match(/namespace: production/g)).toHaveLength(3);
  });

  it("a transformer listed in a base mirrors the base's resources when an overlay is built", () => {
    const base = example("base-with-transformer");
    const overlay = example("overlay-of-base");
    cpSync(example("base"), base, { recursive: true });
    copyFileSync(example("overlays/production/mirrorize.yaml"), join(base, "mirrorize.yaml"));
    writeFileSync(
      join(base, "kustomization.yaml"),
      "resources:\n  - web.yaml\n  - monitoring.yaml\ntransformers:\n  - mirrorize.yaml\n",
    );
    mkdirSync(overlay);
    writeFileSync(
      join(overlay, "kustomization.yaml"),
      "namePrefix: prod-\nresources:\n  - ../base-with-transformer\n  - extra.yaml\n",
    );
    writeFileSync(
      join(overlay, "extra.yaml"),
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: extra\nspec:\n  containers:\n  - name: a\n    image: ghcr.io/org/extra:1\n",
    );
    const run = build(overlay);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // The base's transformer sees the base's resources only; the overlay's own Pod is not its business.
    expect(imagesOf(run.stdout).sort()).toEqual([...Object.values(MIRRORED), "ghcr.io/org/extra:1"].sort());
    expect(run.stdout).toContain("name: prod-web");
  });

  it("the validator overlay fails the build, naming every image that is not mirrored", () => {
    const run = build(example("overlays/check"));
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe("");
    for (const [from, to] of Object.entries(MIRRORED)) {
      expect(run.stderr).toContain(`${from} is not pulled through a mirror; use ${to}.`);
    }
  });

  it("has no --enable-exec, so an exec KRM function is skipped without a word (why docs/krm.md uses the plugin)", () => {
    const help = spawnSync(kubectl!, ["kustomize", "--help"], { encoding: "utf8" });
    expect(help.stdout).toContain("--enable-alpha-plugins");
    expect(help.stdout).not.toContain("--enable-exec");
    const run = build(example("overlays/krm-function"));
    expect(run.status).toBe(0);
    expect(imagesOf(run.stdout).sort()).toEqual(Object.keys(MIRRORED).sort());
  });
});

describe.skipIf(!haveKpt)("kpt fn eval --exec (KRM function protocol)", () => {
  let work: string;
  let cleanupWork: () => void = () => {};
  beforeAll(() => {
    ({ dir: work, cleanup: cleanupWork } = tempDir());
  });
  afterAll(() => cleanupWork());

  /** A fresh copy of the example base, evaluated with `args`; the files and results after. */
  const evaluate = (name: string, args: string[]) => {
    const dir = join(work, name);
    const results = join(work, `${name}-results`);
    cpSync(example("base"), dir, { recursive: true });
    const run = spawnSync(
      kpt!,
      ["fn", "eval", dir, "--exec", join(pkg, "bin/mirrorize-krm"), "--results-dir", results, ...args],
      { encoding: "utf8", cwd: work },
    );
    const file = (f: string) => readFileSync(join(dir, f), "utf8");
    const list = parse(readFileSync(join(results, "results.yaml"), "utf8")) as {
      items: { results?: Record<string, unknown>[] }[];
    };
    return { run, file, results: list.items[0]?.results ?? [] };
  };
  const original = (f: string) => readFileSync(join(repoRoot, "examples/kustomize/base", f), "utf8");
  const mirrored = (text: string) =>
    Object.entries(MIRRORED).reduce((t, [from, to]) => t.replace(from, to), text);

  it.each([
    ["a MirrorizeConfig (--fn-config)", ["--fn-config", "PRODUCTION"]],
    ["a ConfigMap (-- preset=daocloud)", ["--", "preset=daocloud"]],
  ])("with %s writes back only the image scalars and reports each rewrite", (_name, rawArgs) => {
    const args = rawArgs.map((a) => (a === "PRODUCTION" ? example("overlays/production/mirrorize.yaml") : a));
    const { run, file, results } = evaluate(`fix-${rawArgs[0]!.replace(/\W/g, "")}`, args);
    expect(run.status, run.stderr).toBe(0);
    for (const f of ["web.yaml", "monitoring.yaml"]) expect(file(f)).toBe(mirrored(original(f)));
    expect(file("kustomization.yaml")).toBe(original("kustomization.yaml"));
    const summary = results.map((r) => {
      const field = r.field as { path: string; currentValue: string; proposedValue: string };
      const ref = r.resourceRef as { kind: string; name: string };
      return `${r.severity} ${(r.file as { path: string }).path} ${ref.kind}/${ref.name} ${field.path}: ${field.currentValue} -> ${field.proposedValue}`;
    });
    expect(summary.sort()).toEqual(
      [
        "info monitoring.yaml Prometheus/main spec.image: quay.io/prometheus/prometheus:v2.54.1 -> quay.m.daocloud.io/prometheus/prometheus:v2.54.1",
        "info web.yaml CronJob/cleanup spec.jobTemplate.spec.template.spec.containers[0].image: registry.k8s.io/kubectl:v1.31.0 -> k8s.m.daocloud.io/kubectl:v1.31.0",
        "info web.yaml Deployment/web spec.template.spec.containers[0].image: nginx:1.27.2 -> docker.m.daocloud.io/library/nginx:1.27.2",
        "info web.yaml Deployment/web spec.template.spec.containers[1].image: quay.io/nginx/nginx-prometheus-exporter:1.3.0 -> quay.m.daocloud.io/nginx/nginx-prometheus-exporter:1.3.0",
        "info web.yaml Deployment/web spec.template.spec.initContainers[0].image: busybox:1.36 -> docker.m.daocloud.io/library/busybox:1.36",
      ].sort(),
    );
  });

  it("as a validator (-- mode=check) fails, changes no file and reports each image as an error", () => {
    const { run, file, results } = evaluate("check", ["--", "mode=check"]);
    expect(run.status).not.toBe(0);
    for (const f of ["web.yaml", "monitoring.yaml"]) expect(file(f)).toBe(original(f));
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.severity === "error")).toBe(true);
    expect(run.stderr).toContain("is not pulled through a mirror");
  });

  it("with an invalid functionConfig fails, changes no file and names the field", () => {
    const { run, file, results } = evaluate("invalid", ["--", "presets=daocloud"]);
    expect(run.status).not.toBe(0);
    for (const f of ["web.yaml", "monitoring.yaml"]) expect(file(f)).toBe(original(f));
    expect(results).toEqual([
      expect.objectContaining({ severity: "error", field: { path: "data.presets" } }),
    ]);
  });
});
