import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readConfined, readConfinedSync } from "../../src/fs/safe-read.js";

/** The module on its own: every hostile kind of file, read both ways. */
let base: string;
let repo: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "mirrorize-safe-read-"));
  repo = join(base, "repo");
  mkdirSync(join(repo, "sub"), { recursive: true });
  writeFileSync(join(base, "outside.yaml"), "secret: outside\n");
  writeFileSync(join(repo, "ok.yaml"), "a: 1\n");
  writeFileSync(join(repo, "sub", "inner.yaml"), "b: 2\n");
  symlinkSync("/proc/self/environ", join(repo, "environ.yaml"));
  symlinkSync("/dev/zero", join(repo, "zero.yaml"));
  symlinkSync(join(base, "outside.yaml"), join(repo, "outside.yaml"));
  symlinkSync("../outside.yaml", join(repo, "relative-out.yaml"));
  symlinkSync("sub/inner.yaml", join(repo, "link-in.yaml"));
  symlinkSync("loop-b.yaml", join(repo, "loop-a.yaml"));
  symlinkSync("loop-a.yaml", join(repo, "loop-b.yaml"));
  execFileSync("mkfifo", [join(repo, "fifo.yaml")]);
  writeFileSync(join(repo, "sparse.yaml"), "");
  truncateSync(join(repo, "sparse.yaml"), 1024 * 1024 * 1024);
  writeFileSync(join(repo, "binary.yaml"), Buffer.from("a: 1\n\0b\n"));
  writeFileSync(join(repo, "big.yaml"), "x".repeat(2048));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const options = (label: string) => ({ roots: [repo], label, what: "values file", maxSize: 1024 });

const cases: [string, string, string][] = [
  [
    "environ.yaml",
    "outside",
    "The values file environ.yaml leads outside the repository (through a symbolic link or `..`); it is not read. Keep the file itself inside the repository.",
  ],
  [
    "zero.yaml",
    "outside",
    "The values file zero.yaml leads outside the repository (through a symbolic link or `..`); it is not read. Keep the file itself inside the repository.",
  ],
  [
    "outside.yaml",
    "outside",
    "The values file outside.yaml leads outside the repository (through a symbolic link or `..`); it is not read. Keep the file itself inside the repository.",
  ],
  [
    "relative-out.yaml",
    "outside",
    "The values file relative-out.yaml leads outside the repository (through a symbolic link or `..`); it is not read. Keep the file itself inside the repository.",
  ],
  ["fifo.yaml", "not-regular", "The values file fifo.yaml is a FIFO, not a regular file; it is not read."],
  ["sub", "not-regular", "The values file sub is a directory, not a regular file; it is not read."],
  [
    "sparse.yaml",
    "too-big",
    "The values file sparse.yaml is 1024.0 MiB, over the 1 KiB size limit; it is not read.",
  ],
  ["big.yaml", "too-big", "The values file big.yaml is 2 KiB, over the 1 KiB size limit; it is not read."],
  [
    "loop-a.yaml",
    "link-loop",
    "The values file loop-a.yaml is a symbolic link loop; fix or remove the link.",
  ],
  ["missing.yaml", "missing", "The values file missing.yaml does not exist."],
  [
    "binary.yaml",
    "not-text",
    "The values file binary.yaml contains NUL bytes (the first on line 2; a binary file?); it is not read.",
  ],
];

describe("readConfined refuses what is not a regular file inside the roots, under the cap", () => {
  test.each(cases)("%s: %s", async (name, reason, message) => {
    const path = join(repo, name);
    for (const read of [readConfinedSync(path, options(name)), await readConfined(path, options(name))]) {
      expect(read).toMatchObject({ ok: false, reason, message });
      // Never any content of the file in the message (the environment, the file outside).
      expect(JSON.stringify(read)).not.toMatch(/PATH=|secret: outside/);
    }
  });

  test.each([
    ["ok.yaml", "a: 1\n"],
    ["link-in.yaml", "b: 2\n"],
  ])("%s is read (a link that stays inside is fine)", async (name, text) => {
    const path = join(repo, name);
    expect(readConfinedSync(path, options(name))).toMatchObject({ ok: true, text });
    expect(await readConfined(path, options(name))).toMatchObject({ ok: true, text });
  });

  test("a file read through a root given with a link is inside it", async () => {
    const alias = join(base, "alias");
    symlinkSync(repo, alias);
    const read = await readConfined(join(alias, "ok.yaml"), { ...options("ok.yaml"), roots: [alias] });
    expect(read).toMatchObject({ ok: true, text: "a: 1\n" });
  });
});
