/**
 * The resolver (DESIGN.md §3). Order of decisions for one input string:
 * 1. template/placeholder (`{{ }}`, `${}`, `$()`, `$VAR`, `ko://`, `{x}`, `auto`, empty) → `skipped`;
 * 2. not a reference by the grammar → `invalid` (the reference module's message is the reason);
 * 3. the normalised name matches an `exclude` glob → `excluded`;
 * 4. the name is under any rule's mirror (any candidate, dead or alive; segment aligned) → `already-mirrored`;
 * 5. the most specific rule (most matched segments; ties → earlier rule; `*` last). When no host/path rule
 *    matches the spelled name, its k8s.gcr.io ≡ gcr.io/google-containers twin is tried before `*`;
 * 6. no rule → `no-rule`; every mirror of the rule dead → `dead-mirror` (dates in the reason);
 * 7. otherwise `rewrite` with every live candidate, in order. A candidate that would not be a valid
 *    reference is dropped; when none is left the status is `no-rule` with the reason. In particular the
 *    `prefix` strategy cannot put a host with a port (`myreg:5000`) into a repository path: such a
 *    reference is `no-rule`, and the reason says to add a host/flatten rule or an exclude for it.
 * Output is `mirror/…` fully qualified, with the input's tag and digest exactly as written.
 */
import type { Settings } from "../config/types.js";
import { parse, parseNormalized } from "../reference/index.js";
import type { ImageReference } from "../reference/types.js";
import { compileGlobs, type GlobSet } from "./glob.js";
import { placeholderReason } from "./placeholders.js";
import type { MirrorTarget, Resolution, Rule, Strategy } from "./types.js";

/** Maps image reference strings to their `Resolution` under one set of rules (DESIGN.md §3). */
export interface Resolver {
  /** Resolve one reference as written in a file. Results are cached per input string. */
  resolve(input: string): Resolution;
  /** The rules in effect, in order (own rules first, then preset rules). */
  readonly rules: readonly Rule[];
}

export interface ResolverOptions {
  /** Most distinct inputs kept in the cache before it is cleared (default 100 000). */
  cacheSize?: number;
}

interface CompiledRule {
  rule: Rule;
  label: string;
  /** Lower-cased match segments; empty for `*`. */
  segments: string[];
  live: MirrorTarget[];
  dead: MirrorTarget[];
  /** Dead mirrors listed before the first live one: the rewrite falls back past them (warned). */
  deadBeforeLive: MirrorTarget[];
}

interface MirrorOwner {
  rule: CompiledRule;
  target: MirrorTarget;
}

interface RuleMatch {
  compiled: CompiledRule;
  /** The name the rule matched: the input's name, or its k8s.gcr.io ≡ gcr.io/google-containers twin. */
  name: string;
  /** How many leading segments of `name` the rule's match covers (0 for `*`). */
  covered: number;
  viaEquivalence: boolean;
}

const K8S_GCR = "k8s.gcr.io/";
const GCR_GOOGLE_CONTAINERS = "gcr.io/google-containers/";

/** Whether a mirror is marked dead (with or without a date). */
export function isDead(target: MirrorTarget): boolean {
  return target.dead === true || target.deadSince !== undefined;
}

/** "quay.azk8s.cn (dead since 2020-04-02: only Azure China IPs)" */
export function describeDeadMirror(target: MirrorTarget): string {
  const since = target.deadSince === undefined ? "dead, date unknown" : `dead since ${target.deadSince}`;
  const why = target.deadReason ? `: ${target.deadReason}` : "";
  return `${target.mirror} (${since}${why})`;
}

/** The other spelling of a legacy Kubernetes image name, if it has one. */
function equivalentName(name: string): string | undefined {
  if (name.startsWith(K8S_GCR)) return GCR_GOOGLE_CONTAINERS + name.slice(K8S_GCR.length);
  if (name.startsWith(GCR_GOOGLE_CONTAINERS)) return K8S_GCR + name.slice(GCR_GOOGLE_CONTAINERS.length);
  return undefined;
}

function compileRule(rule: Rule): CompiledRule {
  const match = rule.match.toLowerCase();
  return {
    rule,
    label: `${rule.match} (${rule.origin})`,
    segments: match === "*" ? [] : match.split("/"),
    live: rule.mirrors.filter((m) => !isDead(m)),
    dead: rule.mirrors.filter(isDead),
    deadBeforeLive: rule.mirrors.slice(
      0,
      Math.max(
        0,
        rule.mirrors.findIndex((m) => !isDead(m)),
      ),
    ),
  };
}

