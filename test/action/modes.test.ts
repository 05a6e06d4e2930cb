/**
 * The action's modes run in-process against real git repositories (origin is a bare repository) and the
 * OpenAPI-checked GitHub stand-in; the engine is the fake one (fake-engine.ts), so these tests exercise
 * the adapter alone. bundle.test.ts runs the built dist/action.js with the real engine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FAKE_MIRROR } from "./fake-engine.js";
import { createRepo, gitIn, type RepoFixture, startGitHttpServer } from "./git-fixture.js";
import { type GitHubStub, startGitHubStub } from "./github-stub.js";
import { deployment, forkPullRequestPayload, OWNER, REPO, runInProcess, TOKEN } from "./harness.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function repo(files: Record<string, string>): RepoFixture {
  const fixture = createRepo(files);
  cleanups.push(fixture.cleanup);
  return fixture;
}

async function stub(fixture: RepoFixture): Promise<GitHubStub> {
  const server = await startGitHubStub({ owner: OWNER, repo: REPO, originDir: fixture.origin, token: TOKEN });
  cleanups.push(() => server.close());
  return server;
}

const UNMIRRORED = {
  "deploy/web.yaml": deployment("web", "nginx:1.25"),
  "deploy/metrics.yaml": deployment("metrics", "quay.io/prometheus/node-exporter:v1.8.0"),
  "README.md": "# demo\n",
};
const MIRRORED = {
  "deploy/web.yaml": deployment("web", `${FAKE_MIRROR}/nginx:1.25`),
  "README.md": "# demo\n",
};

/** Nothing of the token anywhere it must not be. */
function expectNoToken(fixture: RepoFixture, ...texts: string[]) {
  const config = readFileSync(join(fixture.work, ".git", "config"), "utf8");
  expect(config).not.toContain(TOKEN);
  expect(config).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString("base64"));
  expect(config).not.toMatch(/extraheader/i);
  for (const text of texts) expect(text).not.toContain(TOKEN);
}

function readOutputFile(path: string): string {
  return path ? readFileSync(path, "utf8") : "";
}

