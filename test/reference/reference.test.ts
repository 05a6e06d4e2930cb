/**
 * Our own table of reference cases: Docker Hub aliases, ports, localhost, IPv6, tag + digest,
 * digest algorithms, length limits, templates and placeholders, messages.
 */
import { describe, expect, it } from "vitest";
import {
  familiarMatch,
  familiarName,
  familiarString,
  format,
  type ImageReference,
  isDockerHub,
  name,
  type ParseResult,
  parse,
  parseAny,
  parseDockerRef,
  parseNamed,
  parseNormalized,
  pathMatch,
  type ReferenceErrorKind,
  splitDomain,
  withDigest,
  withName,
  withTag,
} from "../../src/reference/index.js";

const HEX64 = "0123456789abcdef".repeat(4);
const SHA256 = `sha256:${HEX64}`;
const SHA384 = `sha384:${"ab".repeat(48)}`;
const SHA512 = `sha512:${"cd".repeat(64)}`;

interface Expected {
  /** format() of the result, or the error kind when it must fail. */
  out?: string;
  error?: ReferenceErrorKind;
  domain?: string;
  path?: string;
  tag?: string;
  digest?: string;
  familiar?: string;
}

function expectResult(result: ParseResult, expected: Expected): void {
  if (expected.error !== undefined) {
    expect(result.ok ? format(result.ref) : result.error.kind).toBe(expected.error);
    return;
  }
  expect(result.ok ? "ok" : result.error.message).toBe("ok");
  if (!result.ok) return;
  const ref = result.ref;
  if (expected.out !== undefined) expect(format(ref)).toBe(expected.out);
  if (expected.domain !== undefined) expect(ref.domain).toBe(expected.domain);
  if (expected.path !== undefined) expect(ref.path).toBe(expected.path);
  if ("tag" in expected) expect(ref.tag).toBe(expected.tag);
  if ("digest" in expected) expect(ref.digest).toBe(expected.digest);
  if (expected.familiar !== undefined) expect(familiarString(ref)).toBe(expected.familiar);
}

