/**
 * A stand-in for the engine's `scan` in the adapter's unit tests: it rewrites `image: REF` lines of YAML
 * files to `mirror.example.com/REF` with the same `Finding`/`FileResult` shapes the engine returns, so
 * that the action's git and API flows can be tested on their own. The end-to-end tests use the real one.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { Settings } from "../../src/config/types.js";
import { DEFAULT_LIMITS } from "../../src/config/types.js";
import type { FileResult, Finding, ScanOptions, ScanResult } from "../../src/engine/index.js";

export const FAKE_MIRROR = "mirror.example.com";

/** Settings as `loadSettings` would return them for "no config file". */
export function fakeSettings(): Settings {
  return {
    presets: ["fake"],
    rules: [{ match: "*", mirrors: [{ mirror: FAKE_MIRROR }], strategy: "prefix", origin: "fake" }],
    exclude: [],
    files: { include: [], exclude: [], helmValues: [] },
    fields: [],
    embedded: "report",
    verify: "off",
    pin: false,
    helm: { allowInsecureImages: false },
    limits: DEFAULT_LIMITS,
    mode: "fix",
  };
}

async function yamlFiles(root: string, path: string): Promise<string[]> {
  const absolute = resolve(root, path);
  const entries = await readdir(absolute, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return /\.ya?ml$/.test(absolute) ? [absolute] : [];
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name === ".git") continue;
    const child = join(absolute, entry.name);
    if (entry.isDirectory()) found.push(...(await yamlFiles(root, child)));
    else if (/\.ya?ml$/.test(entry.name)) found.push(child);
  }
  return found.sort();
}

/**
 * The fake scan. Lines `image: REF` are rewritten (reported as errors in `check` mode, as `info` in
 * `fix` mode, as the engine does); a line `broken: !!bad` is a parse error.
 */
export async function fakeScan(options: ScanOptions): Promise<ScanResult> {
  const fix = (options.mode ?? (options.write ? "fix" : "check")) === "fix";
  const files: FileResult[] = [];
  const paths = options.paths.length > 0 ? options.paths : ["."];
  const all = [...new Set((await Promise.all(paths.map((p) => yamlFiles(options.cwd, p)))).flat())];
  for (const absolute of all) {
    const file = relative(options.cwd, absolute).split(sep).join("/");
    if (options.settings.files.exclude.some((glob) => file.startsWith(glob.replace(/\*+$/, "")))) continue;
    const before = await readFile(absolute, "utf8");
    const findings: Finding[] = [];
    const lines = before.split("\n");
    let references = 0;
    lines.forEach((line, index) => {
      if (line.includes("!!bad")) {
        findings.push({
          file,
          line: index + 1,
          column: 1,
          endLine: index + 1,
          endColumn: line.length + 1,
          field: "",
          kind: "parse-error",
          severity: "error",
          message: `Unknown tag !!bad at ${file}:${index + 1}; the file is not edited.`,
        });
        return;
      }
      const match = /^(\s*(?:-\s+)?image:\s+)(\S+)\s*$/.exec(line);
      if (!match) return;
      references++;
      const [, prefix, from] = match as unknown as [string, string, string];
      const column = prefix.length + 1;
      const at = { file, line: index + 1, column, endLine: index + 1, endColumn: column + from.length };
      if (from.startsWith(`${FAKE_MIRROR}/`)) {
        findings.push({
          ...at,
          field: "image",
          kind: "already-mirrored",
          severity: "info",
          message: `Image '${from}' already uses a mirror.`,
        });
        return;
      }
      const to = `${FAKE_MIRROR}/${from}`;
      findings.push({
        ...at,
        field: "image",
        kind: "rewrite",
        severity: fix ? "info" : "error",
        message: fix ? `${from} → ${to}` : `Image '${from}' is not from a mirror; use '${to}'.`,
        from,
        to,
        rule: "* (fake)",
        source: "kubernetes",
      });
      lines[index] = `${prefix}${to}`;
    });
    const after = lines.join("\n");
    const changed = after !== before;
    if (changed && options.write) await writeFile(absolute, after);
    files.push({ file, findings, changed, references, ...(changed ? { before, after } : {}) });
  }
  const findings = files.flatMap((f) => f.findings);
  return {
    files,
    findings,
    summary: {
      files: files.length,
      filesChanged: files.filter((f) => f.changed).length,
      references: files.reduce((n, f) => n + f.references, 0),
      rewrites: findings.filter((f) => f.kind === "rewrite").length,
      problems: findings.filter((f) => f.kind !== "rewrite" && f.severity !== "info").length,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      elapsedMs: 1,
    },
  };
}
