/**
 * Entry point of the GitHub Action (bundled to dist/action.js): wires the real engine (with online
 * verification when the config asks for it), the config loader, `@actions/core` and Octokit into `run`,
 * and turns an internal bug into exit code 70. Started with the engine's worker flag, the same file
 * runs an engine pool worker instead (see engine/worker-entry.ts), so that a file that crashes the
 * YAML parser cannot take the action down.
 */
import { loadSettings } from "../config/index.js";
import { verifyScan } from "../engine/index.js";
import { isPoolWorker, setWorkerEntry, workerBeside } from "../engine/worker-entry.js";
import { octokitPullRequestApi } from "./github-api.js";
import { coreIO } from "./io.js";
import { registryEnvironment } from "./registry-env.js";
import { run } from "./run.js";

/** Exit code of an internal error (EX_SOFTWARE), as for the CLI. */
const EXIT_BUG = 70;

if (isPoolWorker()) {
  const { runPoolWorker } = await import("../engine/worker.js");
  runPoolWorker();
} else {
  setWorkerEntry(workerBeside(import.meta.url));
  process.on("unhandledRejection", (reason) => {
    const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    coreIO.setFailed(`Internal error in mirrorize (please report it): ${text}`);
    process.exitCode = EXIT_BUG;
  });
  const status = await run({
    io: coreIO,
    env: process.env,
    cwd: process.cwd(),
    scan: (options) => verifyScan({ ...options, env: registryEnvironment(process.env) }),
    loadSettings,
    pullRequestApi: octokitPullRequestApi,
  });
  if (status === "bug") process.exitCode = EXIT_BUG;
}
