/**
 * The rules as prefix replacements, the shape every runtime format speaks: a reference under `source`
 * is pulled from `replacement` + the rest of its path. `host` rules replace the match with the mirror;
 * `prefix` rules with `mirror/match` (mirror + the full normalised name). `flatten` and `*` rules have
 * no such form and are reported by the caller; dead mirrors are skipped with a warning.
 */
import { describeDeadMirror, isDead, parseRegistryPrefix } from "../resolver/index.js";
import type { Rule } from "../resolver/types.js";
import type { ExportFinding } from "./types.js";

export interface Endpoint {
  /** Lower-cased `host[:port]` of the mirror. */
  host: string;
  /** Repository path on the mirror that replaces the rule's match ("" when none). */
  path: string;
  /** Reached over plain HTTP (`registries.insecure`). */
  insecure: boolean;
  /** `host/path`, or `host`. */
  value: string;
}

export interface PrefixRule {
  /** The rule's match: lower-cased host (Docker Hub folded into docker.io) and path ("" when none). */
  host: string;
  path: string;
  /** `host` or `host/path`. */
  source: string;
  /** The live mirrors in order (the first is the one mirrorize writes). */
  endpoints: Endpoint[];
  strategy: Rule["strategy"];
  origin: string;
}

export interface PrefixRules {
  /** One per distinct match, in the resolver's order (a later rule with the same match never wins). */
  rules: PrefixRule[];
  /** `*` and `flatten` rules: no prefix form. */
  inexpressible: { rule: Rule; why: string }[];
  findings: ExportFinding[];
}

/** The rules in effect as prefix replacements (`shadowed`: also those a same-match rule hides). */
export function prefixRules(
  rules: readonly Rule[],
  insecure: readonly string[],
  options: { shadowed?: boolean } = {},
): PrefixRules {
  const insecureHosts = new Set(insecure.map((h) => h.toLowerCase()));
  const seen = new Set<string>();
  const out: PrefixRules = { rules: [], inexpressible: [], findings: [] };
  for (const rule of rules) {
    const key = rule.match.toLowerCase();
    // A later rule with the same match never wins; its mirrors still own what was rewritten to them.
    if (seen.has(key) && !options.shadowed) continue;
    seen.add(key);
    const label = `rule ${rule.match} (${rule.origin})`;
    const live = rule.mirrors.filter((m) => !isDead(m));
    if (live.length === 0) {
      out.findings.push({
        severity: "warning",
        message: `${label}: left out, every mirror of it is marked dead: ${rule.mirrors.map(describeDeadMirror).join(", ")}`,
        origin: rule.origin,
      });
      continue;
    }
    for (const target of rule.mirrors.filter(isDead)) {
      out.findings.push({
        severity: "warning",
        message: `${label}: skipped mirror ${describeDeadMirror(target)}`,
        origin: rule.origin,
      });
    }
    if (key === "*") {
      out.inexpressible.push({ rule, why: "a `*` rule (any registry) is not keyed on a registry" });
      continue;
    }
    if (rule.strategy === "flatten") {
      out.inexpressible.push({
        rule,
        why: "the flatten strategy keeps only the last path segment, and a runtime mirror keeps the whole path",
      });
      continue;
    }
    const match = parseRegistryPrefix(rule.match);
    if (!match.ok) continue; // the config schema already refused it
    const endpoints: Endpoint[] = [];
    for (const target of live) {
      const parsed = parseRegistryPrefix(target.mirror);
      if (!parsed.ok) continue;
      const host = parsed.prefix.host;
      const base = parsed.prefix.path;
      const path = rule.strategy === "prefix" ? join(base, match.prefix.value) : base;
      endpoints.push({
        host,
        path,
        insecure: insecureHosts.has(host),
        value: path === "" ? host : `${host}/${path}`,
      });
    }
    out.rules.push({
      host: match.prefix.host,
      path: match.prefix.path,
      source: match.prefix.value,
      endpoints,
      strategy: rule.strategy,
      origin: rule.origin,
    });
  }
  return out;
}

function join(a: string, b: string): string {
  return a === "" ? b : `${a}/${b}`;
}

/** Findings for the rules a runtime format cannot express, with what the nodes will do instead. */
export function inexpressibleFindings(
  format: string,
  model: PrefixRules,
  instead = "nodes pull those images from upstream",
): ExportFinding[] {
  return model.inexpressible.map(({ rule, why }) => ({
    severity: "warning" as const,
    message: `rule ${rule.match} (${rule.origin}) cannot be written as ${format} configuration: ${why}; ${instead}`,
    origin: rule.origin,
  }));
}

/** The exclude list has no runtime form: say so once. */
export function excludeFinding(format: string, exclude: readonly string[]): ExportFinding[] {
  if (exclude.length === 0) return [];
  return [
    {
      severity: "warning",
      message: `the config's exclude patterns (${exclude.join(", ")}) cannot be written as ${format} configuration: nodes pull excluded images through the mirror of their registry too`,
    },
  ];
}

/** Plain-text compare for sorting (no locale: the same order everywhere). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
