import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import type { ScanResult } from "../engine/index.js";
import { commitFiles, currentBranch, forkFallback, push } from "./commit.js";
import { errorMessage, UserError } from "./errors.js";
import { Git } from "./git.js";
import type { PullRequestApi, PullRequestRef } from "./github-api.js";
import { plural } from "./markdown.js";
import { publish } from "./report.js";
import { lineLink, type Step, scanTree } from "./step.js";
import { renderPullRequestBody, splitFindings } from "./summary.js";
import { holdBackWorkflows } from "./workflows.js";

type Operation = "created" | "updated" | "closed" | "none";

/** What happened in pull-request mode, for the outputs and the summary. */
interface PullRequestOutcome {
  operation: Operation;
  pull?: PullRequestRef;
  commit?: string;
  headline: string;
}

/**
 * `mode: pull-request`: fix the files on a branch (`mirrorize/<base>` by default) made from the head of
 * `base`, force-push it with a lease, and create or update the open pull request. When nothing is left to
 * change, close the pull request and delete the branch; when the branch already holds this fix, do
 * nothing. The workspace is left as it was: the fix is made in a temporary worktree.
 */
export async function runPullRequest(step: Step): Promise<string | undefined> {
  const fallback = await forkFallback(step);
  if (fallback) return fallback.failure;

  const { inputs, io, runner } = step;
  const git = new Git(runner.workspace, {
    token: inputs.token,
    serverUrl: runner.serverUrl,
    env: step.deps.env,
  });
  const base = inputs.pullRequest.base ?? (await currentBranch(git));
  if (!base) {
    throw new UserError(
      "HEAD is detached, so pull-request mode does not know the branch to merge into; set the 'base' input (for example 'base: main').",
    );
  }
  const branch = inputs.pullRequest.branch ?? `mirrorize/${base}`;
  await checkBranchName(git, branch, base);
  if (!runner.repository) {
    throw new UserError(
      "GITHUB_REPOSITORY is not set, so pull-request mode does not know the repository to use.",
    );
  }
  if (!inputs.token && !inputs.dryRun) {
    throw new UserError(
      "The 'token' input is empty; pull-request mode needs a token with 'contents: write' and 'pull-requests: write'.",
    );
  }
  const api = inputs.token
    ? step.deps.pullRequestApi(inputs.token, runner.apiUrl, runner.repository)
    : undefined;
  step.outputs.set("pull-request-branch", branch);

  io.startGroup(`Fetch '${base}' and '${branch}'`);
  let baseSha: string;
  let remoteSha: string | undefined;
  try {
    baseSha = await fetchBranch(git, base);
    if (!baseSha)
      throw new UserError(`Invalid 'base' value '${base}'. Expected a branch that exists on the remote.`);
    remoteSha = (await fetchBranch(git, branch)) || undefined;
    io.info(
      `'${base}' is at ${baseSha}; '${branch}' ${remoteSha ? `is at ${remoteSha}` : "does not exist yet"}.`,
    );
  } finally {
    io.endGroup();
  }

  const tempDir = await mkdtemp(join(runner.runnerTemp, "mirrorize-worktree-"));
  const worktree = join(tempDir, "tree");
  await git.run(["worktree", "add", "--quiet", "--detach", worktree, baseSha]);
  let result: ScanResult;
  let outcome: PullRequestOutcome;
  let held: string[] = [];
  try {
    const treeGit = new Git(worktree, {
      token: inputs.token,
      serverUrl: runner.serverUrl,
      env: step.deps.env,
    });
    result = await scanTree(step, worktree, "fix", !inputs.dryRun);
    held = holdBackWorkflows(step, worktree, result, !inputs.dryRun);
    const files = result.files.filter((f) => f.changed).map((f) => f.file);
    const context: UpdateContext = { step, git: treeGit, api, base, branch, baseSha, remoteSha, result };
    outcome = inputs.dryRun
      ? await dryRun(context, files.length)
      : files.length === 0
        ? await nothingToChange(context)
        : await proposeFix(context, files);
  } finally {
    await git.run(["worktree", "remove", "--force", worktree]).catch(() => undefined);
    await rm(tempDir, { recursive: true, force: true });
  }

  step.outputs.set("pull-request-operation", outcome.operation);
  if (outcome.pull) {
    step.outputs.set("pull-request-number", String(outcome.pull.number));
    step.outputs.set("pull-request-url", outcome.pull.url);
  }
  if (outcome.commit) step.outputs.set("commit-sha", outcome.commit);
  return publish(step, {
    result,
    applied: true,
    headline: outcome.headline,
    notes: [...(outcome.pull ? [`Pull request: ${outcome.pull.url}`] : []), ...held],
    link: lineLink(runner, baseSha),
  });
}

interface UpdateContext {
  step: Step;
  /** Git in the temporary worktree (detached at `baseSha`). */
  git: Git;
  api: PullRequestApi | undefined;
  base: string;
  branch: string;
  baseSha: string;
  /** The pull request branch on the remote, if it exists. */
  remoteSha: string | undefined;
  result: ScanResult;
}