describe("parseNormalized", () => {
  const table: [string, Expected][] = [
    // Docker Hub: familiar names, library/, and the alias table.
    ["nginx", { out: "docker.io/library/nginx", familiar: "nginx", tag: undefined }],
    ["nginx:1.25", { out: "docker.io/library/nginx:1.25", familiar: "nginx:1.25", tag: "1.25" }],
    ["docker.io/nginx", { out: "docker.io/library/nginx", familiar: "nginx" }],
    ["docker.io/library/nginx:1.25", { out: "docker.io/library/nginx:1.25" }],
    ["index.docker.io/nginx", { out: "docker.io/library/nginx" }],
    ["registry-1.docker.io/nginx:1", { out: "docker.io/library/nginx:1", familiar: "nginx:1" }],
    ["registry.hub.docker.com/library/nginx", { out: "docker.io/library/nginx" }],
    [
      "registry-1.docker.io/bitnami/redis:7",
      { out: "docker.io/bitnami/redis:7", familiar: "bitnami/redis:7" },
    ],
    ["bitnami/redis", { out: "docker.io/bitnami/redis", domain: "docker.io", path: "bitnami/redis" }],
    ["library/foo/bar", { out: "docker.io/library/foo/bar", familiar: "library/foo/bar" }],
    // Alias matching is exact, as in Go: a differently cased spelling is its own domain.
    ["Docker.io/nginx", { out: "Docker.io/nginx", domain: "Docker.io" }],
    ["hub.docker.com/nginx", { out: "hub.docker.com/nginx", domain: "hub.docker.com" }],
    // Other registries: no library/.
    ["quay.io/prometheus/node-exporter:v0.18.1", { domain: "quay.io", path: "prometheus/node-exporter" }],
    ["gcr.io/pause", { out: "gcr.io/pause", path: "pause" }],
    ["k8s.gcr.io/kube-proxy:v1.18.0", { domain: "k8s.gcr.io", tag: "v1.18.0" }],
    ["xn--7o8h.com/myimage:xn--7o8h.com", { domain: "xn--7o8h.com", tag: "xn--7o8h.com" }],
    // Ports, localhost, IP addresses.
    ["myreg:5000/team/app:1.0", { domain: "myreg:5000", path: "team/app", tag: "1.0" }],
    ["localhost/foo", { out: "localhost/foo", domain: "localhost" }],
    ["localhost:5000/foo:1", { domain: "localhost:5000", path: "foo", tag: "1" }],
    // Go FIXME kept: without a "/" the fast path makes "localhost:5000" a Hub image tagged 5000.
    ["localhost:5000", { out: "docker.io/library/localhost:5000", tag: "5000" }],
    ["test.com:5000", { out: "docker.io/library/test.com:5000", tag: "5000" }],
    ["192.168.1.1:5000/repo:5050", { domain: "192.168.1.1:5000", tag: "5050" }],
    ["[2001:db8::1]:5000/repo:tag", { domain: "[2001:db8::1]:5000", path: "repo", tag: "tag" }],
    ["[::1]/repo", { domain: "[::1]", path: "repo" }],
    ["[2001:db8::1]", { error: "invalid-format" }],
    ["[2001:db8::1]:5000", { error: "invalid-format" }],
    ["fc00::1:5000/debian", { error: "invalid-format" }],
    ["[fe80::1%eth0]:5000/x", { error: "invalid-format" }],
    ["[2001:db8:3:4::192.0.2.33]:5000/x", { error: "invalid-format" }],
    ["myreg:http/app", { error: "invalid-format" }],
    // Go's Parse sees "foo_bar.com" as a path component (no "_" in hosts) and returns an empty
    // Domain(); we keep Go's validity and the domain Docker's split chose (see parse.ts).
    ["foo_bar.com/app:1", { out: "foo_bar.com/app:1", domain: "foo_bar.com", path: "app" }],
    // Tag and digest are kept exactly.
    [`nginx:1.25@${SHA256}`, { out: `docker.io/library/nginx:1.25@${SHA256}`, tag: "1.25", digest: SHA256 }],
    [`nginx@${SHA256}`, { familiar: `nginx@${SHA256}`, tag: undefined, digest: SHA256 }],
    [`quay.io/a/b:v1@${SHA256}`, { familiar: `quay.io/a/b:v1@${SHA256}` }],
    [`nginx@${SHA512}`, { digest: SHA512 }],
    [`nginx@${SHA384}`, { digest: SHA384 }],
    ["nginx:Latest", { tag: "Latest" }],
    ["nginx:1.0_RC-2.x", { tag: "1.0_RC-2.x" }],
    ["nginx:_x", { tag: "_x" }],
    // Digest errors (go-digest).
    [`nginx@sha512:${HEX64}`, { error: "digest-invalid-length" }],
    [`nginx@sha256:${HEX64.slice(1)}`, { error: "digest-invalid-length" }],
    [`nginx@sha256:${HEX64.toUpperCase()}`, { error: "digest-invalid-format" }],
    [`nginx@SHA256:${HEX64}`, { error: "digest-invalid-format" }],
    [`nginx@md5:${"a".repeat(32)}`, { error: "digest-unsupported" }],
    [`nginx@sha256:${"a".repeat(31)}`, { error: "invalid-format" }],
    ["nginx@", { error: "invalid-format" }],
    [`nginx@${SHA256}@${SHA256}`, { error: "invalid-format" }],
    [`@${SHA256}`, { error: "invalid-format" }],
    // Uppercase: only a first component taken as a domain may have it; tags may.
    ["Nginx:1.0", { error: "uppercase" }],
    ["docker/Docker", { error: "uppercase" }],
    ["quay.io/Org/app", { error: "uppercase" }],
    ["Foo/bar", { out: "Foo/bar", domain: "Foo" }],
    ["MyRegistry.Example.com/app", { domain: "MyRegistry.Example.com" }],
    // Image IDs.
    [HEX64, { error: "not-canonical" }],
    [`docker.io/${HEX64}`, { out: `docker.io/library/${HEX64}` }],
    [HEX64.slice(1), { out: `docker.io/library/${HEX64.slice(1)}` }],
    // Path grammar.
    ["foo__bar", { path: "library/foo__bar" }],
    ["foo---bar/x.y_z", { path: "foo---bar/x.y_z" }],
    ["foo___bar", { error: "invalid-format" }],
    ["foo..bar", { error: "invalid-format" }],
    ["foo.-bar", { error: "invalid-format" }],
    ["-foo", { error: "invalid-format" }],
    ["foo-/bar", { error: "invalid-format" }],
    ["foo//bar", { error: "invalid-format" }],
    ["foo/", { error: "invalid-format" }],
    ["/foo", { error: "invalid-format" }],
    ["nginx:", { error: "invalid-format" }],
    [":tag", { error: "invalid-format" }],
    ["nginx:-x", { error: "invalid-format" }],
    ["nginx:.x", { error: "invalid-format" }],
    ["nginx:1:2", { error: "invalid-format" }],
    ["bad_host.com:5000/x", { error: "invalid-format" }],
    // Templates and placeholders are not references.
    ["", { error: "empty" }],
    ["{{ .Values.image }}", { error: "invalid-format" }],
    ["{{ .Values.image.repository }}:{{ .Values.image.tag }}", { error: "invalid-format" }],
    ["repo/app:{{ .Values.tag }}", { error: "invalid-format" }],
    ["{{ .Values.registry }}/nginx:1.0", { error: "invalid-format" }],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell placeholder is the input under test
    ["${IMAGE}", { error: "invalid-format" }],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell placeholder is the input under test
    ["${REGISTRY}/app:${TAG}", { error: "invalid-format" }],
    ["$(params.image)", { error: "invalid-format" }],
    ["ko://github.com/org/app", { error: "invalid-format" }],
    ["https://ghcr.io/org/app", { error: "invalid-format" }],
    ["<no value>", { error: "invalid-format" }],
    [" nginx", { error: "invalid-format" }],
    ["nginx\n", { error: "invalid-format" }],
  ];
  it.each(table)("%s", (input, expected) => {
    expectResult(parseNormalized(input), expected);
  });
});