describe("mode: check", () => {
  it("annotates each finding on its line and column, writes the report and summary, and fails", async () => {
    const fixture = repo(UNMIRRORED);
    const run = await runInProcess(fixture, { mode: "check" });

    expect(run.status).toBe("failed");
    expect(run.failed).toBe(
      "2 image references need a mirror; see the annotations and the job summary, or run 'mirrorize fix' and commit the result.",
    );
    expect(run.annotations).toEqual([
      {
        level: "error",
        message: `Image 'quay.io/prometheus/node-exporter:v1.8.0' is not from a mirror; use '${FAKE_MIRROR}/quay.io/prometheus/node-exporter:v1.8.0'.`,
        where: {
          title: "mirrorize: Image not from a mirror",
          file: "deploy/metrics.yaml",
          startLine: 10,
          endLine: 10,
          startColumn: 18,
          endColumn: 57,
        },
      },
      {
        level: "error",
        message: `Image 'nginx:1.25' is not from a mirror; use '${FAKE_MIRROR}/nginx:1.25'.`,
        where: {
          title: "mirrorize: Image not from a mirror",
          file: "deploy/web.yaml",
          startLine: 10,
          endLine: 10,
          startColumn: 18,
          endColumn: 28,
        },
      },
    ]);
    expect(run.outputs).toMatchObject({
      changed: "true",
      "changed-files": JSON.stringify(["deploy/metrics.yaml", "deploy/web.yaml"]),
      "findings-count": "2",
      "rewrites-count": "2",
      "commit-sha": "",
      "pull-request-operation": "none",
    });
    const report = JSON.parse(readOutputFile(run.outputs.report!));
    expect(report.version).toBe(1);
    expect(report.findings).toHaveLength(2);
    expect(report.summary.rewrites).toBe(2);
    expect(readOutputFile(run.outputs.patch!)).toContain(`+          image: ${FAKE_MIRROR}/nginx:1.25`);
    expect(run.summary).toContain("## mirrorize: 2 image references need a mirror");
    expect(run.summary).toContain("| `docker.io` | 1 |");
    expect(run.summary).toContain("| `quay.io` | 1 |");
    expect(run.summary).toContain(
      `| [deploy/web.yaml:10](https://github.com/${OWNER}/${REPO}/blob/${fixture.git(["rev-parse", "HEAD"])}/deploy/web.yaml#L10) | \`nginx:1.25\` | \`${FAKE_MIRROR}/nginx:1.25\` |`,
    );
    expect(run.summary).toContain("<details><summary>Unified diff (2 files)</summary>");
    // check writes nothing
    expect(fixture.git(["status", "--porcelain"])).toBe("");
  });

  it("passes when every image uses a mirror", async () => {
    const fixture = repo(MIRRORED);
    const run = await runInProcess(fixture, { mode: "check" });
    expect(run.status).toBe("ok");
    expect(run.failed).toBeUndefined();
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toMatchObject({
      changed: "false",
      "changed-files": "[]",
      "findings-count": "0",
      patch: "",
    });
    expect(run.summary).toContain("## mirrorize: all 1 image reference use a mirror");
  });

  it("with fail-on: never reports but does not fail", async () => {
    const run = await runInProcess(repo(UNMIRRORED), { mode: "check", "fail-on": "never" });
    expect(run.status).toBe("ok");
    expect(run.annotations.filter((a) => a.level === "error")).toHaveLength(2);
  });

  it("caps annotations per level and points to the summary with one notice", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 13; i++)
      files[`deploy/app-${String(i).padStart(2, "0")}.yaml`] = deployment(`app${i}`, `nginx:1.${i}`);
    const run = await runInProcess(repo(files), { mode: "check", "max-annotations": "4" });
    expect(run.annotations.filter((a) => a.level === "error")).toHaveLength(4);
    expect(run.annotations.filter((a) => a.level === "notice")).toEqual([
      {
        level: "notice",
        message: "9 more findings are not shown as annotations; see the job summary.",
        where: undefined,
      },
    ]);
    expect(run.summary.match(/^\| deploy\/app-|^\| \[deploy\/app-/gm)).toHaveLength(13);
  });

  it("keeps the job summary under 1 MB with thousands of findings", async () => {
    const files: Record<string, string> = {};
    const long = "x".repeat(200);
    for (let i = 0; i < 60; i++) {
      const images = Array.from(
        { length: 100 },
        (_, j) => `        - name: c${j}\n          image: registry.example.org/${long}/img-${i}-${j}:1`,
      );
      files[`deploy/big-${i}.yaml`] =
        `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n${images.join("\n")}\n`;
    }
    const run = await runInProcess(repo(files), { mode: "check", "fail-on": "never" });
    expect(JSON.parse(run.outputs["changed-files"]!)).toHaveLength(60);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1000 * 1000);
    expect(run.summary).toContain("The diff is too large for the job summary");
    expect(run.summary).toMatch(/…and \d+ more, listed in the JSON report/);
    expect(JSON.parse(readOutputFile(run.outputs.report!)).findings).toHaveLength(6000);
  });

  it("on a pull request from a fork works with a read-only token (no git, no API)", async () => {
    const fixture = repo(UNMIRRORED);
    const run = await runInProcess(
      fixture,
      { mode: "check", token: "" },
      {
        event: { name: "pull_request", payload: forkPullRequestPayload() },
      },
    );
    expect(run.status).toBe("failed");
    expect(run.annotations.filter((a) => a.level === "error")).toHaveLength(2);
  });
});

