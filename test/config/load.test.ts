import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import {
  ConfigError,
  DEFAULT_LIMITS,
  findConfigFile,
  loadSettings,
  settingsFromObject,
  settingsFromText,
} from "../../src/config/index.js";
import { createResolver } from "../../src/resolver/index.js";

const tmp = mkdtempSync(join(tmpdir(), "mirrorize-config-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
/** A fresh directory holding `files` (path -> text); a `.git` entry makes it a repository root. */
function tree(files: Record<string, string>): string {
  const root = join(tmp, `t${counter++}`);
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    if (path.endsWith("/")) {
      mkdirSync(full, { recursive: true });
      continue;
    }
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, text);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

/** The ConfigError thrown by `fn`. */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

async function asyncConfigError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

const VALID = `apiVersion: mirrorize.dev/v1alpha1
kind: MirrorizeConfig
preset: daocloud
rules:
  - match: k8s.gcr.io
    mirror: registry.aliyuncs.com/google_containers
    strategy: flatten
  - match: quay.io
    mirror: [quay.example.com, "quay2.example.com:5000/mirror"]
  - match: "*"
    mirror: m.daocloud.io
    strategy: prefix
exclude: ["registry.example.com/**", docker.io/library/busybox]
files:
  include: ["deploy/**"]
  exclude: ["**/testdata/**"]
  helmValues: ["charts/*/values-*.yaml"]
fields:
  - kind: MyApp
    group: example.com
    path: spec/image
embedded: rewrite
verify: exists
pin: true
helm:
  allowInsecureImages: true
limits:
  maxFileSize: 1048576
mode: check
registries:
  insecure: ["localhost:5000"]
  trustedRealms: ["auth.example.net"]
  credentials:
    ghcr.io: { username: me, passwordEnv: MIRRORIZE_GHCR_TOKEN }
  timeout: 5000
lockFile: locks/mirrorize.lock
`;

describe("a valid config file", () => {
  const settings = settingsFromText(VALID, ".mirrorize.yaml");

  test("own rules come first, with their file:line origin, then the preset's", () => {
    expect(settings.presets).toEqual(["daocloud"]);
    expect(settings.rules.slice(0, 3).map((r) => [r.match, r.strategy, r.origin])).toEqual([
      ["k8s.gcr.io", "flatten", ".mirrorize.yaml:5"],
      ["quay.io", "host", ".mirrorize.yaml:8"],
      ["*", "prefix", ".mirrorize.yaml:10"],
    ]);
    expect(settings.rules[1]?.mirrors).toEqual([
      { mirror: "quay.example.com" },
      { mirror: "quay2.example.com:5000/mirror" },
    ]);
    expect(settings.rules[3]?.origin).toBe("preset daocloud");
    expect(settings.configFile).toBe(".mirrorize.yaml");
  });

  test("every other key lands in Settings, with defaults filled in", () => {
    expect(settings.exclude).toEqual(["registry.example.com/**", "docker.io/library/busybox"]);
    expect(settings.files).toEqual({
      include: ["deploy/**"],
      exclude: ["**/testdata/**"],
      helmValues: ["charts/*/values-*.yaml"],
    });
    expect(settings.fields).toEqual([{ kind: "MyApp", group: "example.com", path: "spec/image" }]);
    expect(settings.embedded).toBe("rewrite");
    expect(settings.verify).toBe("exists");
    expect(settings.pin).toBe(true);
    expect(settings.helm).toEqual({ allowInsecureImages: true });
    expect(settings.limits).toEqual({ ...DEFAULT_LIMITS, maxFileSize: 1048576 });
    expect(settings.mode).toBe("check");
    expect(settings.registries?.insecure).toEqual(["localhost:5000"]);
    expect(settings.registries).toEqual({
      insecure: ["localhost:5000"],
      trustedRealms: { "*": ["auth.example.net"] },
      credentials: { "ghcr.io": { username: "me", passwordEnv: "MIRRORIZE_GHCR_TOKEN" } },
      timeout: 5000,
    });
    expect(settings.lockFile).toBe("locks/mirrorize.lock");
  });

  test("Settings are plain data (structured-clone safe)", () => {
    expect(structuredClone(settings)).toEqual(settings);
  });

  test("own rules beat the preset at equal specificity", () => {
    const r = createResolver(settings);
    expect(r.resolve("quay.io/a/b:1").output).toBe("quay.example.com/a/b:1");
    expect(r.resolve("quay.m.daocloud.io/a/b:1").status).toBe("already-mirrored");
  });

  test("an empty file and a file without preset use only their own rules", () => {
    expect(settingsFromText("", "x.yaml").rules).toEqual([]);
    const own = settingsFromText("rules:\n  - match: quay.io\n    mirror: q.example\n", "x.yaml");
    expect(own.presets).toEqual([]);
    expect(own.rules.map((r) => r.match)).toEqual(["quay.io"]);
    expect(own.embedded).toBe("report");
    expect(own.verify).toBe("off");
    expect(own.mode).toBe("fix");
  });

  test("Docker Hub aliases in match and mirror are folded into docker.io", () => {
    const s = settingsFromText(
      "rules:\n  - match: index.docker.io\n    mirror: Docker.M.Daocloud.io\n",
      "x.yaml",
    );
    expect(s.rules[0]?.match).toBe("docker.io");
    expect(s.rules[0]?.mirrors[0]?.mirror).toBe("docker.m.daocloud.io");
  });

  test("dead mirrors in a config keep their date and note", () => {
    const s = settingsFromText(
      "rules:\n  - match: gcr.io\n    mirror:\n      - mirror: gcr.azk8s.cn\n        status: dead\n        since: 2020-04-02\n        note: closed\n",
      "x.yaml",
    );
    expect(s.rules[0]?.mirrors).toEqual([
      { mirror: "gcr.azk8s.cn", deadSince: "2020-04-02", deadReason: "closed" },
    ]);
  });
});

describe("errors name the file, the line and the key", () => {
  test.each([
    [
      "unknown top-level key",
      "preset: daocloud\nrulez: []\n",
      ".mirrorize.yaml:2: rulez is not a known key; did you mean rules?",
      "rulez",
    ],
    [
      "unknown key in a rule",
      "rules:\n  - match: quay.io\n    mirror: q.example\n    stratgy: host\n",
      ".mirrorize.yaml:4: rules[0].stratgy is not a known key; did you mean strategy?",
      "rules[0].stratgy",
    ],
    [
      "unknown key without a close match lists the allowed ones",
      "files:\n  zzz: []\n",
      ".mirrorize.yaml:2: files.zzz is not a known key; allowed keys: include, exclude, helmValues, valuesNames.",
      "files.zzz",
    ],
    [
      "bad strategy",
      "rules:\n  - match: quay.io\n    mirror: q.example\n  - match: gcr.io\n    mirror: g.example\n    strategy: flaten\n",
      '.mirrorize.yaml:6: rules[1].strategy must be one of host, prefix, flatten (got "flaten").',
      "rules[1].strategy",
    ],
    [
      "mirror with a tag",
      "rules:\n  - match: quay.io\n    mirror: q.example/x:1\n",
      '.mirrorize.yaml:3: rules[0].mirror must not carry a tag or digest (got "q.example/x:1").',
      "rules[0].mirror",
    ],
    [
      "mirror without a host",
      "rules:\n  - match: quay.io\n    mirror: mirror\n",
      '.mirrorize.yaml:3: rules[0].mirror must start with a registry host such as quay.io or registry.example.com:5000 (got "mirror").',
      "rules[0].mirror",
    ],
    [
      "invalid mirror path",
      "rules:\n  - match: quay.io\n    mirror: [ok.example, q.example/UPPER]\n",
      ".mirrorize.yaml:3: rules[0].mirror[1] must be host[:port][/path]",
      "rules[0].mirror[1]",
    ],
    [
      "invalid match",
      "rules:\n  - match: nginx\n    mirror: q.example\n",
      '.mirrorize.yaml:2: rules[0].match must be "*" or start with a registry host',
      "rules[0].match",
    ],
    [
      "missing mirror",
      "rules:\n  - match: quay.io\n",
      ".mirrorize.yaml:2: rules[0].mirror is required.",
      "rules[0].mirror",
    ],
    [
      "wrong type",
      "exclude: registry.example.com/**\n",
      '.mirrorize.yaml:1: exclude must be a list (got "registry.example.com/**").',
      "exclude",
    ],
    [
      "bad enum",
      "\n\nverify: yes\n",
      '.mirrorize.yaml:3: verify must be one of off, exists, digest (got "yes").',
      "verify",
    ],
    [
      "unknown preset",
      "preset: daocluod\n",
      '.mirrorize.yaml:1: preset must be one of aliyun, daocloud, daocloud-prefix, seed-2020 (got "daocluod").',
      "preset",
    ],
    [
      "bad apiVersion",
      "apiVersion: v1\n",
      '.mirrorize.yaml:1: apiVersion must be "mirrorize.dev/v1alpha1" (got "v1").',
      "apiVersion",
    ],
    [
      "limits must be positive integers",
      "limits:\n  maxDepth: 0\n",
      ".mirrorize.yaml:2: limits.maxDepth must be greater than 0 (got 0).",
      "limits.maxDepth",
    ],
    [
      "bad date in a dead mirror",
      "rules:\n  - match: gcr.io\n    mirror:\n      - mirror: gcr.azk8s.cn\n        status: dead\n        since: April 2020\n",
      '.mirrorize.yaml:6: rules[0].mirror[0].since must be a date written YYYY-MM-DD (or YYYY-MM) (got "April 2020").',
      "rules[0].mirror[0].since",
    ],
  ])("%s", (_, text, message, key) => {
    const error = configError(() => settingsFromText(text, ".mirrorize.yaml"));
    expect(error.message.startsWith(message), `${error.message}\n  should start with\n${message}`).toBe(true);
    expect(error.key).toBe(key);
    expect(error.file).toBe(".mirrorize.yaml");
    expect(error.line).toBe(Number(/:(\d+):/.exec(message)?.[1]));
  });

  test("several problems: the first by line is reported, with the count of the others", () => {
    const error = configError(() => settingsFromText("verify: no\npin: maybe\nextra: 1\n", "c.yaml"));
    expect(error.message).toBe(
      'c.yaml:1: verify must be one of off, exists, digest (got "no") (and 2 more problems).',
    );
  });

  test("a YAML syntax error names the line", () => {
    const error = configError(() => settingsFromText("rules:\n  - match: quay.io\n   mirror: [\n", "c.yaml"));
    expect(error.message).toMatch(/^c\.yaml:\d+: the file is not valid YAML/);
  });

  test("duplicate keys are an error", () => {
    expect(() => settingsFromText("pin: true\npin: false\n", "c.yaml")).toThrow(/not valid YAML/);
  });
});

describe("settingsFromObject (KRM functionConfig)", () => {
  test("validates with the same schema; messages start with the origin", () => {
    const s = settingsFromObject(
      {
        apiVersion: "mirrorize.dev/v1alpha1",
        kind: "MirrorizeConfig",
        metadata: { name: "mirrorize", annotations: { "config.kubernetes.io/function": "exec: {}" } },
        rules: [{ match: "quay.io", mirror: "q.example" }],
      },
      "functionConfig",
    );
    expect(s.presets).toEqual([]);
    expect(s.rules.map((r) => r.origin)).toEqual(["functionConfig rules[0]"]);
    const error = configError(() =>
      settingsFromObject(
        { rules: [{ match: "quay.io", mirror: "q.example", strategy: "flaten" }] },
        "functionConfig",
      ),
    );
    expect(error.message).toBe(
      'functionConfig: rules[0].strategy must be one of host, prefix, flatten (got "flaten").',
    );
    expect(error.line).toBeUndefined();
  });

  test("a preset option replaces the object's preset", () => {
    expect(settingsFromObject({ preset: "aliyun" }, "fc", { preset: "daocloud" }).presets).toEqual([
      "daocloud",
    ]);
  });
});

describe("loadSettings", () => {
  test("no config file at all → the daocloud preset", async () => {
    const root = tree({ ".git/": "", "app/deploy.yaml": "" });
    const s = await loadSettings({ cwd: root, paths: ["app"] });
    expect(s.presets).toEqual(["daocloud"]);
    expect(s.configFile).toBeUndefined();
    expect(createResolver(s).resolve("nginx:1.25").output).toBe("docker.m.daocloud.io/library/nginx:1.25");
  });

  test("found upward from the scanned path, named relative to cwd", async () => {
    const root = tree({
      ".git/": "",
      ".mirrorize.yaml": "preset: aliyun\n",
      "apps/web/deploy.yaml": "",
    });
    const s = await loadSettings({ cwd: root, paths: ["apps/web/deploy.yaml"] });
    expect(s.presets).toEqual(["aliyun"]);
    expect(s.configFile).toBe(".mirrorize.yaml");
    const fromSub = await loadSettings({ cwd: join(root, "apps"), paths: ["web"] });
    expect(fromSub.configFile).toBe("../.mirrorize.yaml");
  });

  test("the nearest file wins; .yml is found too", async () => {
    const root = tree({
      ".git/": "",
      ".mirrorize.yaml": "preset: aliyun\n",
      "apps/.mirrorize.yml": "preset: seed-2020\n",
      "apps/web/x.yaml": "",
    });
    expect((await loadSettings({ cwd: root, paths: ["apps/web"] })).presets).toEqual(["seed-2020"]);
    expect(findConfigFile("apps/web", root)).toBe(join(root, "apps", ".mirrorize.yml"));
  });

  test("the search stops at the repository root (the directory holding .git)", async () => {
    const outer = tree({ ".mirrorize.yaml": "preset: aliyun\n", "repo/.git/": "", "repo/app/x.yaml": "" });
    const s = await loadSettings({ cwd: join(outer, "repo"), paths: ["app"] });
    expect(s.configFile).toBeUndefined();
    expect(s.presets).toEqual(["daocloud"]);
    // without .git it keeps going up
    const noGit = tree({ ".mirrorize.yaml": "preset: aliyun\n", "repo/app/x.yaml": "" });
    expect((await loadSettings({ cwd: join(noGit, "repo"), paths: ["app"] })).presets).toEqual(["aliyun"]);
  });

  test("both .mirrorize.yaml and .mirrorize.yml in one directory is an error", async () => {
    const root = tree({ ".git/": "", ".mirrorize.yaml": "", ".mirrorize.yml": "" });
    const error = await asyncConfigError(loadSettings({ cwd: root }));
    expect(error.message).toMatch(/Both .mirrorize.yaml and .mirrorize.yml exist/);
  });

  test("paths with different config files are an error", async () => {
    const root = tree({ ".git/": "", "a/.mirrorize.yaml": "", "b/x.yaml": "" });
    const error = await asyncConfigError(loadSettings({ cwd: root, paths: ["a", "b"] }));
    expect(error.message).toMatch(/use different configs/);
  });

  test("--config names the file explicitly; a missing one is an error", async () => {
    const root = tree({
      ".git/": "",
      "conf/mirrors.yaml": "preset: daocloud-prefix\n",
      ".mirrorize.yaml": "preset: aliyun\n",
    });
    expect((await loadSettings({ cwd: root, configFile: "conf/mirrors.yaml" })).presets).toEqual([
      "daocloud-prefix",
    ]);
    const error = await asyncConfigError(loadSettings({ cwd: root, configFile: "nope.yaml" }));
    expect(error.message).toBe("The config file nope.yaml does not exist; check the --config path.");
  });

  test("--preset replaces the config's preset and keeps its own rules", async () => {
    const root = tree({
      ".git/": "",
      ".mirrorize.yaml": "preset: aliyun\nrules:\n  - match: quay.io\n    mirror: q.example\n",
    });
    const s = await loadSettings({ cwd: root, preset: "daocloud-prefix" });
    expect(s.presets).toEqual(["daocloud-prefix"]);
    expect(s.rules[0]?.match).toBe("quay.io");
    expect(s.rules.some((r) => r.origin === "preset aliyun")).toBe(false);
    expect(createResolver(s).resolve("nginx").output).toBe("m.daocloud.io/docker.io/library/nginx");
  });

  test("--preset without a config file; a comma-separated list applies in order", async () => {
    const root = tree({ ".git/": "" });
    const s = await loadSettings({ cwd: root, preset: "aliyun,daocloud" });
    expect(s.presets).toEqual(["aliyun", "daocloud"]);
    expect(createResolver(s).resolve("registry.k8s.io/pause:3.9").output).toBe(
      "registry.aliyuncs.com/google_containers/pause:3.9",
    );
  });

  test("an unknown --preset lists the known ones", async () => {
    const error = await asyncConfigError(loadSettings({ cwd: tmp, preset: "daoclod" }));
    expect(error.message).toBe(
      '--preset: unknown preset "daoclod"; known presets: aliyun, daocloud, daocloud-prefix, seed-2020.',
    );
  });

  test("errors in a discovered file name it relative to cwd", async () => {
    const root = tree({
      ".git/": "",
      ".mirrorize.yaml": "rules:\n  - match: quay.io\n    mirror: q.example\n    strategy: flaten\n",
    });
    const error = await asyncConfigError(loadSettings({ cwd: root, paths: ["."] }));
    expect(error.message).toBe(
      '.mirrorize.yaml:4: rules[0].strategy must be one of host, prefix, flatten (got "flaten").',
    );
  });
});

test("a mirror of the wrong type names every accepted form", () => {
  const error = configError(() => settingsFromText("rules:\n  - match: quay.io\n    mirror: 5\n", "c.yaml"));
  expect(error.message).toBe("c.yaml:3: rules[0].mirror must be a string, a map or a list (got 5).");
});