/** The rule tables, built once per resolver. */
class RuleTable {
  /** Lower-cased match text -> the first rule with that match (ties go to the earlier rule). */
  private readonly byMatch = new Map<string, CompiledRule>();
  private readonly wildcard: CompiledRule | undefined;
  /** Lower-cased mirror text -> the first rule naming it. */
  private readonly mirrorOwners = new Map<string, MirrorOwner>();

  constructor(rules: readonly Rule[]) {
    let wildcard: CompiledRule | undefined;
    for (const rule of rules) {
      const compiled = compileRule(rule);
      if (compiled.segments.length === 0) {
        wildcard ??= compiled;
      } else {
        const key = compiled.segments.join("/");
        if (!this.byMatch.has(key)) this.byMatch.set(key, compiled);
      }
      for (const target of rule.mirrors) {
        const key = target.mirror.toLowerCase();
        if (!this.mirrorOwners.has(key)) this.mirrorOwners.set(key, { rule: compiled, target });
      }
    }
    this.wildcard = wildcard;
  }

  /** The most specific host/path rule covering `segments`, ignoring `*`. */
  specific(segments: readonly string[]): { compiled: CompiledRule; covered: number } | undefined {
    for (let n = segments.length; n >= 1; n--) {
      const compiled = this.byMatch.get(segments.slice(0, n).join("/"));
      if (compiled !== undefined) return { compiled, covered: n };
    }
    return undefined;
  }

  /**
   * The rule for `name`: its most specific host/path rule; else the same for its k8s.gcr.io ≡
   * gcr.io/google-containers twin; else `*`. (A `*` rule does not hide a specific rule that matches
   * the twin: `*` is the last resort.)
   */
  find(name: string): RuleMatch | undefined {
    const direct = this.specific(name.split("/"));
    if (direct !== undefined) return { ...direct, name, viaEquivalence: false };
    const twin = equivalentName(name);
    if (twin !== undefined) {
      const viaTwin = this.specific(twin.split("/"));
      if (viaTwin !== undefined) return { ...viaTwin, name: twin, viaEquivalence: true };
    }
    if (this.wildcard !== undefined)
      return { compiled: this.wildcard, name, covered: 0, viaEquivalence: false };
    return undefined;
  }

  /** The rule whose mirror (any candidate, dead or alive) `name` already lives under. */
  owner(name: string): MirrorOwner | undefined {
    if (this.mirrorOwners.size === 0) return undefined;
    const segments = name.split("/");
    for (let n = segments.length; n >= 1; n--) {
      const owner = this.mirrorOwners.get(segments.slice(0, n).join("/"));
      if (owner !== undefined) return owner;
    }
    return undefined;
  }
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The repository name under `mirror` for a source name matched by a rule covering `covered` segments. */
function targetName(strategy: Strategy, mirror: string, name: string, covered: number): string {
  switch (strategy) {
    case "host": {
      const rest = name.split("/").slice(covered).join("/");
      return rest === "" ? mirror : `${mirror}/${rest}`;
    }
    case "prefix":
      return `${mirror}/${name}`;
    case "flatten":
      return `${mirror}/${lastSegment(name)}`;
  }
}

function withTagAndDigest(name: string, ref: ImageReference): string {
  let out = name;
  if (ref.tag !== undefined) out += `:${ref.tag}`;
  if (ref.digest !== undefined) out += `@${ref.digest}`;
  return out;
}

function copyResolution(r: Resolution): Resolution {
  const copy: Resolution = { ...r, warnings: [...r.warnings] };
  if (r.candidates !== undefined) copy.candidates = [...r.candidates];
  return copy;
}

class ResolverImpl implements Resolver {
  readonly rules: readonly Rule[];
  private readonly table: RuleTable;
  private readonly excludes: GlobSet;
  private readonly cache = new Map<string, Resolution>();
  private readonly cacheSize: number;

  constructor(settings: Pick<Settings, "rules" | "exclude">, options: ResolverOptions) {
    this.rules = settings.rules;
    this.table = new RuleTable(settings.rules);
    this.excludes = compileGlobs(settings.exclude);
    this.cacheSize = options.cacheSize ?? 100_000;
  }

  resolve(input: string): Resolution {
    let cached = this.cache.get(input);
    if (cached === undefined) {
      cached = this.resolveUncached(input);
      if (this.cache.size >= this.cacheSize) this.cache.clear();
      this.cache.set(input, cached);
    }
    return copyResolution(cached);
  }

