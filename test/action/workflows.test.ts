/**
 * `commit` and `pull-request` modes leave `.github/workflows/` files out of their commit unless
 * `include-workflows: true` (GitHub refuses such a push without the `workflow` scope): real git
 * repositories with a bare origin, the OpenAPI-checked GitHub stand-in, the fake engine.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FAKE_MIRROR } from "./fake-engine.js";
import { createRepo, gitIn, type RepoFixture } from "./git-fixture.js";
import { startGitHubStub } from "./github-stub.js";
import { deployment, OWNER, REPO, runInProcess, TOKEN } from "./harness.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const WORKFLOW = "jobs:\n  test:\n    container:\n      image: node:20\n";
const FILES = {
  "deploy/web.yaml": deployment("web", "nginx:1.25"),
  ".github/workflows/ci.yml": WORKFLOW,
};

function repo(): RepoFixture {
  const fixture = createRepo(FILES);
  cleanups.push(fixture.cleanup);
  return fixture;
}

const committed = (fixture: RepoFixture, ref: string) =>
  gitIn(fixture.origin, ["show", "--name-only", "--format=", ref]).split("\n").filter(Boolean).sort();

describe("workflow files in commit and pull-request modes", () => {
  it("commit mode leaves them out, puts them back, and says why and which input opts in", async () => {
    const fixture = repo();
    const run = await runInProcess(fixture, { mode: "commit", token: TOKEN });
    expect(run.status).toBe("ok");
    expect(committed(fixture, "main")).toEqual(["deploy/web.yaml"]);
    expect(readFileSync(join(fixture.work, ".github/workflows/ci.yml"), "utf8")).toBe(WORKFLOW);
    expect(run.outputs["changed-files"]).toBe('["deploy/web.yaml"]');
    const warning = run.annotations.find((a) => a.level === "warning" && !a.where);
    expect(warning?.message).toBe(
      "1 workflow file left out of the commit (.github/workflows/ci.yml): GitHub refuses a push that changes .github/workflows/ unless the token has the 'workflow' scope (the default GITHUB_TOKEN never has it); set 'include-workflows: true' with such a token to commit them.",
    );
    expect(run.summary).toContain("include-workflows: true");
  });

  it("commit mode with include-workflows: true commits them too", async () => {
    const fixture = repo();
    const run = await runInProcess(fixture, { mode: "commit", token: TOKEN, "include-workflows": "true" });
    expect(run.status).toBe("ok");
    expect(committed(fixture, "main")).toEqual([".github/workflows/ci.yml", "deploy/web.yaml"]);
    expect(gitIn(fixture.origin, ["show", "main:.github/workflows/ci.yml"])).toContain(
      `image: ${FAKE_MIRROR}/node:20`,
    );
  });

  it("pull-request mode leaves them out of the pull request's commit", async () => {
    const fixture = repo();
    const api = await startGitHubStub({ owner: OWNER, repo: REPO, originDir: fixture.origin, token: TOKEN });
    cleanups.push(() => api.close());
    const run = await runInProcess(fixture, { mode: "pull-request", token: TOKEN }, { apiUrl: api.url });
    expect(run.failed).toBeUndefined();
    expect(committed(fixture, "refs/heads/mirrorize/main")).toEqual(["deploy/web.yaml"]);
    expect(run.summary).toContain("1 workflow file left out of the commit");
  });
});
