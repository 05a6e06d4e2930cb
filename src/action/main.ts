/**
 * Entry point of the GitHub Action (bundled to dist/action.js): wires the real engine, config loader,
 * `@actions/core` and Octokit into `run`, and turns an internal bug into exit code 70.
 */
import { loadSettings } from "../config/index.js";
import { scan } from "../engine/index.js";
import { octokitPullRequestApi } from "./github-api.js";
import { coreIO } from "./io.js";
import { run } from "./run.js";

/** Exit code of an internal error (EX_SOFTWARE), as for the CLI. */
const EXIT_BUG = 70;

process.on("unhandledRejection", (reason) => {
  coreIO.setFailed(
    `Internal error in mirrorize (please report it): ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
  );
  process.exitCode = EXIT_BUG;
});

const status = await run({
  io: coreIO,
  env: process.env,
  cwd: process.cwd(),
  scan,
  loadSettings,
  pullRequestApi: octokitPullRequestApi,
});
if (status === "bug") process.exitCode = EXIT_BUG;