  private resolveUncached(input: string): Resolution {
    const placeholder = placeholderReason(input);
    if (placeholder !== undefined) return { input, status: "skipped", reason: placeholder, warnings: [] };

    const parsed = parseNormalized(input);
    if (!parsed.ok) return { input, status: "invalid", reason: parsed.error.message, warnings: [] };
    const ref = parsed.ref;
    const name = `${ref.domain}/${ref.path}`;
    // Hosts are case-insensitive; paths are lower-case by the grammar.
    const key = `${ref.domain.toLowerCase()}/${ref.path}`;

    const excludedBy = this.excludes.match(key);
    if (excludedBy !== undefined) {
      return {
        input,
        status: "excluded",
        reason: `matches exclude pattern "${excludedBy}"`,
        warnings: [],
        name,
      };
    }

    const owner = this.table.owner(key);
    if (owner !== undefined) {
      const warnings = isDead(owner.target)
        ? [`${input} is under mirror ${describeDeadMirror(owner.target)}; pick a live mirror`]
        : [];
      return {
        input,
        status: "already-mirrored",
        rule: owner.rule.label,
        strategy: owner.rule.rule.strategy,
        reason: `already under mirror ${owner.target.mirror}`,
        warnings,
        name,
      };
    }

    const match = this.table.find(key);
    if (match === undefined)
      return { input, status: "no-rule", reason: `no rule matches ${name}`, warnings: [], name };
    return this.rewrite(input, ref, name, match);
  }

  private rewrite(input: string, ref: ImageReference, name: string, match: RuleMatch): Resolution {
    const { compiled } = match;
    const { strategy } = compiled.rule;
    const base = { input, rule: compiled.label, strategy, name };
    const warnings: string[] = [];
    if (match.viaEquivalence) {
      warnings.push(
        `matched as ${match.name} (k8s.gcr.io/X and gcr.io/google-containers/X are the same image)`,
      );
    }

    if (compiled.live.length === 0) {
      const dead = compiled.dead.map(describeDeadMirror).join(", ");
      const plural = compiled.dead.length === 1 ? "its only mirror" : "every mirror";
      return {
        ...base,
        status: "dead-mirror",
        reason: `rule ${compiled.rule.match} matches, but ${plural} is marked dead: ${dead}`,
        warnings,
      };
    }

    const sourceHost = match.name.slice(0, match.name.indexOf("/"));
    if (strategy === "prefix" && sourceHost.includes(":")) {
      return {
        ...base,
        status: "no-rule",
        reason:
          `rule ${compiled.rule.match} uses the prefix strategy, which cannot carry the host with a port ` +
          `"${sourceHost}" in a repository path; add a host or flatten rule for ${sourceHost}, or exclude it`,
        warnings,
      };
    }

    const candidates: string[] = [];
    const names: string[] = [];
    let problem: string | undefined;
    for (const target of compiled.live) {
      const outName = targetName(strategy, target.mirror, match.name, match.covered);
      const out = withTagAndDigest(outName, ref);
      const check = parse(out);
      if (!check.ok) {
        problem ??= `rewriting with mirror ${target.mirror} would give the invalid reference "${out}": ${check.error.message}`;
        continue;
      }
      candidates.push(out);
      names.push(outName);
    }
    if (candidates.length === 0) return { ...base, status: "no-rule", reason: problem, warnings };
    if (problem !== undefined) warnings.push(problem);

    for (const target of compiled.deadBeforeLive)
      warnings.push(`skipped mirror ${describeDeadMirror(target)}`);
    if (strategy === "flatten" && ref.digest !== undefined) {
      warnings.push(
        "the digest is kept, but a flattened mirror re-pushes images and may not serve it; verify the mirror",
      );
    }
    if (match.name.startsWith(K8S_GCR) || name.startsWith(K8S_GCR)) {
      warnings.push(
        "k8s.gcr.io is frozen since 2023-04-03 (no new images or fixes); move to registry.k8s.io",
      );
    }

    return {
      ...base,
      status: "rewrite",
      output: candidates[0],
      outputName: names[0],
      candidates,
      warnings,
    };
  }
}

/**
 * Build a resolver for `settings.rules` (own rules first, then preset rules) and `settings.exclude`.
 * Rule tables are precomputed; `resolve` is cached per input string, so call it freely.
 */
export function createResolver(
  settings: Pick<Settings, "rules" | "exclude">,
  options: ResolverOptions = {},
): Resolver {
  return new ResolverImpl(settings, options);
}