describe("parse (no normalisation)", () => {
  const table: [string, Expected][] = [
    ["nginx", { out: "nginx", domain: "", path: "nginx" }],
    // Go's Parse takes any first component that is a valid host as the domain.
    ["library/nginx", { domain: "library", path: "nginx" }],
    ["test.com:5000", { domain: "", path: "test.com", tag: "5000" }],
    ["test_com/foo", { domain: "", path: "test_com/foo" }],
    ["registry-1.docker.io/nginx", { domain: "registry-1.docker.io", path: "nginx" }],
    [`repo:tag@${SHA256}`, { domain: "", path: "repo", tag: "tag", digest: SHA256 }],
    [`repo@${SHA512}`, { digest: SHA512 }],
    ["Uppercase:tag", { error: "uppercase" }],
    ["test:5000/Uppercase/lowercase:tag", { error: "uppercase" }],
    ["lowercase:Uppercase", { tag: "Uppercase" }],
    ["Foo/bar", { domain: "Foo" }],
    ["", { error: "empty" }],
  ];
  it.each(table)("%s", (input, expected) => {
    expectResult(parse(input), expected);
  });

  it("passes digest options through: with only sha256 registered, sha512 is unsupported", () => {
    expectResult(parse(`repo@${SHA512}`, { digestAlgorithms: ["sha256"] }), { error: "digest-unsupported" });
    expectResult(parse(`repo@${SHA256}`, { digestAlgorithms: ["sha256"] }), { digest: SHA256 });
  });
});

describe("length limits (v0.6.0: the path, not the whole string, is limited to 255)", () => {
  const path255 = `a${"/a".repeat(127)}`;
  it.each<[string, string, Expected]>([
    ["a path of exactly 255", `${"a".repeat(255)}`, { path: "a".repeat(255) }],
    ["a path of 256", `${"a".repeat(256)}`, { error: "name-too-long" }],
    ["a 255-character path under a domain", `example.com/${"b".repeat(255)}:tag`, { domain: "example.com" }],
    ["a 255-character multi-component path", `registry.example.com:5000/${path255}`, { path: path255 }],
    ["a 128-character tag", `nginx:${"t".repeat(128)}`, { tag: "t".repeat(128) }],
    ["a 129-character tag", `nginx:${"t".repeat(129)}`, { error: "invalid-format" }],
  ])("parse: %s", (_label, input, expected) => {
    expectResult(parse(input), expected);
  });
  it("counts library/ in a normalised Hub path", () => {
    expectResult(parseNormalized("a".repeat(247)), { path: `library/${"a".repeat(247)}` });
    expectResult(parseNormalized("a".repeat(248)), { error: "name-too-long" });
  });
});