describe("mode: commit", () => {
  it("commits only the fixed files with the configured identity and pushes to the checked-out branch", async () => {
    const fixture = repo(UNMIRRORED);
    fixture.write({ "notes.txt": "staged by an earlier step\n" });
    fixture.git(["add", "notes.txt"]);
    const run = await runInProcess(fixture, {
      mode: "commit",
      token: TOKEN,
      "commit-message": "chore: mirror images",
      author: "Jane Doe <jane@example.com>",
      committer: "Mirror Bot <bot@example.com>",
    });
    expect(run.failed).toBeUndefined();
    expect(run.status).toBe("ok");
    const remoteHead = gitIn(fixture.origin, ["rev-parse", "refs/heads/main"]);
    expect(run.outputs["commit-sha"]).toBe(remoteHead);
    expect(run.outputs.changed).toBe("true");
    expect(gitIn(fixture.origin, ["log", "-1", "--format=%an <%ae>|%cn <%ce>|%s", "main"])).toBe(
      "Jane Doe <jane@example.com>|Mirror Bot <bot@example.com>|chore: mirror images",
    );
    expect(gitIn(fixture.origin, ["show", "--name-only", "--format=", "main"]).split("\n").sort()).toEqual([
      "deploy/metrics.yaml",
      "deploy/web.yaml",
    ]);
    expect(gitIn(fixture.origin, ["show", "main:deploy/web.yaml"])).toContain(
      `image: ${FAKE_MIRROR}/nginx:1.25`,
    );
    // the earlier step's staged file is still staged, not committed
    expect(fixture.git(["status", "--porcelain"])).toBe("A  notes.txt");
    expect(run.secrets).toContain(TOKEN);
    expectNoToken(
      fixture,
      JSON.stringify(run.outputs),
      run.log.join("\n"),
      run.summary,
      readOutputFile(run.outputs.report!),
    );
  });

  it("makes no commit when nothing changes", async () => {
    const fixture = repo(MIRRORED);
    const before = gitIn(fixture.origin, ["rev-parse", "main"]);
    const run = await runInProcess(fixture, { mode: "commit", token: TOKEN });
    expect(run.status).toBe("ok");
    expect(run.outputs).toMatchObject({ changed: "false", "changed-files": "[]", "commit-sha": "" });
    expect(gitIn(fixture.origin, ["rev-parse", "main"])).toBe(before);
    expect(fixture.git(["rev-parse", "HEAD"])).toBe(before);
  });

  it("refuses a detached HEAD with a sentence saying what to check out", async () => {
    const fixture = repo(UNMIRRORED);
    fixture.git(["checkout", "--quiet", "--detach"]);
    const run = await runInProcess(fixture, { mode: "commit", token: TOKEN });
    expect(run.status).toBe("failed");
    expect(run.failed).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS placeholder
      "Commit mode needs a branch checked out, but HEAD is detached; on 'pull_request' events check out the head branch with actions/checkout's 'ref: ${{ github.head_ref }}'.",
    );
  });

  it("on a pull request from a fork says why it cannot push and falls back to check with the patch", async () => {
    const fixture = repo(UNMIRRORED);
    const before = gitIn(fixture.origin, ["rev-parse", "main"]);
    const run = await runInProcess(
      fixture,
      { mode: "commit", token: TOKEN },
      {
        event: { name: "pull_request", payload: forkPullRequestPayload() },
      },
    );
    const message =
      "Pull request #2 comes from the fork contributor/Hello-World, and the workflow's token cannot push to it, so mirrorize runs in check mode instead: the fix is in the patch file (the 'patch' output) and the job summary.";
    expect(run.annotations[0]).toEqual({ level: "notice", message, where: undefined });
    expect(run.annotations.filter((a) => a.level === "error")).toHaveLength(2);
    expect(run.status).toBe("failed");
    expect(run.summary).toContain(message);
    const patch = readOutputFile(run.outputs.patch!);
    expect(patch).toContain(`+          image: ${FAKE_MIRROR}/nginx:1.25`);
    expect(gitIn(fixture.origin, ["rev-parse", "main"])).toBe(before);
    expect(fixture.git(["status", "--porcelain"])).toBe("");
    // the patch applies to the pull request's tree
    gitIn(fixture.work, ["apply", "--check", run.outputs.patch!]);
  });

  it("sends the token to an HTTP remote as a header for the push only, never into .git/config", async () => {
    const fixture = repo(UNMIRRORED);
    const gitServer = await startGitHttpServer(fixture.root, TOKEN);
    cleanups.push(() => gitServer.close());
    fixture.git(["remote", "set-url", "origin", `${gitServer.url}/origin.git`]);
    const run = await runInProcess(fixture, { mode: "commit", token: TOKEN }, { serverUrl: gitServer.url });
    expect(run.failed).toBeUndefined();
    expect(gitIn(fixture.origin, ["rev-parse", "main"])).toBe(run.outputs["commit-sha"]);
    expect(
      gitServer.authorizations.some(
        (a) => a === `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`,
      ),
    ).toBe(true);
    expectNoToken(fixture, JSON.stringify(run.outputs), run.log.join("\n"));
  });

  it("explains a refused push (no token for an authenticated remote) in one sentence", async () => {
    const fixture = repo(UNMIRRORED);
    const gitServer = await startGitHttpServer(fixture.root, TOKEN);
    cleanups.push(() => gitServer.close());
    fixture.git(["remote", "set-url", "origin", `${gitServer.url}/origin.git`]);
    const run = await runInProcess(fixture, { mode: "commit", token: "" }, { serverUrl: gitServer.url });
    expect(run.status).toBe("failed");
    expect(run.failed).toBe(
      "Pushing to 'main' was denied; give the job 'permissions: contents: write' (or pass a token that may push in 'token').",
    );
  });
});

