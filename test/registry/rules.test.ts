/**
 * The pure rules of the client: challenges, hosts and schemes, where credentials may go, Docker
 * config.json parsing, manifest reading, Retry-After, rate-limit headers and error bodies.
 */
import { describe, expect, test } from "vitest";
import {
  allowsPlainHttp,
  apiHostOf,
  dockerConfigPath,
  explicitCredentials,
  isLoopback,
  MANIFEST_ACCEPT,
  mayReceiveCredentials,
  mergeCredentials,
  parseChallenges,
  parseDockerConfig,
  parseManifest,
  parseRateLimit,
  parseRetryAfter,
  readErrorBody,
  realmProblem,
  registrableDomainOf,
} from "../../src/registry/index.js";
import { pickPlatformEntry } from "../../src/registry/manifest.js";

const D = (c: string) => `sha256:${c.repeat(64)}`;

describe("WWW-Authenticate", () => {
  test.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      [
        {
          scheme: "bearer",
          params: {
            realm: "https://auth.docker.io/token",
            service: "registry.docker.io",
            scope: "repository:library/nginx:pull",
          },
        },
      ],
    ],
    ['Basic realm="test-realm"', [{ scheme: "basic", params: { realm: "test-realm" } }]],
    [
      'Bearer realm="https://r/t", scope="repository:a:pull,push repository:b:pull", error="insufficient_scope"',
      [
        {
          scheme: "bearer",
          params: {
            realm: "https://r/t",
            scope: "repository:a:pull,push repository:b:pull",
            error: "insufficient_scope",
          },
        },
      ],
    ],
    [
      'Basic realm="a", Bearer realm="https://x/token",service=svc',
      [
        { scheme: "basic", params: { realm: "a" } },
        { scheme: "bearer", params: { realm: "https://x/token", service: "svc" } },
      ],
    ],
    ['Bearer realm="with \\"quotes\\""', [{ scheme: "bearer", params: { realm: 'with "quotes"' } }]],
    ["", []],
  ])("%s", (header, challenges) => {
    expect(parseChallenges(header)).toEqual(challenges);
  });
});

describe("hosts", () => {
  test.each([
    ["docker.io", "registry-1.docker.io"],
    ["index.docker.io", "registry-1.docker.io"],
    ["registry-1.docker.io", "registry-1.docker.io"],
    ["quay.io", "quay.io"],
    ["127.0.0.1:5000", "127.0.0.1:5000"],
  ])("API host of %s is %s", (registry, host) => {
    expect(apiHostOf(registry)).toBe(host);
  });

  test.each([
    ["localhost:5000", true],
    ["localhost", true],
    ["app.localhost:80", true],
    ["127.0.0.1:5000", true],
    ["127.8.9.10", true],
    ["[::1]:5000", true],
    ["10.0.0.1:5000", false],
    ["myregistry:5000", false],
    ["localhost.example.com", false],
  ])("%s is loopback: %s", (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });

  test.each([
    ["127.0.0.1:5000", [], true],
    ["registry.lan:5000", [], false],
    ["registry.lan:5000", ["registry.lan:5000"], true],
    ["registry.lan:5000", ["registry.lan"], true],
    ["registry.lan:5000", ["registry.lan:6000"], false],
    ["quay.io", ["docker.io"], false],
  ])("plain HTTP to %s with insecure %j: %s", (host, insecure, allowed) => {
    expect(allowsPlainHttp(host, insecure)).toBe(allowed);
  });

  test.each([
    ["registry-1.docker.io", "docker.io"],
    ["auth.docker.io", "docker.io"],
    ["ghcr.io", "ghcr.io"],
    ["k8s.m.daocloud.io", "daocloud.io"],
    ["registry.cn-hangzhou.aliyuncs.com", "aliyuncs.com"],
    ["a.b.example.com.cn", "example.com.cn"],
    ["myreg.azurecr.io", "myreg.azurecr.io"],
    ["us-docker.pkg.dev", "us-docker.pkg.dev"],
    ["1234.dkr.ecr.us-east-1.amazonaws.com", "1234.dkr.ecr.us-east-1.amazonaws.com"],
    ["127.0.0.1:5000", "127.0.0.1"],
    ["[::1]:5000", "::1"],
    ["localhost:5000", "localhost"],
  ])("registrable domain of %s is %s", (host, domain) => {
    expect(registrableDomainOf(host)).toBe(domain);
  });
});

