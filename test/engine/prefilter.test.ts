import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/engine/index.js";
import { compilePrefilter, mayHoldImage } from "../../src/engine/prefilter.js";
import { testSettings } from "../helpers/settings.js";
import { tempDir } from "../helpers/tree.js";

/**
 * The text prefilter skips only files that cannot hold a reference: a file whose keys spell the
 * words through escapes is parsed, and its image found (issue 12). Each case: the file text, whether
 * it may be skipped, and the image `check` must find.
 */
const POD = (containers: string, image: string) =>
  `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"${containers}": [{"name": "a", "${image}": "quay.io/a/b:1"}]}}\n`;

const CASES: { name: string; text: string; skipped: boolean; found: string[] }[] = [
  { name: "plain words", text: POD("containers", "image"), skipped: false, found: ["quay.io/a/b:1"] },
  {
    name: "\\u escapes in JSON keys",
    text: POD("\\u0063ontainers", "\\u0069mage"),
    skipped: false,
    found: ["quay.io/a/b:1"],
  },
  {
    name: "\\x escapes in YAML keys",
    text: POD("\\x63ontainers", "\\x69mage"),
    skipped: false,
    found: ["quay.io/a/b:1"],
  },
  {
    name: "\\U escapes in YAML keys",
    text: POD("\\U00000063ontainers", "\\U00000069mage"),
    skipped: false,
    found: ["quay.io/a/b:1"],
  },
  {
    name: "an escaped line break inside a quoted (explicit) key",
    text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ? "contai\\\n    ners"\n  : - name: a\n      ? "ima\\\n        ge"\n      : quay.io/a/b:1\n',
    skipped: false,
    found: ["quay.io/a/b:1"],
  },
  {
    name: "no word and no escape: skipped unread",
    text: "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n",
    skipped: true,
    found: [],
  },
  {
    name: "a backslash that spells nothing: still skipped",
    text: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  path: "C:\\\\temp\\"x\\""\n',
    skipped: true,
    found: [],
  },
];

describe("prefilter: escapes", () => {
  const prefilter = compilePrefilter(testSettings());
  for (const c of CASES) {
    it(c.name, async () => {
      expect(mayHoldImage(c.text, "manifest", prefilter)).toBe(!c.skipped);
      const tmp = tempDir();
      try {
        writeFileSync(join(tmp.dir, "pod.yaml"), c.text);
        const result = await scan({
          cwd: tmp.dir,
          paths: ["."],
          settings: testSettings(),
          write: false,
          mode: "check",
        });
        expect(result.findings.filter((f) => f.kind === "parse-error")).toEqual([]);
        expect(result.findings.map((f) => f.from)).toEqual(c.found);
      } finally {
        tmp.cleanup();
      }
    });
  }
});