describe("mode: pull-request", () => {
  it("creates the branch on top of the base head and opens the pull request; then none, updated and closed", async () => {
    const fixture = repo(UNMIRRORED);
    const api = await stub(fixture);
    const inputs = { mode: "pull-request", token: TOKEN, labels: "dependencies, mirrors", draft: "true" };
    const apiUrl = api.url;

    // 1. created
    const first = await runInProcess(fixture, inputs, { apiUrl });
    expect(first.failed).toBeUndefined();
    const baseHead = gitIn(fixture.origin, ["rev-parse", "main"]);
    const branchHead = gitIn(fixture.origin, ["rev-parse", "refs/heads/mirrorize/main"]);
    expect(gitIn(fixture.origin, ["rev-parse", `${branchHead}^`])).toBe(baseHead);
    expect(first.outputs).toMatchObject({
      changed: "true",
      "commit-sha": branchHead,
      "pull-request-operation": "created",
      "pull-request-number": "1",
      "pull-request-url": `https://github.com/${OWNER}/${REPO}/pull/1`,
      "pull-request-branch": "mirrorize/main",
    });
    expect(api.writes().map((r) => [r.operationId, r.body])).toEqual([
      [
        "pulls/create",
        {
          head: "mirrorize/main",
          base: "main",
          title: "Use registry mirrors for container images",
          body: expect.stringContaining("| `nginx:1.25` | `mirror.example.com/nginx:1.25` |"),
          draft: true,
        },
      ],
      ["issues/add-labels", { labels: ["dependencies", "mirrors"] }],
    ]);
    expect(api.pulls.get(1)).toMatchObject({
      state: "open",
      draft: true,
      labels: ["dependencies", "mirrors"],
    });
    // the workspace is left as it was found
    expect(fixture.git(["status", "--porcelain"])).toBe("");
    expect(fixture.git(["rev-parse", "HEAD"])).toBe(baseHead);
    expect(fixture.git(["worktree", "list"]).split("\n")).toHaveLength(1);

    // 2. none: nothing new
    const writesBefore = api.writes().length;
    const second = await runInProcess(fixture, inputs, { apiUrl });
    expect(second.outputs).toMatchObject({
      "pull-request-operation": "none",
      "pull-request-number": "1",
      "commit-sha": "",
    });
    expect(gitIn(fixture.origin, ["rev-parse", "refs/heads/mirrorize/main"])).toBe(branchHead);
    expect(api.writes()).toHaveLength(writesBefore);

    // 3. updated: the base gained another unmirrored image
    const newBase = fixture.pushFromElsewhere(
      { "deploy/cache.yaml": deployment("cache", "redis:7") },
      "Add cache",
    );
    const third = await runInProcess(fixture, { ...inputs, title: "Mirror images (again)" }, { apiUrl });
    expect(third.failed).toBeUndefined();
    const updatedHead = gitIn(fixture.origin, ["rev-parse", "refs/heads/mirrorize/main"]);
    expect(gitIn(fixture.origin, ["rev-parse", `${updatedHead}^`])).toBe(newBase);
    expect(third.outputs).toMatchObject({
      "pull-request-operation": "updated",
      "pull-request-number": "1",
      "commit-sha": updatedHead,
    });
    expect(
      api
        .writes()
        .slice(writesBefore)
        .map((r) => r.operationId),
    ).toEqual(["pulls/update", "issues/add-labels"]);
    expect(api.pulls.get(1)?.title).toBe("Mirror images (again)");
    expect(api.pulls.get(1)?.body).toContain("`redis:7`");

    // 4. closed: someone fixed the base by hand
    fixture.pushFromElsewhere(
      {
        "deploy/web.yaml": deployment("web", `${FAKE_MIRROR}/nginx:1.25`),
        "deploy/metrics.yaml": deployment(
          "metrics",
          `${FAKE_MIRROR}/quay.io/prometheus/node-exporter:v1.8.0`,
        ),
        "deploy/cache.yaml": deployment("cache", `${FAKE_MIRROR}/redis:7`),
      },
      "Mirror by hand",
    );
    const fourth = await runInProcess(fixture, inputs, { apiUrl });
    expect(fourth.failed).toBeUndefined();
    expect(fourth.outputs).toMatchObject({
      "pull-request-operation": "closed",
      "pull-request-number": "1",
      changed: "false",
    });
    expect(api.pulls.get(1)?.state).toBe("closed");
    expect(gitIn(fixture.origin, ["branch", "--list", "mirrorize/*"])).toBe("");

    // every request and response matched GitHub's OpenAPI description
    expect(api.problems).toEqual([]);
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expectNoToken(fixture, JSON.stringify([first.outputs, second.outputs, third.outputs, fourth.outputs]));
  });

  it("recreates the pull request on an existing branch and keeps a custom branch name", async () => {
    const fixture = repo(UNMIRRORED);
    const api = await stub(fixture);
    const inputs = {
      mode: "pull-request",
      token: TOKEN,
      branch: "bot/mirrors",
      body: "Automated by mirrorize.",
    };
    const first = await runInProcess(fixture, inputs, { apiUrl: api.url });
    expect(first.outputs["pull-request-branch"]).toBe("bot/mirrors");
    api.pulls.get(1)!.state = "closed"; // someone closed it without merging
    const second = await runInProcess(fixture, inputs, { apiUrl: api.url });
    expect(second.outputs).toMatchObject({ "pull-request-operation": "created", "pull-request-number": "2" });
    expect(api.pulls.get(2)?.body.startsWith("Automated by mirrorize.\n")).toBe(true);
    expect(api.problems).toEqual([]);
  });

  it("turns 'not permitted to create pull requests' into the repository setting to change", async () => {
    const fixture = repo(UNMIRRORED);
    const api = await stub(fixture);
    api.failWith("pulls/create", 403, "GitHub Actions is not permitted to create or approve pull requests.");
    const run = await runInProcess(fixture, { mode: "pull-request", token: TOKEN }, { apiUrl: api.url });
    expect(run.status).toBe("failed");
    expect(run.failed).toBe(
      `Could not create the pull request from 'mirrorize/main' into 'main': GitHub Actions may not create pull requests in ${OWNER}/${REPO}; turn on 'Allow GitHub Actions to create and approve pull requests' (repository or organization Settings > Actions > General > Workflow permissions), or pass a GitHub App or personal access token in 'token'.`,
    );
    expect(api.problems).toEqual([]);
  });

  it.each([
    [
      403,
      "Resource not accessible by integration",
      "give the job 'permissions: pull-requests: write' and 'contents: write'",
    ],
    [
      404,
      "Not Found",
      "was not found with this token (HTTP 404); give the job 'permissions: pull-requests: write'",
    ],
  ])("turns HTTP %i into the missing permissions entry", async (status, message, expected) => {
    const fixture = repo(UNMIRRORED);
    const api = await stub(fixture);
    api.failWith("pulls/list", status, message);
    const run = await runInProcess(fixture, { mode: "pull-request", token: TOKEN }, { apiUrl: api.url });
    expect(run.status).toBe("failed");
    expect(run.failed).toContain(expected);
    expect(run.failed).toMatch(/^Could not list the open pull requests from 'mirrorize\/main'/);
  });

  it("needs 'base' when HEAD is detached", async () => {
    const fixture = repo(UNMIRRORED);
    fixture.git(["checkout", "--quiet", "--detach"]);
    const api = await stub(fixture);
    const run = await runInProcess(fixture, { mode: "pull-request", token: TOKEN }, { apiUrl: api.url });
    expect(run.failed).toBe(
      "HEAD is detached, so pull-request mode does not know the branch to merge into; set the 'base' input (for example 'base: main').",
    );
    const withBase = await runInProcess(
      fixture,
      { mode: "pull-request", token: TOKEN, base: "main" },
      { apiUrl: api.url },
    );
    expect(withBase.outputs["pull-request-operation"]).toBe("created");
  });
});