describe("where credentials may go", () => {
  test.each([
    ["docker.io", "https://auth.docker.io/token", {}, true],
    ["ghcr.io", "https://ghcr.io/token", {}, true],
    ["quay.io", "https://quay.io/v2/auth", {}, true],
    ["registry.gitlab.com", "https://gitlab.com/jwt/auth", {}, true],
    ["127.0.0.1:5000", "http://127.0.0.1:5001/token", {}, true],
    ["nvcr.io", "https://authn.nvidia.com/token", {}, true],
    ["docker.io", "https://evil.example/token", {}, false],
    ["mirror.example.com", "https://auth.other.example/token", {}, false],
    ["myreg.azurecr.io", "https://otherreg.azurecr.io/oauth2/token", {}, false],
    ["1.dkr.ecr.us-east-1.amazonaws.com", "https://2.dkr.ecr.us-east-1.amazonaws.com/", {}, false],
    ["127.0.0.1:5000", "http://127.0.0.2:5001/token", {}, false],
    ["127.0.0.1:5000", "http://localhost:5001/token", {}, false],
    [
      "mirror.example.com",
      "https://auth.other.example/token",
      { "mirror.example.com": ["auth.other.example"] },
      true,
    ],
    ["mirror.example.com", "https://auth.other.example/token", { "*": ["auth.other.example"] }, true],
    [
      "mirror.example.com",
      "https://auth.other.example/token",
      { "docker.io": ["auth.other.example"] },
      false,
    ],
  ])("credentials of %s to %s (allowlist %j): %s", (registry, realm, trusted, allowed) => {
    expect(mayReceiveCredentials(registry, new URL(realm), trusted)).toBe(allowed);
  });
});

