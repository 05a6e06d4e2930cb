import { runCheck } from "./check.js";
import { runCommit } from "./commit.js";
import { readRunnerContext } from "./context.js";
import { errorMessage, isUserError } from "./errors.js";
import { runExport } from "./export.js";
import { basicAuthValue } from "./git.js";
import { type ActionInputs, parseInputs } from "./inputs.js";
import { runMerge } from "./merge.js";
import { Outputs } from "./outputs.js";
import { runPullRequest } from "./pull-request.js";
import { artifactsDirectory } from "./report.js";
import type { ActionDeps, Step } from "./step.js";
import { runSyncMode } from "./sync.js";
import { runTransform } from "./transform.js";

/** How a run ended: `failed` is a gate failure or a user error; `bug` is an internal error. */
export type RunStatus = "ok" | "failed" | "bug";

const MODES = {
  check: (step: Step) => runCheck(step),
  commit: runCommit,
  "pull-request": runPullRequest,
  transform: runTransform,
  merge: runMerge,
  sync: runSyncMode,
  export: runExport,
} as const;

/**
 * Run the action once: parse the inputs, run the mode, set the outputs (always, even on failure) and
 * report a failure with `setFailed`: one sentence for a user's mistake, the stack for a bug.
 */
export async function run(deps: ActionDeps): Promise<RunStatus> {
  const { io } = deps;
  const outputs = new Outputs();
  try {
    const inputs = parseInputs((name) => io.getInput(name));
    if (inputs.token) {
      io.setSecret(inputs.token);
      io.setSecret(basicAuthValue(inputs.token).replace(/^AUTHORIZATION: basic /, ""));
    }
    io.debug(`Inputs: ${JSON.stringify(redacted(inputs))}`);
    const runner = readRunnerContext(deps.env, deps.cwd);
    const artifactsDir = await artifactsDirectory(runner.runnerTemp);
    const step: Step = { deps, io, inputs, runner, outputs, artifactsDir };
    if (inputs.dryRun)
      io.info("DRY RUN: no file is written, no commit made, nothing pushed, no write API called.");
    const failure = await MODES[inputs.mode](step);
    if (failure) {
      io.setFailed(failure);
      return "failed";
    }
    return "ok";
  } catch (error) {
    if (isUserError(error)) {
      if (error.stack) io.debug(error.stack);
      io.setFailed(error.message);
      return "failed";
    }
    io.error(error instanceof Error && error.stack ? error.stack : errorMessage(error));
    io.setFailed(`Internal error in mirrorize (please report it): ${errorMessage(error)}`);
    return "bug";
  } finally {
    outputs.emit(io);
  }
}

function redacted(inputs: ActionInputs): ActionInputs {
  return { ...inputs, token: inputs.token ? "***" : "" };
}
