import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { scan } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/types.js";
import { settingsFromObject } from "../helpers/settings.js";
import { tempDir } from "../helpers/tree.js";

/** Rules every source test uses: one mirror per registry, and a flatten rule for registry.k8s.io. */
export const RULES = {
  rules: [
    { match: "docker.io", mirror: "hub.mirror.example" },
    { match: "quay.io", mirror: "quay.mirror.example" },
    { match: "gcr.io", mirror: "gcr.mirror.example" },
    { match: "registry.k8s.io", mirror: "registry.aliyuncs.com/google_containers", strategy: "flatten" },
  ],
};

export interface FixRun {
  after: string;
  findings: Finding[];
  /** The findings of a second `fix` on the fixed text, and whether it changed the file again. */
  second: { changed: boolean; findings: Finding[] };
}

/** Write `text` as `name` in a fresh folder, run `fix` on the folder twice, and return what happened. */
export async function fixTwice(name: string, text: string, config: object = RULES): Promise<FixRun> {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const settings = settingsFromObject(config, "test");
    const first = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
    const after = readFileSync(path, "utf8");
    const again = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
    return {
      after,
      findings: first.findings,
      second: { changed: readFileSync(path, "utf8") !== after, findings: again.findings },
    };
  } finally {
    cleanup();
  }
}

/** `line kind from -> to` of every finding, for compact assertions. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.line} ${f.kind} ${f.from ?? ""}${f.to ? ` -> ${f.to}` : ""}`);
}
