export type Strategy = "host" | "prefix" | "flatten";

export type ResolutionStatus =
  | "rewrite"
  | "already-mirrored"
  | "excluded"
  | "no-rule"
  | "dead-mirror"
  | "skipped"
  | "invalid";

/** One mirror candidate of a rule, with its dead-marker when the preset says it stopped working. */
export interface MirrorTarget {
  /** `host[:port][/path]` the rewritten reference starts with. */
  mirror: string;
  /** ISO date from which this mirror is known dead; a dead mirror is never chosen. */
  deadSince?: string;
  /** Why it is dead (free text from the preset). */
  deadReason?: string;
  /**
   * Marked dead without a known date (`status: dead` and no `since`). A mirror is dead when this is
   * true or `deadSince` is set.
   */
  dead?: boolean;
}

export interface Rule {
  /** `HOST`, `HOST/PATH` (segment aligned) or `*`. Normalised: Docker Hub aliases folded into `docker.io`. */
  match: string;
  mirrors: MirrorTarget[];
  strategy: Strategy;
  /** Where the rule came from, e.g. `.mirrorize.yaml:12` or `preset daocloud (2026-11-01)`. */
  origin: string;
}

export interface Resolution {
  input: string;
  /** Set when status is `rewrite`: the fully qualified reference to write. */
  output?: string;
  status: ResolutionStatus;
  /** The matched rule's `match` and origin, e.g. `quay.io (preset daocloud)`. */
  rule?: string;
  strategy?: Strategy;
  /** Why (for `invalid`, `skipped`, `dead-mirror`, `excluded`, `no-rule`). */
  reason?: string;
  warnings: string[];
  /**
   * For `rewrite`: every live candidate in order (the first is `output`); online verification walks
   * this list and picks the first that passes.
   */
  candidates?: string[];
  /**
   * The normalised name of the input (`docker.io/library/nginx`), set whenever the input parsed.
   * Feed it with the output's name to a collision tracker (`createCollisionTracker`).
   */
  name?: string;
  /** The normalised name of `output` (no tag, no digest), set when status is `rewrite`. */
  outputName?: string;
}
