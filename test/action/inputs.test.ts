import { describe, expect, it } from "vitest";
import { parseInputs, parseList } from "../../src/action/inputs.js";

const read = (inputs: Record<string, string>) => parseInputs((name) => inputs[name] ?? "");

describe("parseInputs", () => {
  it("gives the action.yml defaults when no input is set", () => {
    const inputs = read({});
    expect(inputs).toMatchObject({
      mode: "check",
      paths: ["."],
      exclude: [],
      failOn: "error",
      dryRun: false,
      changedSince: "auto",
      reports: [],
      export: { check: false },
      maxAnnotations: 10,
      summary: true,
      token: "",
      pullRequest: {
        title: "Use registry mirrors for container images",
        labels: [],
        draft: false,
        deleteBranch: true,
      },
    });
    expect(inputs.config).toBeUndefined();
    expect(inputs.shard).toBeUndefined();
    expect(inputs.pullRequest.branch).toBeUndefined();
    expect(inputs.commit.author.name).toBe("github-actions[bot]");
  });

  it("reads every input", () => {
    const inputs = read({
      mode: "pull-request",
      paths: "deploy\ncharts, base",
      exclude: "deploy/legacy/**",
      config: "ci/mirrorize.yaml",
      preset: "aliyun",
      "fail-on": "warning",
      "dry-run": "TRUE",
      "include-workflows": "true",
      "render-check": "true",
      "max-annotations": "3",
      "changed-since": "origin/main",
      shard: "2/4",
      reports: "shards/*/report.json",
      "export-format": "containerd",
      "export-out": "nodes/",
      "export-check": "true",
      summary: "false",
      token: "t",
      branch: "bot/mirrors",
      base: "release",
      title: "T",
      body: "B",
      labels: "deps, mirrors",
      draft: "true",
      "delete-branch": "False",
      "commit-message": "M",
      author: "Jane Doe <jane@example.com>",
      committer: "CI <ci@example.com>",
      "sync-to": "registry.example.com/mirror",
      "sync-platforms": "linux/amd64, linux/arm64",
      "sync-referrers": "true",
    });
    expect(inputs).toEqual({
      mode: "pull-request",
      paths: ["deploy", "charts", "base"],
      exclude: ["deploy/legacy/**"],
      config: "ci/mirrorize.yaml",
      preset: "aliyun",
      failOn: "warning",
      dryRun: true,
      changedSince: "origin/main",
      shard: { index: 2, count: 4 },
      reports: ["shards/*/report.json"],
      export: { format: "containerd", out: "nodes/", check: true },
      includeWorkflows: true,
      renderCheck: true,
      maxAnnotations: 3,
      summary: false,
      token: "t",
      sync: {
        to: "registry.example.com/mirror",
        platforms: ["linux/amd64", "linux/arm64"],
        withReferrers: true,
      },
      commit: {
        message: "M",
        author: { name: "Jane Doe", email: "jane@example.com" },
        committer: { name: "CI", email: "ci@example.com" },
      },
      pullRequest: {
        branch: "bot/mirrors",
        base: "release",
        title: "T",
        body: "B",
        labels: ["deps", "mirrors"],
        draft: true,
        deleteBranch: false,
      },
    });
  });

  it.each([
    [
      "mode",
      "fixx",
      "Invalid 'mode' value 'fixx'. Expected one of: check, commit, pull-request, transform, merge, sync, export.",
    ],
    ["fail-on", "errors", "Invalid 'fail-on' value 'errors'. Expected one of: error, warning, never."],
    ["dry-run", "yes", "Invalid 'dry-run' value 'yes'. Expected one of: true, false."],
    ["draft", "always-true", "Invalid 'draft' value 'always-true'. Expected one of: true, false."],
    ["max-annotations", "11", "Invalid 'max-annotations' value '11'. Expected a whole number from 0 to 10."],
    ["max-annotations", "-1", "Invalid 'max-annotations' value '-1'. Expected a whole number from 0 to 10."],
    [
      "author",
      "jane@example.com",
      "Invalid 'author' value 'jane@example.com'. Expected the form 'Display Name <email@example.com>'.",
    ],
    [
      "committer",
      " <+@users.noreply.github.com>",
      "Invalid 'committer' value '<+@users.noreply.github.com>'. Expected the form 'Display Name <email@example.com>'.",
    ],
  ])("rejects %s = %j with a message naming the input and the accepted values", (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(message);
  });

  it("splits lists on commas and newlines and drops blanks", () => {
    expect(parseList(" a,b\n\n c ,\n")).toEqual(["a", "b", "c"]);
    expect(parseList("")).toEqual([]);
  });
});
