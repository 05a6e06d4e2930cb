/**
 * The pieces around online verification that need no registry: credentials named by environment
 * variables, the client built from `registries`, where the lock file is, the level `pin` implies,
 * and how the engine plans a reference whose resolution came from verification.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ConfigError, settingsFromText } from "../../src/config/index.js";
import type { Settings } from "../../src/config/types.js";
import {
  effectiveLevel,
  lockFilePath,
  type PlannedResolution,
  planContext,
  planFile,
  readLockFile,
  scan,
  verifyScan,
} from "../../src/engine/index.js";
import { clientFromSettings, configuredCredentials } from "../../src/registry/index.js";
import { createResolver } from "../../src/resolver/index.js";
import { testSettings } from "../helpers/settings.js";
import { tempDir } from "../helpers/tree.js";

const registries = (credentials: NonNullable<Settings["registries"]>["credentials"]) => ({
  insecure: [],
  trustedRealms: {},
  credentials,
});

describe("credentials named by environment variables", () => {
  test.each([
    {
      name: "username and passwordEnv → Basic",
      ref: { username: "me", passwordEnv: "PW" },
      env: { PW: "secret-1" },
      kind: "basic",
    },
    {
      name: "usernameEnv and passwordEnv → Basic",
      ref: { usernameEnv: "USER", passwordEnv: "PW" },
      env: { USER: "bot", PW: "secret-2" },
      kind: "basic",
    },
    {
      name: "tokenEnv → a registry bearer token",
      ref: { tokenEnv: "TOK" },
      env: { TOK: "secret-3" },
      kind: "bearer",
    },
  ])("$name", ({ ref, env, kind }) => {
    const { credentials, warnings } = configuredCredentials(registries({ "ghcr.io": ref }), env);
    expect(warnings).toEqual([]);
    expect(credentials["ghcr.io"]?.kind).toBe(kind);
    expect(credentials["ghcr.io"]?.source).toBe("registries.credentials (ghcr.io)");
  });

  test.each([
    {
      ref: { username: "me", passwordEnv: "PW" },
      env: {},
      names: "passwordEnv names the environment variable PW",
    },
    {
      ref: { username: "me", passwordEnv: "PW" },
      env: { PW: "" },
      names: "passwordEnv names the environment variable PW",
    },
    {
      ref: { usernameEnv: "U", passwordEnv: "PW" },
      env: { PW: "x" },
      names: "usernameEnv names the environment variable U",
    },
    { ref: { tokenEnv: "TOK" }, env: {}, names: "tokenEnv names the environment variable TOK" },
  ])(
    "an unset variable is a warning, and the registry is asked anonymously ($names)",
    ({ ref, env, names }) => {
      const { credentials, warnings } = configuredCredentials(
        registries({ "registry.example.com:5000": ref }),
        env,
      );
      expect(credentials).toEqual({});
      expect(warnings).toEqual([
        `registries.credentials.registry.example.com:5000.${names}, which is not set; registry.example.com:5000 is accessed without these credentials.`,
      ]);
    },
  );

  test("Docker Hub's aliases fold into docker.io", () => {
    const { credentials } = configuredCredentials(
      registries({ "index.docker.io": { username: "me", passwordEnv: "PW" } }),
      { PW: "x" },
    );
    expect(Object.keys(credentials)).toEqual(["docker.io"]);
  });
});

describe("the client built from `registries`", () => {
  test("warns about a proxy it does not use and a credential helper it does not run; no secret in warnings", async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, "config.json"), JSON.stringify({ auths: {}, credsStore: "desktop" }));
      const built = await clientFromSettings(
        registries({ "ghcr.io": { username: "me", passwordEnv: "PW" } }),
        {
          env: { HTTPS_PROXY: "http://proxy.example:3128", PW: "hunter2", DOCKER_CONFIG: dir },
        },
      );
      expect(built.warnings).toEqual([
        expect.stringContaining(
          "uses a credential helper (credsStore/credHelpers), which mirrorize does not run",
        ),
        "HTTPS_PROXY is set, but mirrorize does not use HTTP proxies yet; registries are contacted directly.",
      ]);
      expect(built.warnings.join(" ")).not.toContain("hunter2");
      expect(built.client.stats().requests).toBe(0);
    } finally {
      cleanup();
    }
  });

  test("dockerConfig: false reads no file", async () => {
    const built = await clientFromSettings(undefined, {
      env: { DOCKER_CONFIG: "/nonexistent" },
      dockerConfig: false,
    });
    expect(built.warnings).toEqual([]);
  });
});

describe("settings", () => {
  test.each([
    { verify: "off", pin: false, level: "off" },
    { verify: "off", pin: true, level: "off" },
    { verify: "exists", pin: false, level: "exists" },
    { verify: "exists", pin: true, level: "digest" },
    { verify: "digest", pin: false, level: "digest" },
  ] as const)("verify $verify with pin $pin verifies at $level", ({ verify, pin, level }) => {
    expect(effectiveLevel({ verify, pin })).toBe(level);
  });

  test.each([
    { configFile: undefined, lockFile: undefined, path: "/repo/mirrorize.lock" },
    { configFile: ".mirrorize.yaml", lockFile: undefined, path: "/repo/mirrorize.lock" },
    { configFile: "deploy/.mirrorize.yaml", lockFile: undefined, path: "/repo/deploy/mirrorize.lock" },
    { configFile: "deploy/.mirrorize.yaml", lockFile: "../locks/prod.lock", path: "/repo/locks/prod.lock" },
  ])("lock file with config $configFile and lockFile $lockFile: $path", ({ configFile, lockFile, path }) => {
    const settings: Pick<Settings, "configFile" | "lockFile"> = {};
    if (configFile !== undefined) settings.configFile = configFile;
    if (lockFile !== undefined) settings.lockFile = lockFile;
    expect(lockFilePath(settings, "/repo")).toBe(path);
  });

  test("a literal secret in the config is refused, and the message does not repeat it", () => {
    const text = "registries:\n  credentials:\n    ghcr.io: { username: me, password: hunter2 }\n";
    expect(() => settingsFromText(text, ".mirrorize.yaml")).toThrow(ConfigError);
    try {
      settingsFromText(text, ".mirrorize.yaml");
    } catch (error) {
      expect((error as Error).message).toBe(
        '.mirrorize.yaml:3: registries.credentials["ghcr.io"].password must not be written in the config file: put the secret in an environment variable and name it with passwordEnv.',
      );
    }
  });

  test.each([
    ["registries:\n  insecure: [http://registry.local]\n", "registries.insecure[0] must be a registry host"],
    [
      "registries:\n  credentials:\n    https://ghcr.io: { tokenEnv: MIRRORIZE_T }\n",
      "is not a registry host",
    ],
    [
      "registries:\n  credentials:\n    ghcr.io: { tokenEnv: GITHUB_TOKEN }\n",
      "tokenEnv must name an environment variable that starts with MIRRORIZE_",
    ],
    ["registries:\n  credentials:\n    ghcr.io: { username: me }\n", "passwordEnv is required with username"],
    [
      "registries:\n  credentials:\n    ghcr.io: { tokenEnv: 'a b' }\n",
      "must name an environment variable that starts with MIRRORIZE_",
    ],
    ["registries:\n  timeout: 0\n", "registries.timeout must be greater than 0"],
    ["registries:\n  proxy: http://x\n", "registries.proxy is not a known key"],
  ])("config error: %s", (text, message) => {
    expect(() => settingsFromText(text, ".mirrorize.yaml")).toThrow(message);
  });
});

describe("the lock file", () => {
  test("missing: an empty lock; invalid: a config error naming the file", async () => {
    const { dir, cleanup } = tempDir();
    try {
      expect(await readLockFile(join(dir, "mirrorize.lock"), "mirrorize.lock")).toEqual({
        lock: { images: {} },
        found: false,
      });
      writeFileSync(join(dir, "mirrorize.lock"), "version: 2\n");
      await expect(readLockFile(join(dir, "mirrorize.lock"), "mirrorize.lock")).rejects.toThrow(
        /^mirrorize.lock must say `version: 1` \(found 2\); fix it or run `mirrorize lock` to rewrite it\.$/,
      );
    } finally {
      cleanup();
    }
  });
});

describe("planning with resolutions from verification", () => {
  const settings = testSettings();
  const text = [
    "apiVersion: v1",
    "kind: Pod",
    "metadata: { name: p }",
    "spec:",
    "  containers:",
    "    - name: a",
    "      image: nginx:1.25",
    "    - name: b",
    "      image: quay.io/prometheus/node-exporter:v1.8.0",
    "    - name: c",
    "      image: constructor",
    "",
  ].join("\n");
  const resolutions: Record<string, PlannedResolution> = {
    "nginx:1.25": {
      input: "nginx:1.25",
      status: "verify-failed",
      reason: "nginx:1.25 is not rewritten: no mirror passed `digest` verification (mismatch). …",
      warnings: [],
    },
    "quay.io/prometheus/node-exporter:v1.8.0": {
      input: "quay.io/prometheus/node-exporter:v1.8.0",
      status: "rewrite",
      output: `quay.m.daocloud.io/prometheus/node-exporter:v1.8.0@sha256:${"a".repeat(64)}`,
      notice: "the mirror re-packed the image",
      warnings: [],
    },
  };

  test.each(["check", "fix"] as const)(
    "%s: verify-failed at the image's line; a notice makes a warning",
    (mode) => {
      const ctx = planContext(settings, createResolver(settings), mode, resolutions);
      const plan = planFile("pod.yaml", text, "manifest", ctx);
      const [nginx, exporter, plain] = plan.findings;
      expect(nginx).toMatchObject({ kind: "verify-failed", severity: "error", line: 7, column: 14 });
      expect(nginx?.message).toBe(resolutions["nginx:1.25"]!.reason);
      expect(nginx?.to).toBeUndefined();
      expect(exporter).toMatchObject({
        kind: "rewrite",
        severity: mode === "check" ? "error" : "warning",
        to: resolutions["quay.io/prometheus/node-exporter:v1.8.0"]!.output,
      });
      expect(exporter?.message).toMatch(/ Warning: the mirror re-packed the image$/);
      // An input named like an Object.prototype key is resolved by the resolver, not the map.
      expect(plain).toMatchObject({ kind: "rewrite", to: "docker.m.daocloud.io/library/constructor" });
      expect(plan.edits).toHaveLength(2);
    },
  );

  test("resolutions are plain data (structured-clone safe, for worker threads)", () => {
    expect(structuredClone(resolutions)).toEqual(resolutions);
  });

  test("verify off and no pin: verifyScan is scan, and sends nothing", async () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, "k"));
      writeFileSync(join(dir, "k/pod.yaml"), text);
      const options = { cwd: dir, paths: ["."], settings, write: false };
      const verified = await verifyScan(options);
      const plain = await scan(options);
      expect(verified.verification).toBeUndefined();
      expect(verified.findings).toEqual(plain.findings);
    } finally {
      cleanup();
    }
  });
});
