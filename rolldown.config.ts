import { defineConfig } from "rolldown";

// Two self-contained ESM files that run with plain `node` and no node_modules:
// dist/cli.js (the `mirrorize` command and the KRM function) and dist/action.js (the GitHub Action),
// and dist/worker.js, which both start their engine pool workers from.
// rolldown turns the require() calls of bundled CommonJS dependencies into a createRequire shim itself.
export default defineConfig([
  {
    input: "src/cli/main.ts",
    platform: "node",
    output: { format: "esm", file: "dist/cli.js", inlineDynamicImports: true, banner: "#!/usr/bin/env node" },
  },
  {
    input: "src/action/main.ts",
    platform: "node",
    output: { format: "esm", file: "dist/action.js", inlineDynamicImports: true },
  },
  {
    // The engine's pool workers: planning alone, so a worker starts without loading the whole program.
    input: "src/engine/worker-main.ts",
    platform: "node",
    output: { format: "esm", file: "dist/worker.js", inlineDynamicImports: true },
  },
]);
