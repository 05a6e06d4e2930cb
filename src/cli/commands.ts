import type { CliIO, ParsedArgs } from "./types.js";

export type OptionSpec = {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  description: string;
};

export interface CommandSpec {
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Loaded on demand so that `resolve` does not pay for what `check` needs. */
  load: () => Promise<{ run: (args: ParsedArgs, io: CliIO) => Promise<number> }>;
}

const config: Record<string, OptionSpec> = {
  config: { type: "string", description: "config file (default: .mirrorize.yaml found upward from PATH)" },
  preset: {
    type: "string",
    description: "mirror preset to use (replaces the config's preset); see `mirrorize presets`",
  },
};
const output: Record<string, OptionSpec> = {
  quiet: { type: "boolean", short: "q", description: "print only the summary line" },
  verbose: { type: "boolean", short: "v", description: "also print references that need nothing" },
  "no-color": { type: "boolean", description: "never colour the output (also: NO_COLOR=1)" },
};

const changedSince: Record<string, OptionSpec> = {
  "changed-since": {
    type: "string",
    description:
      "scan only what changed since this git revision (its merge base with HEAD), and the files whose meaning the change touches",
  },
};
const selection: Record<string, OptionSpec> = {
  ...changedSince,
  shard: {
    type: "string",
    description:
      "scan share I of N (I/N, e.g. 2/4), stable by path; merge the reports with `mirrorize merge`",
  },
};

const scanCommand = (load: CommandSpec["load"]) => load;

export const COMMANDS: Record<string, CommandSpec> = {
  check: {
    summary: "report what needs rewriting; exit 1 if anything does",
    usage: "mirrorize check [PATH...] [--format text|json|sarif|github] [--changed-since REF] [--shard I/N]",
    options: {
      ...config,
      ...output,
      ...selection,
      format: { type: "string", short: "f", description: "text (default), json, sarif or github" },
    },
    load: scanCommand(() => import("./commands/scan.js")),
  },
  fix: {
    summary: "rewrite image references in place",
    usage: "mirrorize fix [PATH...] [--dry-run] [--render-check] [--changed-since REF]",
    options: {
      ...config,
      ...output,
      ...changedSince,
      "dry-run": { type: "boolean", short: "n", description: "write nothing; print the diff instead" },
      "render-check": {
        type: "boolean",
        description:
          "render every kustomization (kubectl kustomize) and chart (helm template, when on PATH) before and after; undo the fix if anything but image strings changes",
      },
      format: { type: "string", short: "f", description: "text (default) or json" },
    },
    load: scanCommand(() => import("./commands/scan.js")),
  },
  diff: {
    summary: "print the unified diff that fix would apply (same as fix --dry-run)",
    usage: "mirrorize diff [PATH...] [--changed-since REF]",
    options: { ...config, ...output, ...changedSince },
    load: scanCommand(() => import("./commands/scan.js")),
  },
  list: {
    summary: "inventory of every image reference and its resolution",
    usage: "mirrorize list [PATH...] [--format text|json|csv] [--changed-since REF] [--shard I/N]",
    options: {
      ...config,
      ...output,
      ...selection,
      format: { type: "string", short: "f", description: "text (default), json or csv" },
    },
    load: scanCommand(() => import("./commands/scan.js")),
  },
  resolve: {
    summary: "resolve references given on the command line",
    usage: "mirrorize resolve REF... [--format text|json]",
    options: {
      ...config,
      "no-color": output["no-color"]!,
      format: { type: "string", short: "f", description: "text (default) or json" },
    },
    load: () => import("./commands/resolve.js"),
  },
  verify: {
    summary: "online check of the mirrors: they serve the images (exists) with the same digest (digest)",
    usage: "mirrorize verify [PATH...] [--level exists|digest] [--format text|json]",
    options: {
      ...config,
      ...output,
      level: {
        type: "string",
        short: "l",
        description: "exists or digest (default: the config's verify, else exists)",
      },
      format: { type: "string", short: "f", description: "text (default) or json" },
    },
    load: () => import("./commands/verify.js"),
  },
  lock: {
    summary: "record the upstream digests of the images to rewrite in mirrorize.lock",
    usage: "mirrorize lock [PATH...] [--check] [--format text|json]",
    options: {
      ...config,
      check: { type: "boolean", description: "write nothing; exit 1 when the lock file is out of date" },
      format: { type: "string", short: "f", description: "text (default) or json" },
    },
    load: () => import("./commands/lock.js"),
  },
  export: {
    summary:
      "write node mirror config (containerd, docker, cri-o, k3s), sync lists or Renovate aliases from the rules",
    usage:
      "mirrorize export FORMAT [PATH...] [--out FILE|DIR] [--check]   (FORMAT: containerd, docker, cri-o|podman, k3s|rke2, renovate, skopeo-sync, image-syncer, regsync, crane, hauler, zarf)",
    options: {
      ...config,
      out: {
        type: "string",
        short: "o",
        description: "write here instead of stdout (a folder for containerd and multi-file exports)",
      },
      check: {
        type: "boolean",
        description: "write nothing; exit 1 when the files at --out are out of date",
      },
    },
    load: () => import("./commands/export.js"),
  },
  sync: {
    summary: "copy the images the tree uses from upstream to your own mirrors, byte for byte",
    usage:
      "mirrorize sync [PATH...] [--to PREFIX] [--platform OS/ARCH]... [--with-referrers] [--dry-run] [--format text|json]",
    options: {
      ...config,
      ...output,
      to: {
        type: "string",
        description:
          "send every image to this registry (host[/path]) with the rule's layout, instead of your rules' mirrors",
      },
      platform: {
        type: "string",
        multiple: true,
        description:
          "copy only these platforms of an index (os/arch[/variant]; the index digest then changes)",
      },
      "with-referrers": {
        type: "boolean",
        description: "also copy signatures and SBOMs (OCI referrers, sha256-<digest>.sig/.att/.sbom tags)",
      },
      "dry-run": { type: "boolean", short: "n", description: "copy nothing; print the plan" },
      concurrency: { type: "string", description: "images copied at once (default 8)" },
      format: { type: "string", short: "f", description: "text (default) or json" },
    },
    load: () => import("./commands/sync.js"),
  },
  krm: {
    summary: "run as a KRM function for kpt and kustomize (ResourceList on stdin and stdout)",
    usage:
      "mirrorize krm < resource-list.yaml   (kustomize exec plugin: mirrorize krm PLUGIN_CONFIG < resources.yaml)",
    options: {},
    load: () => import("./commands/krm.js"),
  },
  merge: {
    summary: "merge the JSON reports of several runs (shards) into one, deciding collisions across them",
    usage: "mirrorize merge REPORT.json... [--format text|json|sarif|github]",
    options: {
      ...output,
      format: { type: "string", short: "f", description: "text (default), json, sarif or github" },
    },
    load: () => import("./commands/merge.js"),
  },
  presets: {
    summary: "list the built-in mirror presets with their date and source",
    usage: "mirrorize presets [--format text|json]",
    options: { format: { type: "string", short: "f", description: "text (default) or json" } },
    load: () => import("./commands/presets.js"),
  },
};
