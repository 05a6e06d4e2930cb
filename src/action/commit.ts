import { runCheck } from "./check.js";
import { UserError } from "./errors.js";
import { Git, GitError } from "./git.js";
import { plural } from "./markdown.js";
import { publish } from "./report.js";
import { lineLink, type Step, scanTree } from "./step.js";
import { splitFindings } from "./summary.js";
import { holdBackWorkflows } from "./workflows.js";

/**
 * When the event is a pull request from a fork, the workflow token cannot push to it: say so and run the
 * check instead (the patch is in the report). Returns the check's outcome, or undefined to go on.
 */
export async function forkFallback(step: Step): Promise<{ failure: string | undefined } | undefined> {
  const fork = step.runner.forkPullRequest;
  if (!fork) return undefined;
  const message = `Pull request #${fork.number} comes from the fork ${fork.headRepository}, and the workflow's token cannot push to it, so mirrorize runs in check mode instead: the fix is in the patch file (the 'patch' output) and the job summary.`;
  step.io.notice(message);
  return { failure: await runCheck(step, [message]) };
}

/**
 * `mode: commit`, automated fix-up commits: fix the files, commit only them and push to the branch that
 * is checked out. No changes, no commit (`changed=false`).
 */
export async function runCommit(step: Step): Promise<string | undefined> {
  const fallback = await forkFallback(step);
  if (fallback) return fallback.failure;

  const { inputs, io, runner } = step;
  const git = new Git(runner.workspace, {
    token: inputs.token,
    serverUrl: runner.serverUrl,
    env: step.deps.env,
  });
  const branch = await currentBranch(git);
  if (!branch) {
    throw new UserError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS placeholder
      "Commit mode needs a branch checked out, but HEAD is detached; on 'pull_request' events check out the head branch with actions/checkout's 'ref: ${{ github.head_ref }}'.",
    );
  }

  const result = await scanTree(step, runner.workspace, "fix", !inputs.dryRun);
  const held = holdBackWorkflows(step, runner.workspace, result, !inputs.dryRun);
  const files = result.files.filter((f) => f.changed).map((f) => f.file);
  const rewrites = splitFindings(result.findings, true).rewrites.length;
  let headline: string;

  if (inputs.dryRun) {
    io.info(`DRY RUN: would update ${plural(files.length, "file")}`);
    headline = `DRY RUN: would commit ${plural(rewrites, "rewrite")} in ${plural(files.length, "file")} to '${branch}'`;
  } else if (files.length === 0) {
    io.info("Nothing to commit: every image reference already uses a mirror.");
    headline = "nothing to commit";
  } else {
    const sha = await commitFiles(git, step, files);
    if (sha) {
      await push(git, `HEAD:refs/heads/${branch}`, branch);
      step.outputs.set("commit-sha", sha);
      io.info(`Pushed ${sha} to '${branch}'.`);
      headline = `committed ${plural(rewrites, "rewrite")} in ${plural(files.length, "file")} to '${branch}' (${sha.slice(0, 7)})`;
    } else {
      headline = "nothing to commit";
    }
  }

  const failure = await publish(step, {
    result,
    applied: true,
    headline,
    notes: held,
    link: lineLink(runner),
  });
  // Files the scan changed but git sees as unchanged (line-ending normalisation) make no commit.
  if (!inputs.dryRun && !step.outputs.get("commit-sha")) {
    step.outputs.set("changed", "false");
    step.outputs.set("changed-files", "[]");
  }
  return failure;
}

/** The short name of the branch checked out, or undefined for a detached HEAD. */
export async function currentBranch(git: Git): Promise<string | undefined> {
  const { stdout, exitCode } = await git.run(["symbolic-ref", "--quiet", "--short", "HEAD"], {
    okExitCodes: [1],
  });
  return exitCode === 0 ? stdout.trim() : undefined;
}

/**
 * Stage exactly `files` and commit them (nothing else that may be staged) with the configured author,
 * committer and message. Returns the new commit, or undefined when git sees nothing to commit.
 */
export async function commitFiles(git: Git, step: Step, files: string[]): Promise<string | undefined> {
  await git.run(["add", "--", ...files]);
  const staged = await git.run(["diff", "--cached", "--quiet", "--", ...files], { okExitCodes: [1] });
  if (staged.exitCode === 0) return undefined;
  const { message, author, committer } = step.inputs.commit;
  await git.run(["commit", "--quiet", "--no-verify", "--file=-", "--", ...files], {
    author,
    committer,
    input: message,
  });
  return git.output(["rev-parse", "HEAD"]);
}

/**
 * Push with the token. `refspec` and `extra` go to `git push origin`; a refusal becomes a sentence that
 * names the fix.
 */
export async function push(git: Git, refspec: string, branch: string, extra: string[] = []): Promise<void> {
  try {
    await git.run(["push", "--quiet", ...extra, "origin", refspec], { auth: true });
  } catch (error) {
    throw explainPushError(error, branch);
  }
}

/** One sentence for a refused push. */
export function explainPushError(error: unknown, branch: string): Error {
  if (!(error instanceof GitError)) return error as Error;
  const said = error.stderr;
  if (/workflows? permission|refusing to allow .* workflow/i.test(said)) {
    return new UserError(
      `Pushing to '${branch}' was refused because the change touches .github/workflows; exclude those files ('exclude: .github/**') or pass a token with the 'workflows' permission.`,
    );
  }
  if (/protected branch|GH006|GH013|rule violations/i.test(said)) {
    return new UserError(
      `Pushing to '${branch}' was refused by a branch protection rule; use 'mode: pull-request' for protected branches.`,
    );
  }
  if (/stale info|non-fast-forward|fetch first|rejected/i.test(said)) {
    return new UserError(
      `Pushing to '${branch}' was rejected because the branch moved on the remote since it was checked out; run the workflow again.`,
    );
  }
  if (
    /\b40[13]\b|permission to .* denied|denied to|not allowed|authentication failed|could not read username|terminal prompts disabled/i.test(
      said,
    )
  ) {
    return new UserError(
      `Pushing to '${branch}' was denied; give the job 'permissions: contents: write' (or pass a token that may push in 'token').`,
    );
  }
  return error;
}
