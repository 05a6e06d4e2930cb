// Entry of dist/worker.js: an engine pool worker and nothing else. The CLI and the Action start their
// workers from this file when it stands beside them: it holds only what planning needs (no command
// line, no config loader, no registry client), so a worker starts faster than one that loads the
// whole program (the CLI and Action bundles can still serve as workers themselves).
import { runPoolWorker } from "./worker.js";

runPoolWorker();