describe("token realms that are never asked", () => {
  test.each([
    ["quay.io", "https://quay.io/v2/auth", undefined],
    ["127.0.0.1:5000", "http://127.0.0.1:5001/token", undefined],
    [
      "evil.example",
      "http://127.0.0.1:8080/token",
      /is on this machine while the registry evil.example is not/,
    ],
    ["evil.example", "http://localhost/token", /is on this machine/],
    ["evil.example", "file:///etc/passwd", /not an http\(s\) URL/],
  ])("realm of %s at %s", (registry, realm, problem) => {
    const found = realmProblem(registry, new URL(realm));
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
});

describe("Docker config.json", () => {
  const auth = (s: string) => Buffer.from(s).toString("base64");

  test("auths: auth, identitytoken, registrytoken, username/password; Hub aliases fold to docker.io", () => {
    const config = JSON.stringify({
      auths: {
        "https://index.docker.io/v1/": { auth: auth("hubuser:hub:pass") },
        "ghcr.io": { auth: auth("me:ghp_token") },
        "https://registry.example.com:5000": { identitytoken: "refresh-me" },
        "quay.io": { registrytoken: "ready-token" },
        "plain.example": { username: "u", password: "p" },
        "broken.example": { auth: auth("no-colon") },
        "empty.example": {},
      },
    });
    const { credentials, warnings } = parseDockerConfig(config, "/home/u/.docker/config.json");
    expect(credentials).toEqual({
      "docker.io": {
        kind: "basic",
        username: "hubuser",
        password: "hub:pass",
        source: "/home/u/.docker/config.json (https://index.docker.io/v1/)",
      },
      "ghcr.io": {
        kind: "basic",
        username: "me",
        password: "ghp_token",
        source: "/home/u/.docker/config.json (ghcr.io)",
      },
      "registry.example.com:5000": {
        kind: "identity-token",
        token: "refresh-me",
        source: "/home/u/.docker/config.json (https://registry.example.com:5000)",
      },
      "quay.io": { kind: "bearer", token: "ready-token", source: "/home/u/.docker/config.json (quay.io)" },
      "plain.example": {
        kind: "basic",
        username: "u",
        password: "p",
        source: "/home/u/.docker/config.json (plain.example)",
      },
    });
    expect(warnings).toEqual([
      "/home/u/.docker/config.json: entry broken.example is ignored: its `auth` is not base64 of `user:password`.",
    ]);
  });

  test.each([
    ["{not json", /is not valid JSON/],
    [JSON.stringify({ credsStore: "desktop" }), /credential helper/],
    [JSON.stringify({ credHelpers: { "gcr.io": "gcloud" } }), /credential helper/],
  ])("%s warns", (text, warning) => {
    const result = parseDockerConfig(text, "config.json");
    expect(result.credentials).toEqual({});
    expect(result.warnings[0]).toMatch(warning);
  });

  test("path: DOCKER_CONFIG, else ~/.docker", () => {
    expect(dockerConfigPath({ DOCKER_CONFIG: "/etc/ci-docker" }, "/home/u")).toBe(
      "/etc/ci-docker/config.json",
    );
    expect(dockerConfigPath({}, "/home/u")).toBe("/home/u/.docker/config.json");
  });

  test("explicit settings win over config.json", () => {
    const explicit = explicitCredentials(
      { "index.docker.io": { username: "ci", password: "secret" } },
      "inputs",
    );
    const file = parseDockerConfig(
      JSON.stringify({ auths: { "docker.io": { auth: auth("old:pw") } } }),
      "f",
    ).credentials;
    expect(mergeCredentials(explicit, file)["docker.io"]).toEqual({
      kind: "basic",
      username: "ci",
      password: "secret",
      source: "inputs (index.docker.io)",
    });
  });
});

describe("manifests", () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  test("the Accept list names all four manifest types and no schema 1", () => {
    expect(MANIFEST_ACCEPT.split(", ").sort()).toEqual([
      "application/vnd.docker.distribution.manifest.list.v2+json",
      "application/vnd.docker.distribution.manifest.v2+json",
      "application/vnd.oci.image.index.v1+json",
      "application/vnd.oci.image.manifest.v1+json",
    ]);
  });

  test.each([
    [{ schemaVersion: 2, config: { digest: D("a"), mediaType: "x" }, layers: [] }, "image"],
    [
      { schemaVersion: 2, manifests: [{ digest: D("b"), platform: { os: "linux", architecture: "amd64" } }] },
      "index",
    ],
    [
      {
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.index.v1+json",
        manifests: [{ digest: "bad" }],
      },
      "unknown",
    ],
    [{ schemaVersion: 1, fsLayers: [] }, "unknown"],
    ["not an object", "unknown"],
  ])("%j is %s", (manifest, kind) => {
    expect(parseManifest(encode(manifest)).kind).toBe(kind);
  });

  test("platform choice: linux/amd64, skipping attestations; else the first runnable entry", () => {
    const attestation = {
      digest: D("1"),
      platform: { os: "unknown", architecture: "unknown" },
      annotations: { "vnd.docker.reference.type": "attestation-manifest" },
    };
    const arm = { digest: D("2"), platform: { os: "linux", architecture: "arm64", variant: "v8" } };
    const amd = { digest: D("3"), platform: { os: "linux", architecture: "amd64" } };
    expect(pickPlatformEntry([attestation, arm, amd])?.digest).toBe(D("3"));
    expect(pickPlatformEntry([attestation, arm])?.digest).toBe(D("2"));
    expect(pickPlatformEntry([attestation])).toBeUndefined();
    expect(pickPlatformEntry([amd, arm], "linux/arm64")?.digest).toBe(D("2"));
  });
});

describe("response headers and bodies", () => {
  test.each([
    ["3", 3000],
    [" 0 ", 0],
    ["Fri, 27 Nov 2026 05:00:10 GMT", 10_000],
    ["soon", undefined],
    [null, undefined],
  ])("Retry-After %j → %s ms", (value, ms) => {
    expect(parseRetryAfter(value, Date.parse("Fri, 27 Nov 2026 05:00:00 GMT"))).toBe(ms);
  });

  test.each([
    [
      { "ratelimit-limit": "100;w=21600", "ratelimit-remaining": "20;w=21600" },
      { limit: 100, remaining: 20, windowSeconds: 21600 },
    ],
    [
      { "ratelimit-remaining": "0", "docker-ratelimit-source": "198.51.100.1" },
      { remaining: 0, source: "198.51.100.1" },
    ],
    [{}, undefined],
  ])("rate-limit headers %j", (headers, expected) => {
    expect(parseRateLimit(new Headers(headers))).toEqual(expected);
  });

  test.each([
    [
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{}}]}',
      { code: "MANIFEST_UNKNOWN", message: "manifest unknown" },
    ],
    ["<html><body><h1>403 Forbidden</h1></body></html>", { message: "403 Forbidden" }],
    ["You have reached your pull rate limit.", { message: "You have reached your pull rate limit." }],
    ["{}", {}],
    ["", {}],
  ])("error body %j", (body, expected) => {
    expect(readErrorBody(new TextEncoder().encode(body))).toEqual(expected);
  });
});