describe("messages", () => {
  it("names the input and says what is wrong, in one sentence", () => {
    const result = parseNormalized("Nginx:1.0");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        '"Nginx:1.0" is not a valid image reference: repository names must be lowercase (did you mean "nginx:1.0"?)',
      );
    }
  });
  it.each<[string, string]>([
    ["", "it is empty"],
    ["{{ .Values.image }}", "template expression or placeholder"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell placeholder is the input under test
    ["${IMAGE}", "template expression or placeholder"],
    ["nginx :1", "whitespace"],
    ["https://ghcr.io/a/b", 'remove the URL scheme "https://"'],
    ["nginx:", "the tag after"],
    ["nginx:-x", 'the tag "-x"'],
    ["foo//bar", "empty path component"],
    ["foo/-bar", 'the path component "-bar"'],
    ["bad_host.com:5000/x", 'the registry "bad_host.com:5000"'],
    ["[2001:db8::1]:5000", "only a registry host"],
    ["foo:bar:baz", 'more than one ":"'],
    ["a@b@c", 'more than one "@"'],
    [`nginx@sha256:${HEX64.slice(2)}`, "must have 64 hexadecimal characters, not 62"],
    [`nginx@md5:${"a".repeat(32)}`, 'algorithm "md5" is not supported'],
    [`nginx@sha256:abc`, 'the digest "sha256:abc"'],
    ["a".repeat(300), "308 characters long, more than the 255 allowed"],
    [HEX64, "image ID"],
  ])("%j → mentions %j", (input, fragment) => {
    const result = parseNormalized(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(fragment);
    expect(result.error.message.startsWith(`${JSON.stringify(input.slice(0, 100))}`)).toBe(true);
    expect(result.error.message).not.toContain("\n");
  });
  it("shortens a very long input in the message", () => {
    const result = parse(`${"a".repeat(10000)}!`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe("invalid-format");
      expect(result.error.message.length).toBeLessThan(400);
      expect(result.error.message).toContain("10001 characters");
    }
  });
  it("parseNamed suggests the canonical form", () => {
    const result = parseNamed("nginx");
    expect(result.ok ? "" : result.error.message).toContain('write "docker.io/library/nginx"');
  });
});

describe("inputs built to make a backtracking matcher explode are handled (and fast: one pass)", () => {
  it.each<[string, string, ReferenceErrorKind]>([
    ["long name then !", `${"a".repeat(10000)}!`, "invalid-format"],
    ["long separator chain", `${"a-".repeat(5000)}!`, "invalid-format"],
    ["long dotted host without path", `${"a.".repeat(5000)}a:`, "invalid-format"],
    ["many components, uppercase at the end", `${"a/".repeat(5000)}A`, "uppercase"],
    ["many dashes", `a${"-".repeat(20000)}`, "invalid-format"],
    ["unclosed IPv6", `[${":".repeat(10000)}`, "invalid-format"],
    ["huge valid-looking path", "a".repeat(100000), "name-too-long"],
    ["huge tag", `a:${"b".repeat(100000)}`, "invalid-format"],
    ["huge digest", `a@sha256:${"f".repeat(100000)}`, "digest-invalid-length"],
    ["domain components with dashes", `${"a-a.".repeat(3000)}com-/x`, "invalid-format"],
    ["underscores", `a${"_a".repeat(5000)}__`, "invalid-format"],
  ])("%s", (_label, input, kind) => {
    const result = parse(input);
    expect(result.ok ? "ok" : result.error.kind).toBe(kind);
    const normalized = parseNormalized(input);
    expect(normalized.ok).toBe(false);
  });
});