async function dryRun(context: UpdateContext, changedFiles: number): Promise<PullRequestOutcome> {
  const { step, api, branch, base } = context;
  step.io.info(`DRY RUN: would update ${plural(changedFiles, "file")}`);
  let open: PullRequestRef | undefined;
  try {
    open = await api?.findOpen(branch, base);
  } catch (error) {
    step.io.warning(`DRY RUN: could not look up the open pull request: ${errorMessage(error)}`);
  }
  const action =
    changedFiles === 0
      ? open
        ? `would close pull request #${open.number}`
        : "would do nothing"
      : open
        ? `would update pull request #${open.number}`
        : `would create a pull request from '${branch}' into '${base}'`;
  step.io.info(`DRY RUN: ${action}`);
  return {
    operation: "none",
    pull: open,
    headline: `DRY RUN: ${action} (${plural(changedFiles, "file")} to change)`,
  };
}

/** No change left: close the open pull request and (with `delete-branch`) delete its branch. */
async function nothingToChange(context: UpdateContext): Promise<PullRequestOutcome> {
  const { step, api, branch, base, remoteSha } = context;
  const open = await api!.findOpen(branch, base);
  if (open) {
    await api!.close(open.number);
    step.io.info(`Closed pull request #${open.number}: nothing is left to change.`);
  }
  if (remoteSha && step.inputs.pullRequest.deleteBranch) {
    await push(context.git, `:refs/heads/${branch}`, branch, [
      `--force-with-lease=refs/heads/${branch}:${remoteSha}`,
    ]);
    step.io.info(`Deleted branch '${branch}'.`);
  }
  return open
    ? {
        operation: "closed",
        pull: open,
        headline: `nothing left to change; closed pull request #${open.number}`,
      }
    : { operation: "none", headline: "nothing to change" };
}

/** Commit the fix on top of the base head, push it if it is new, and create or update the pull request. */
async function proposeFix(context: UpdateContext, files: string[]): Promise<PullRequestOutcome> {
  const { step, git, api, branch, base, baseSha, remoteSha, result } = context;
  const commit = await commitFiles(git, step, files);
  if (!commit || commit === baseSha) {
    // Never point the pull request branch at the base commit: GitHub would close the pull request.
    return nothingToChange(context);
  }
  const pushed = !(remoteSha && (await sameFix(git, commit, remoteSha, baseSha)));
  if (pushed) {
    await push(git, `${commit}:refs/heads/${branch}`, branch, [
      `--force-with-lease=refs/heads/${branch}:${remoteSha ?? ""}`,
    ]);
    step.io.info(`Pushed ${commit} to '${branch}'.`);
  } else {
    step.io.info(`'${branch}' already holds this fix on top of '${base}'; not pushing.`);
  }

  const { title, labels, draft } = step.inputs.pullRequest;
  const body = renderPullRequestBody(step.inputs.pullRequest.body, result, lineLink(step.runner, baseSha));
  const rewrites = splitFindings(result.findings, true).rewrites.length;
  const what = `${plural(rewrites, "rewrite")} in ${plural(files.length, "file")}`;
  const open = await api!.findOpen(branch, base);
  if (open) {
    if (!pushed)
      return {
        operation: "none",
        pull: open,
        headline: `pull request #${open.number} is up to date (${what})`,
      };
    await api!.update(open.number, { title, body });
    await addLabels(step, api!, open.number, labels);
    step.io.info(`Updated pull request #${open.number}: ${open.url}`);
    return {
      operation: "updated",
      pull: open,
      commit,
      headline: `updated pull request #${open.number} (${what})`,
    };
  }
  const created = await api!.create({ branch, base, title, body, draft });
  await addLabels(step, api!, created.number, labels);
  step.io.info(`Created pull request #${created.number}: ${created.url}`);
  return {
    operation: "created",
    pull: created,
    commit: pushed ? commit : undefined,
    headline: `created pull request #${created.number} (${what})`,
  };
}

/** Labels are a nicety: a failure to add them is a warning, not a failed step. */
async function addLabels(step: Step, api: PullRequestApi, number: number, labels: string[]): Promise<void> {
  if (labels.length === 0) return;
  try {
    await api.addLabels(number, labels);
  } catch (error) {
    step.io.warning(errorMessage(error));
  }
}

/** The remote branch already is this fix: the same tree, and built on the current base. */
async function sameFix(git: Git, commit: string, remoteSha: string, baseSha: string): Promise<boolean> {
  const [ours, theirs] = await Promise.all([
    git.output(["rev-parse", `${commit}^{tree}`]),
    git.output(["rev-parse", `${remoteSha}^{tree}`]),
  ]);
  if (ours !== theirs) return false;
  const onBase = await git.run(["merge-base", "--is-ancestor", baseSha, remoteSha], { okExitCodes: [1] });
  return onBase.exitCode === 0;
}

/** Fetch `branch` from origin; returns its commit, or "" when the remote has no such branch. */
async function fetchBranch(git: Git, branch: string): Promise<string> {
  const listed = await git.run(["ls-remote", "--exit-code", "origin", `refs/heads/${branch}`], {
    auth: true,
    okExitCodes: [2],
  });
  if (listed.exitCode === 2) return "";
  await git.run(["fetch", "--quiet", "--no-tags", "origin", `refs/heads/${branch}`], { auth: true });
  return git.output(["rev-parse", "FETCH_HEAD"]);
}

async function checkBranchName(git: Git, branch: string, base: string): Promise<void> {
  const valid = await git.run(["check-ref-format", "--branch", branch], { okExitCodes: [1, 128] });
  if (valid.exitCode !== 0) {
    throw new UserError(`Invalid 'branch' value '${branch}'. Expected a valid git branch name.`);
  }
  if (branch === base) {
    throw new UserError(
      `Invalid 'branch' value '${branch}'. Expected a branch other than the base '${base}'.`,
    );
  }
}
