/**
 * `mirrorize.lock` as pure functions (text in, text out), and pinning.
 */

import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  emptyLock,
  lockDate,
  lockKey,
  lookupLock,
  mergeLock,
  pinDigestOf,
  pinReference,
  readLock,
  updateLockText,
  writeLock,
} from "../../src/registry/index.js";

const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;
const C = `sha256:${"c".repeat(64)}`;

describe("lock keys", () => {
  test.each([
    ["nginx", "docker.io/library/nginx:latest"],
    ["nginx:1.25", "docker.io/library/nginx:1.25"],
    ["docker.io/nginx:1.25", "docker.io/library/nginx:1.25"],
    ["index.docker.io/library/nginx:1.25", "docker.io/library/nginx:1.25"],
    ["quay.io/prometheus/node-exporter:v0.18.1", "quay.io/prometheus/node-exporter:v0.18.1"],
    ["localhost:5000/a/b:Tag_1", "localhost:5000/a/b:Tag_1"],
    [`nginx@${A}`, undefined],
    [`nginx:1.25@${A}`, undefined],
    ["Not A Reference", undefined],
  ])("%s → %s", (ref, key) => {
    expect(lockKey(ref)).toBe(key);
  });
});

describe("write, read, merge", () => {
  const base = mergeLock(
    emptyLock(),
    [
      { ref: "quay.io/x/y:2", digest: B },
      { ref: "nginx:1.25", digest: A },
    ],
    { date: "2026-11-01" },
  );

  test("written sorted, small and readable; read back identical", () => {
    const text = writeLock(base.lock);
    expect(text).toBe(
      [
        "# mirrorize.lock: upstream digests recorded by `mirrorize lock`. Review changes like code.",
        "version: 1",
        "images:",
        '  "docker.io/library/nginx:1.25":',
        `    digest: ${A}`,
        "    date: 2026-11-01",
        '  "quay.io/x/y:2":',
        `    digest: ${B}`,
        "    date: 2026-11-01",
        "",
      ].join("\n"),
    );
    expect(readLock(text)).toEqual({ ok: true, lock: base.lock });
    // Any YAML reader sees the same data.
    expect(parse(text)).toEqual({ version: 1, images: base.lock.images });
    expect(base.changes.map((c) => c.kind)).toEqual(["added", "added"]);
  });

  test("an empty lock is written and read back", () => {
    expect(readLock(writeLock(emptyLock()))).toEqual({ ok: true, lock: emptyLock() });
    expect(readLock("")).toEqual({ ok: true, lock: emptyLock() });
  });

  test("an unchanged digest keeps its date; a changed one gets today's", () => {
    const next = mergeLock(
      base.lock,
      [
        { ref: "docker.io/library/nginx:1.25", digest: A },
        { ref: "quay.io/x/y:2", digest: C },
      ],
      { date: "2026-11-27" },
    );
    expect(next.lock.images["docker.io/library/nginx:1.25"]).toEqual({ digest: A, date: "2026-11-01" });
    expect(next.lock.images["quay.io/x/y:2"]).toEqual({ digest: C, date: "2026-11-27" });
    expect(next.changes).toEqual([{ key: "quay.io/x/y:2", kind: "changed", from: B, to: C }]);
    expect(base.lock.images["quay.io/x/y:2"]?.digest).toBe(B); // the input is not modified
  });

  test("`keep` removes entries of images no longer used, but never ones being updated", () => {
    const next = mergeLock(base.lock, [{ ref: "ghcr.io/o/n:1", digest: C }], {
      date: "2026-11-27",
      keep: ["nginx:1.25"],
    });
    expect(Object.keys(next.lock.images)).toEqual(["docker.io/library/nginx:1.25", "ghcr.io/o/n:1"]);
    expect(next.changes).toEqual([
      { key: "ghcr.io/o/n:1", kind: "added", to: C },
      { key: "quay.io/x/y:2", kind: "removed", from: B },
    ]);
  });

  test("references pinned by digest are not recorded", () => {
    expect(
      mergeLock(emptyLock(), [{ ref: `nginx@${A}`, digest: A }], { date: "2026-11-27" }).changes,
    ).toEqual([]);
  });

  test("updateLockText: text in, text out", () => {
    const result = updateLockText("", [{ ref: "nginx:1.25", digest: A }], { date: "2026-11-27" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(lookupLock((readLock(result.text) as { ok: true; lock: never }).lock, "nginx:1.25")).toEqual({
      digest: A,
      date: "2026-11-27",
    });
    const again = updateLockText(result.text, [{ ref: "docker.io/library/nginx:1.25", digest: A }], {
      date: "2026-12-01",
    });
    expect(again).toEqual({ ok: true, text: result.text, changes: [] });
  });

  test("lockDate is the UTC day", () => {
    expect(lockDate(new Date("2026-11-27T23:59:59Z"))).toBe("2026-11-27");
  });

  test("a bad date or digest in an update is a programming error", () => {
    expect(() => mergeLock(emptyLock(), [], { date: "27/11/2026" })).toThrow(/YYYY-MM-DD/);
    expect(() =>
      mergeLock(emptyLock(), [{ ref: "nginx:1", digest: "sha256:xyz" }], { date: "2026-11-27" }),
    ).toThrow(/not valid/);
  });
});

describe("invalid lock files are refused with a reason", () => {
  test.each([
    ["version: 2\nimages: {}\n", /must say `version: 1`/],
    ["images: {}\n", /must say `version: 1`/],
    ["version: 1\nextra: true\n", /unknown key `extra`/],
    ["version: 1\nimages: [a]\n", /`images` must be a mapping/],
    [
      `version: 1\nimages:\n  nginx:1.25:\n    digest: ${A}\n    date: 2026-11-27\n`,
      /write it as "docker.io\/library\/nginx:1.25"/,
    ],
    [
      `version: 1\nimages:\n  "docker.io/library/nginx:1.25":\n    digest: sha256:abc\n    date: 2026-11-27\n`,
      /needs `digest:/,
    ],
    [
      `version: 1\nimages:\n  "docker.io/library/nginx:1.25":\n    digest: ${A}\n`,
      /needs `date: YYYY-MM-DD`/,
    ],
    [
      `version: 1\nimages:\n  "docker.io/library/nginx:1.25":\n    digest: ${A}\n    date: 2026-11-27\n    by: me\n`,
      /unknown key `by`/,
    ],
    ["version: 1\nimages: {\n", /not valid YAML/],
    ["- a\n", /must be a mapping/],
  ])("%j", (text, error) => {
    const result = readLock(text, "mirrorize.lock");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(error);
      expect(result.error).toMatch(/^mirrorize\.lock/);
    }
  });
});

describe("pinning", () => {
  test.each([
    ["m.daocloud.io/docker.io/library/nginx:1.25", A, `m.daocloud.io/docker.io/library/nginx:1.25@${A}`],
    ["registry.example.com:5000/team/app", A, `registry.example.com:5000/team/app@${A}`],
    [`mirror.example/a:1@${A}`, A, `mirror.example/a:1@${A}`],
  ])("pinReference(%s)", (ref, digest, pinned) => {
    expect(pinReference(ref, digest)).toBe(pinned);
  });

  test.each([
    [`mirror.example/a:1@${A}`, B, /already pinned to another digest/],
    ["mirror.example/a:1", "sha256:123", /not a sha256\/sha512 digest/],
    ["mirror.example/A:1", A, /not a valid image reference/],
  ])("pinReference(%s, %s) throws", (ref, digest, error) => {
    expect(() => pinReference(ref, digest)).toThrow(error);
  });

  test.each([
    [{ status: "ok", reason: "", digest: A, upstreamDigest: A }, A],
    [{ status: "ok", reason: "", digest: A }, undefined],
    [{ status: "converted", reason: "", digest: B, upstreamDigest: A }, B],
    [{ status: "mismatch", reason: "", digest: B, upstreamDigest: A }, undefined],
  ] as const)("pinDigestOf(%j) → %s", (outcome, digest) => {
    expect(pinDigestOf(outcome)).toBe(digest);
  });
});