describe("never throws", () => {
  it.each([
    "\uD800",
    "\u0000",
    "a\uDFFFb/c",
    "🐳/whale",
    "İmage",
    "\u212Aube",
    "[",
    "]",
    "@",
    ":",
    "/",
    "//",
    "::",
  ])("%j", (input) => {
    for (const fn of [parse, parseNormalized, parseDockerRef, parseNamed, withName]) {
      expect(() => fn(input)).not.toThrow();
    }
    expect(() => parseAny(input)).not.toThrow();
  });
  it("reports Go's uppercase kind for characters whose lowercase is ASCII (İ, Kelvin sign)", () => {
    expectResult(parse("İmage"), { error: "uppercase" });
    expectResult(parse("\u212Aube"), { error: "uppercase" });
    expectResult(parse("i\u0307mage"), { error: "invalid-format" });
  });
});

describe("format and name", () => {
  const ref: ImageReference = { domain: "quay.io", path: "org/app", tag: "v1", digest: SHA256 };
  it.each<[ImageReference, string, string]>([
    [ref, `quay.io/org/app:v1@${SHA256}`, "quay.io/org/app"],
    [{ domain: "", path: "nginx" }, "nginx", "nginx"],
    [{ domain: "", path: "nginx", tag: "1" }, "nginx:1", "nginx"],
    [
      { domain: "localhost:5000", path: "a", digest: SHA256 },
      `localhost:5000/a@${SHA256}`,
      "localhost:5000/a",
    ],
    [
      { domain: "docker.io", path: "library/nginx", tag: "" },
      "docker.io/library/nginx",
      "docker.io/library/nginx",
    ],
  ])("%j", (input, formatted, named) => {
    expect(format(input)).toBe(formatted);
    expect(name(input)).toBe(named);
  });
});