describe("mode: transform", () => {
  it("rewrites the files in place and touches no git state", async () => {
    const fixture = repo(UNMIRRORED);
    const head = fixture.git(["rev-parse", "HEAD"]);
    const run = await runInProcess(fixture, { mode: "transform" });
    expect(run.status).toBe("ok");
    expect(run.annotations).toEqual([]);
    expect(readFileSync(join(fixture.work, "deploy/web.yaml"), "utf8")).toContain(
      `image: ${FAKE_MIRROR}/nginx:1.25`,
    );
    expect(fixture.git(["diff", "--name-only"]).split("\n")).toEqual([
      "deploy/metrics.yaml",
      "deploy/web.yaml",
    ]);
    expect(fixture.git(["rev-parse", "HEAD"])).toBe(head);
    expect(run.outputs).toMatchObject({ changed: "true", "rewrites-count": "2", "findings-count": "0" });
    expect(run.summary).toContain("## mirrorize: rewrote 2 image references in 2 files");
  });

  it("still fails per fail-on for what it could not fix", async () => {
    const fixture = repo({ ...UNMIRRORED, "deploy/broken.yaml": "broken: !!bad\n" });
    const run = await runInProcess(fixture, { mode: "transform" });
    expect(run.status).toBe("failed");
    expect(run.failed).toBe("1 problem at 'error' level or above; see the annotations and the job summary.");
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: "error",
        where: expect.objectContaining({ file: "deploy/broken.yaml", startLine: 1 }),
      }),
    ]);
  });
});

