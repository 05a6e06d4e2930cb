/**
 * What `sync` copies: from the references a scan found to (upstream, mirror) pairs.
 *
 * - The targets are the rules of the user's own config: a preset's mirrors are public registries
 *   nobody should push to, so a reference that only a preset rule covers is left out (and said so).
 * - `to` sends every reference any rule covers to one registry instead, with the layout the rule's
 *   strategy gives (`host`, `prefix`, `flatten`), as if that registry were the rule's only mirror.
 * - `exclude` applies, as for `fix`.
 * - A reference already under one of those mirrors (a tree `fix` has rewritten) is traced back to
 *   its upstream when the strategy allows it (`host`, `prefix`), so the mirror keeps being filled.
 */
import type { Settings } from "../config/types.js";
import { parseNormalized } from "../reference/index.js";
import { type Lock, lookupLock } from "../registry/index.js";
import { createResolver } from "../resolver/index.js";
import type { Rule } from "../resolver/types.js";

export interface SyncItem {
  /** The upstream reference, fully qualified (`docker.io/library/nginx:1.27`). */
  source: string;
  /** Where it goes (`registry.example.com/docker.io/library/nginx:1.27`). */
  target: string;
  /** The rule that decided it, with its origin. */
  rule: string;
  strategy: Rule["strategy"];
  /** The references as written in the tree that lead to this copy. */
  references: string[];
  /**
   * The upstream digest the lock file records for `source` (a reference without a digest): the copy
   * is of that manifest, and when the mirror's tag already has it a HEAD on the mirror is all it costs.
   */
  lockedDigest?: string;
}

export type SkipReason = "preset-rule" | "no-rule" | "excluded" | "already-mirrored" | "not-a-reference";

export interface SyncSkip {
  reference: string;
  reason: SkipReason;
  /** One sentence. */
  message: string;
}

export interface SyncPlan {
  items: SyncItem[];
  skipped: SyncSkip[];
  /** Set when `to` was given. */
  to?: string;
}

export interface PlanOptions {
  /** One registry (`host[:port][/path]`) that receives everything instead of the rules' mirrors. */
  to?: string;
  /** The lock file's recorded upstream digests (`mirrorize lock`). */
  lock?: Lock;
}

/** A rule of the user's own config (not of a preset). */
export function isOwnRule(rule: Rule): boolean {
  return !rule.origin.startsWith("preset ");
}

function underMirror(name: string, mirror: string): string | undefined {
  const m = mirror.toLowerCase().replace(/\/+$/, "");
  if (name === m) return "";
  return name.startsWith(`${m}/`) ? name.slice(m.length + 1) : undefined;
}

function looksLikeHost(segment: string): boolean {
  return segment.includes(".") || segment.includes(":") || segment === "localhost";
}

/**
 * The upstream name of `name` when it lives under one of `rules`' mirrors, or why it cannot be told
 * (`flatten` drops the path; `*` does not say which host).
 */
function traceBack(
  name: string,
  rules: readonly Rule[],
): { upstream?: string; problem?: string } | undefined {
  for (const rule of rules) {
    for (const target of rule.mirrors) {
      const rest = underMirror(name, target.mirror);
      if (rest === undefined) continue;
      if (rule.strategy === "prefix") {
        const host = rest.split("/")[0] ?? "";
        if (!looksLikeHost(host) || !rest.includes("/")) {
          return {
            problem: `it is under mirror ${target.mirror}, but ${rest} does not start with a registry`,
          };
        }
        return { upstream: rest };
      }
      if (rule.strategy === "host" && rule.match !== "*") {
        return { upstream: rest === "" ? rule.match : `${rule.match}/${rest}` };
      }
      return {
        problem: `it is under mirror ${target.mirror} of a ${rule.strategy === "host" ? "`*`" : "flatten"} rule, which does not say where it came from`,
      };
    }
  }
  return undefined;
}

function withTagAndDigest(name: string, tag: string | undefined, digest: string | undefined): string {
  return `${name}${tag === undefined ? "" : `:${tag}`}${digest === undefined ? "" : `@${digest}`}`;
}

/**
 * The copies for `references` (strings as written in the tree) under `settings`. Pure: no network.
 * Items are unique per (source, target) and sorted by source.
 */
export function planSync(
  references: readonly string[],
  settings: Settings,
  options: PlanOptions = {},
): SyncPlan {
  const own = settings.rules.filter(isOwnRule);
  const considered = options.to === undefined ? own : settings.rules;
  const to = options.to?.replace(/\/+$/, "");
  const targetRules: Rule[] =
    to === undefined
      ? own
      : settings.rules.map((rule) => ({
          ...rule,
          mirrors: [{ mirror: to }],
          origin: `${rule.origin}, --to`,
        }));
  const resolver = createResolver({ rules: targetRules, exclude: settings.exclude });
  const anyRule = createResolver({ rules: settings.rules, exclude: settings.exclude });
  const items = new Map<string, SyncItem>();
  const skipped: SyncSkip[] = [];
  const seen = new Set<string>();
  for (const reference of references) {
    if (seen.has(reference)) continue;
    seen.add(reference);
    const parsed = parseNormalized(reference);
    if (!parsed.ok) {
      skipped.push({
        reference,
        reason: "not-a-reference",
        message: `${reference} is not an image reference`,
      });
      continue;
    }
    const { domain, path, tag, digest } = parsed.ref;
    const name = `${domain.toLowerCase()}/${path}`;
    let upstream = withTagAndDigest(name, tag, digest);
    const traced = traceBack(name, considered);
    if (traced?.problem) {
      skipped.push({
        reference,
        reason: "already-mirrored",
        message: `${reference} is not synced: ${traced.problem}; write the upstream reference instead`,
      });
      continue;
    }
    if (traced?.upstream) upstream = withTagAndDigest(traced.upstream, tag, digest);
    const resolution = resolver.resolve(upstream);
    if (resolution.status === "rewrite" && resolution.output) {
      const key = `${upstream}\n${resolution.output}`;
      const existing = items.get(key);
      if (existing) existing.references.push(reference);
      else {
        const item: SyncItem = {
          source: upstream,
          target: resolution.output,
          rule: resolution.rule ?? "",
          strategy: resolution.strategy ?? "host",
          references: [reference],
        };
        const locked = digest === undefined && options.lock ? lookupLock(options.lock, upstream) : undefined;
        if (locked) item.lockedDigest = locked.digest;
        items.set(key, item);
      }
      continue;
    }
    if (resolution.status === "excluded") {
      skipped.push({
        reference,
        reason: "excluded",
        message: `${reference} is excluded (${resolution.reason})`,
      });
    } else if (resolution.status === "already-mirrored") {
      skipped.push({
        reference,
        reason: "already-mirrored",
        message: `${reference} is already under the target registry`,
      });
    } else if (to === undefined && anyRule.resolve(upstream).status === "rewrite") {
      skipped.push({
        reference,
        reason: "preset-rule",
        message: `${reference} is covered only by a preset's rule; a preset's public mirror is never pushed to (add a rule of your own, or use --to)`,
      });
    } else {
      skipped.push({
        reference,
        reason: "no-rule",
        message: `${reference} is not synced: ${resolution.reason ?? `no rule of your config covers it (${resolution.status})`}`,
      });
    }
  }
  const plan: SyncPlan = {
    items: [...items.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
    skipped,
  };
  if (to !== undefined) plan.to = to;
  return plan;
}