describe("familiar forms", () => {
  it.each<[string, string, string]>([
    ["nginx", "nginx", "nginx"],
    ["docker.io/library/nginx:1", "nginx", "nginx:1"],
    ["registry-1.docker.io/library/nginx:1", "nginx", "nginx:1"],
    ["docker.io/library/foo/bar", "library/foo/bar", "library/foo/bar"],
    ["bitnami/redis:7", "bitnami/redis", "bitnami/redis:7"],
    [`busybox:latest@${SHA256}`, "busybox", `busybox:latest@${SHA256}`],
    ["quay.io/a/b:c", "quay.io/a/b", "quay.io/a/b:c"],
    ["localhost:5000/x", "localhost:5000/x", "localhost:5000/x"],
  ])("%s", (input, familiar, familiarFull) => {
    const result = parseNormalized(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(familiarName(result.ref)).toBe(familiar);
    expect(familiarString(result.ref)).toBe(familiarFull);
  });
  it("only familiarises the canonical docker.io spelling (normalise first)", () => {
    expect(familiarName({ domain: "index.docker.io", path: "library/nginx" })).toBe(
      "index.docker.io/library/nginx",
    );
  });
  it("like Go, a Hub repository whose first component is localhost does not survive a familiar round trip", () => {
    const result = parseNormalized("docker.io/localhost/x");
    expect(result.ok && familiarName(result.ref)).toBe("localhost/x");
    const again = parseNormalized("localhost/x");
    expect(again.ok && again.ref.domain).toBe("localhost");
  });
});

describe("splitDomain and isDockerHub", () => {
  it.each<[string, string, string]>([
    ["nginx", "docker.io", "library/nginx"],
    ["nginx:1", "docker.io", "library/nginx:1"],
    ["foo/bar", "docker.io", "foo/bar"],
    ["docker.io/nginx", "docker.io", "library/nginx"],
    ["index.docker.io/foo/bar", "docker.io", "foo/bar"],
    ["registry-1.docker.io/nginx", "docker.io", "library/nginx"],
    ["registry.hub.docker.com/foo/bar", "docker.io", "foo/bar"],
    ["localhost/x", "localhost", "x"],
    ["localhost:5000/x/y", "localhost:5000", "x/y"],
    ["Foo/bar", "Foo", "bar"],
    ["gcr.io/google-containers/pause", "gcr.io", "google-containers/pause"],
    ["myreg:5000/x", "myreg:5000", "x"],
    ["[::1]:5000/x", "[::1]:5000", "x"],
  ])("%s", (input, domain, path) => {
    expect(splitDomain(input)).toEqual({ domain, path });
  });
  it.each<[string, boolean]>([
    ["docker.io", true],
    ["index.docker.io", true],
    ["registry-1.docker.io", true],
    ["registry.hub.docker.com", true],
    ["hub.docker.com", false],
    ["Docker.io", false],
    ["quay.io", false],
    ["", false],
  ])("isDockerHub(%j) is %s", (domain, expected) => {
    expect(isDockerHub(domain)).toBe(expected);
  });
});

describe("parseAny, parseDockerRef, parseNamed", () => {
  it("reads a bare image ID and a bare digest as digests", () => {
    expect(parseAny(HEX64)).toEqual({ ok: true, kind: "digest", digest: `sha256:${HEX64}` });
    expect(parseAny(SHA256)).toEqual({ ok: true, kind: "digest", digest: SHA256 });
    expect(parseAny(SHA512)).toEqual({ ok: true, kind: "digest", digest: SHA512 });
    expect(parseAny("sha256:abc")).toMatchObject({ ok: true, kind: "named" });
    expect(parseAny("Nginx")).toMatchObject({ ok: false, error: { kind: "uppercase" } });
  });
  it.each<[string, string]>([
    ["nginx", "docker.io/library/nginx:latest"],
    ["nginx:1", "docker.io/library/nginx:1"],
    [`nginx:1@${SHA256}`, `docker.io/library/nginx@${SHA256}`],
    [`registry-1.docker.io/foo/bar@${SHA256}`, `docker.io/foo/bar@${SHA256}`],
  ])("parseDockerRef(%s)", (input, expected) => {
    const result = parseDockerRef(input);
    expect(result.ok && format(result.ref)).toBe(expected);
  });
  it("parseNamed accepts only canonical names", () => {
    expect(parseNamed("docker.io/library/nginx").ok).toBe(true);
    expect(parseNamed("registry-1.docker.io/library/nginx")).toMatchObject({
      error: { kind: "not-canonical" },
    });
  });
});

describe("withName, withTag, withDigest", () => {
  it("builds references step by step", () => {
    const named = withName("quay.io/org/app");
    expect(named).toEqual({ ok: true, ref: { domain: "quay.io", path: "org/app" } });
    if (!named.ok) return;
    const tagged = withTag(named.ref, "V1");
    expect(tagged.ok && format(tagged.ref)).toBe("quay.io/org/app:V1");
    if (!tagged.ok) return;
    const both = withDigest(tagged.ref, SHA256);
    expect(both.ok && format(both.ref)).toBe(`quay.io/org/app:V1@${SHA256}`);
  });
  it("refuses what the grammar refuses", () => {
    expect(withName("quay.io/org/app:v1")).toMatchObject({ error: { kind: "invalid-format" } });
    expect(withName(`x/${"a".repeat(256)}`)).toMatchObject({ error: { kind: "name-too-long" } });
    expect(withTag({ domain: "", path: "a" }, "-x")).toMatchObject({ error: { kind: "tag-invalid-format" } });
    expect(withDigest({ domain: "", path: "a" }, "sha256:abc")).toMatchObject({
      error: { kind: "digest-invalid-format" },
    });
  });
});

describe("familiarMatch and pathMatch (Go path.Match)", () => {
  it.each<[string, string, boolean | undefined]>([
    ["a/*/c", "a/b/c", true],
    ["a/*", "a/b/c", false],
    ["*", "abc", true],
    ["*", "a/b", false],
    ["a?c", "abc", true],
    ["a?c", "a/c", false],
    ["[a-c]x", "bx", true],
    ["[^a-c]x", "bx", false],
    ["\\*", "*", true],
    ["\\*", "a", false],
    ["[", "a", undefined],
    ["a[", "b", undefined],
    ["[-x]", "a", undefined],
    ["a\\", "a", undefined],
    ["*x*y", "axbxy", true],
  ])("pathMatch(%j, %j)", (pattern, input, expected) => {
    expect(pathMatch(pattern, input)).toBe(expected);
  });
  it("matches the familiar string, then the familiar name", () => {
    const result = parseNormalized("docker.io/library/nginx:1.25");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(familiarMatch("nginx", result.ref)).toEqual({ ok: true, matched: true });
    expect(familiarMatch("ngin?:1.*", result.ref)).toEqual({ ok: true, matched: true });
    expect(familiarMatch("library/*", result.ref)).toEqual({ ok: true, matched: false });
    expect(familiarMatch("[", result.ref)).toMatchObject({ ok: false });
  });
});