describe("dry-run", () => {
  it.each(["transform", "commit", "pull-request"])(
    "in %s mode writes, commits, pushes and calls nothing",
    async (mode) => {
      const fixture = repo(UNMIRRORED);
      const api = await stub(fixture);
      const head = fixture.git(["rev-parse", "HEAD"]);
      const refsBefore = gitIn(fixture.origin, ["for-each-ref", "--format=%(refname) %(objectname)"]);
      const run = await runInProcess(fixture, { mode, token: TOKEN, "dry-run": "true" }, { apiUrl: api.url });
      expect(run.failed).toBeUndefined();
      expect(run.log).toContain("DRY RUN: would update 2 files");
      expect(run.outputs).toMatchObject({
        changed: "true",
        "commit-sha": "",
        "pull-request-operation": "none",
      });
      expect(readOutputFile(run.outputs.patch!)).toContain("+          image: mirror.example.com/nginx:1.25");
      expect(fixture.git(["status", "--porcelain"])).toBe("");
      expect(fixture.git(["rev-parse", "HEAD"])).toBe(head);
      expect(gitIn(fixture.origin, ["for-each-ref", "--format=%(refname) %(objectname)"])).toBe(refsBefore);
      expect(api.writes()).toEqual([]);
      expect(api.problems).toEqual([]);
      expect(
        readdirSync(join(fixture.root, "runner-temp")).filter((d) => d.startsWith("mirrorize-worktree-")),
      ).toEqual([]);
    },
  );
});

describe("errors", () => {
  it("a bad input value fails with one sentence and still sets the default outputs", async () => {
    const run = await runInProcess(repo(MIRRORED), { mode: "fixx" });
    expect(run.status).toBe("failed");
    expect(run.failed).toBe(
      "Invalid 'mode' value 'fixx'. Expected one of: check, commit, pull-request, transform, merge, sync, export.",
    );
    expect(run.outputs).toMatchObject({
      changed: "false",
      "findings-count": "0",
      "pull-request-operation": "none",
    });
  });

  it("refuses paths and a config file outside the workspace", async () => {
    const fixture = repo(MIRRORED);
    const outside = await runInProcess(fixture, { paths: "deploy, ../../etc" });
    expect(outside.failed).toBe(
      "Invalid 'paths' value '../../etc'. Expected a path inside the workspace (relative to the repository root).",
    );
    const config = await runInProcess(fixture, { config: "/etc/passwd" });
    expect(config.failed).toBe(
      "Invalid 'config' value '/etc/passwd'. Expected a path inside the workspace (relative to the repository root).",
    );
    const missing = await runInProcess(fixture, { config: "nope.yaml" });
    expect(missing.failed).toBe(
      "Invalid 'config' value 'nope.yaml'. Expected an existing file in the repository.",
    );
  });

  it("an internal error is reported with its stack", async () => {
    const run = await runInProcess(
      repo(MIRRORED),
      {},
      {
        scan: async () => {
          throw new TypeError("boom");
        },
      },
    );
    expect(run.status).toBe("bug");
    expect(run.failed).toBe("Internal error in mirrorize (please report it): boom");
    expect(run.annotations[0]?.message).toMatch(/^TypeError: boom\n\s+at /);
  });
});
