import { describe, expect, it } from "vitest";
import { cell, code, codeBlock, registryOf } from "../../src/action/markdown.js";
import { annotationFor, failingFindings } from "../../src/action/report.js";
import { pathsInside } from "../../src/action/step.js";
import {
  PULL_REQUEST_BODY_LIMIT,
  renderPullRequestBody,
  renderSummary,
  splitFindings,
} from "../../src/action/summary.js";
import type { Finding, ScanResult } from "../../src/engine/index.js";

function finding(over: Partial<Finding>): Finding {
  return {
    file: "deploy/app.yaml",
    line: 3,
    column: 12,
    endLine: 3,
    endColumn: 22,
    field: "spec.containers[0].image",
    kind: "rewrite",
    severity: "error",
    message: "nginx:1.25 is not pulled through a mirror; use m.example/library/nginx:1.25.",
    from: "nginx:1.25",
    to: "m.example/library/nginx:1.25",
    ...over,
  };
}

function result(findings: Finding[]): ScanResult {
  return {
    files: [{ file: "deploy/app.yaml", findings, changed: true, references: findings.length }],
    findings,
    summary: {
      files: 1,
      filesChanged: 1,
      references: findings.length,
      rewrites: findings.length,
      problems: 0,
      errors: 0,
      warnings: 0,
      elapsedMs: 1,
    },
  };
}

describe("registryOf", () => {
  it.each([
    ["nginx", "docker.io"],
    ["library/nginx:1", "docker.io"],
    ["bitnami/redis", "docker.io"],
    ["index.docker.io/library/nginx", "docker.io"],
    ["registry-1.docker.io/x/y", "docker.io"],
    ["quay.io/prometheus/node-exporter:v1", "quay.io"],
    ["localhost/app", "localhost"],
    ["localhost:5000/app", "localhost:5000"],
    ["Registry.Example.com:5000/team/app@sha256:abc", "registry.example.com:5000"],
  ])("%s is pulled from %s", (reference, registry) => {
    expect(registryOf(reference)).toBe(registry);
  });
});

describe("markdown escaping", () => {
  it.each([
    ["a|b", "a\\|b"],
    ["<details>", "&lt;details&gt;"],
    ["line\nbreak", "line\\nbreak"],
    [
      "[x](https://example.com) ![i](https://example.com/i.png)",
      "\\[x\\]\\(https://example.com\\) \\!\\[i\\]\\(https://example.com/i.png\\)",
    ],
    ["`code` *em* _em_ ~~s~~", "\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~"],
  ])("cell(%j) is %j", (text, expected) => {
    expect(cell(text)).toBe(expected);
  });

  it.each([
    ["nginx:1", "`nginx:1`"],
    ["a`b", "``a`b``"],
    ["`x", "`` `x ``"],
    ["a|b", "`a\\|b`"],
    ["a\nb<script>", "`a\\nb<script>`"],
  ])("code(%j) is %j", (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it("fences a code block longer than any backtick run inside it", () => {
    expect(codeBlock("a ``` b", "diff")).toBe("````diff\na ``` b\n````\n");
  });
});

describe("annotations", () => {
  it("carries columns only for single-line findings", () => {
    expect(annotationFor(finding({}))).toEqual({
      title: "mirrorize: Image not from a mirror",
      file: "deploy/app.yaml",
      startLine: 3,
      endLine: 3,
      startColumn: 12,
      endColumn: 22,
    });
    expect(annotationFor(finding({ kind: "unsafe-edit", line: 3, endLine: 5 }))).toEqual({
      title: "mirrorize: Cannot edit safely",
      file: "deploy/app.yaml",
      startLine: 3,
      endLine: 5,
    });
  });

  it.each([
    ["error", ["error"]],
    ["warning", ["error", "warning"]],
    ["never", []],
  ] as const)("fail-on %s fails on %j", (failOn, severities) => {
    const all = (["error", "warning", "info"] as const).map((severity) => finding({ severity }));
    expect(failingFindings(all, failOn).map((f) => f.severity)).toEqual(severities);
  });
});

describe("splitFindings", () => {
  it("counts the rewrites the engine made (fix: info) or asks for (check: error); other rewrite findings are problems", () => {
    const made = finding({ severity: "info" });
    const partial = finding({ severity: "warning" });
    const asked = finding({ severity: "error" });
    const noRule = finding({ kind: "no-rule", severity: "info" });
    expect(splitFindings([made, partial, noRule], true)).toEqual({ rewrites: [made], problems: [partial] });
    expect(splitFindings([asked, partial, noRule], false)).toEqual({
      rewrites: [asked],
      problems: [partial],
    });
  });
});

describe("summary and pull request body", () => {
  it("escapes hostile values in the tables", () => {
    const hostile = finding({
      kind: "invalid",
      severity: "warning",
      message: "bad | <script>x</script>",
      from: "`evil`",
    });
    const markdown = renderSummary({
      headline: "h",
      notes: [],
      result: result([hostile]),
      patch: "",
      applied: false,
      dryRun: false,
    });
    expect(markdown).toContain(
      "| deploy/app.yaml:3 | warning | invalid | bad \\| &lt;script&gt;x&lt;/script&gt; |",
    );
  });

  it("cuts the pull request body to GitHub's limit by dropping rows", () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      finding({ severity: "info", line: i + 1, from: `nginx:1.${i}`, to: `m.example/library/nginx:1.${i}` }),
    );
    const body = renderPullRequestBody("", result(many));
    expect(body.length).toBeLessThanOrEqual(PULL_REQUEST_BODY_LIMIT);
    expect(body).toMatch(/^mirrorize rewrote 3000 image references in 1 file to registry mirrors\./);
    expect(body).toMatch(/…and \d+ more, in the diff of this pull request\./);
  });
});

describe("pathsInside", () => {
  it.each([
    [".", "."],
    ["deploy/", "deploy"],
    ["./deploy/../charts", "charts"],
    ["..data", "..data"],
    ["/repo/deploy", "deploy"],
  ])("accepts %j as %j", (path, expected) => {
    expect(pathsInside("/repo", [path], "paths")).toEqual([expected]);
  });

  it.each(["..", "../other", "deploy/../../etc", "/etc/passwd", "/repository"])("refuses %j", (path) => {
    expect(() => pathsInside("/repo", [path], "paths")).toThrow(
      `Invalid 'paths' value '${path}'. Expected a path inside the workspace (relative to the repository root).`,
    );
  });
});
