import type { Finding } from "../engine/types.js";
import type { Rule } from "../resolver/types.js";

/** The formats `mirrorize export` writes (aliases resolved: podman → cri-o, rke2 → k3s). */
export type ExportFormat =
  | "containerd"
  | "docker"
  | "cri-o"
  | "k3s"
  | "renovate"
  | "skopeo-sync"
  | "image-syncer"
  | "regsync"
  | "crane"
  | "hauler"
  | "zarf";

/** One file to write, relative to the output folder (or the default name of a single-file format). */
export interface ExportFile {
  path: string;
  content: string;
}

/** Something a format cannot say, or a choice made for the user: never dropped silently. */
export interface ExportFinding {
  severity: "warning" | "info";
  message: string;
  /** Where the rule came from (`.mirrorize.yaml:12`, `preset daocloud (2026-08-21)`), when about a rule. */
  origin?: string;
}

export interface ExportResult {
  format: ExportFormat;
  /** Sorted by path; contents are deterministic (sorted keys and entries). */
  files: ExportFile[];
  /** A folder tree (containerd; skopeo-sync with several destinations): it needs `--out DIR`. */
  tree: boolean;
  findings: ExportFinding[];
  /** How many rules (runtime formats, renovate) or copies (sync lists) the files carry. */
  entries: number;
}

/** What an export is made from: the rules in effect and, for the sync lists, the scan's findings. */
export interface ExportInput {
  /** Own rules first, then the presets', in order (as the resolver sees them). */
  rules: readonly Rule[];
  /** Normalised-name globs never rewritten (runtime configuration cannot express them). */
  exclude: readonly string[];
  /** `host[:port]` names reached over plain HTTP. */
  insecure: readonly string[];
  /** The config pins rewritten references to digests (cri-o: `pull-from-mirror = "digest-only"`). */
  pin: boolean;
  /** The scan's findings (sync lists: every reference the tree uses). Not needed by the rule formats. */
  findings?: readonly Finding[];
}

/** Which side of mirrorize a format is made from. */
export type FormatSource = "rules" | "references";
