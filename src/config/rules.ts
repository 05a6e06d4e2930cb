import { parseRegistryPrefix } from "../resolver/prefix.js";
import type { MirrorTarget, Rule } from "../resolver/types.js";
import type { ConfigMirrorEntry, ConfigRule } from "./schema.js";

/** Normalise `host[/path]` (Docker Hub aliases folded, host lower-cased); the schema already checked it. */
function normalizePrefix(text: string): string {
  const result = parseRegistryPrefix(text);
  return result.ok ? result.prefix.value : text;
}

function mirrorTarget(entry: ConfigMirrorEntry): MirrorTarget {
  if (typeof entry === "string") return { mirror: normalizePrefix(entry) };
  const target: MirrorTarget = { mirror: normalizePrefix(entry.mirror) };
  if (entry.status === "dead") {
    if (entry.since !== undefined) target.deadSince = entry.since;
    else target.dead = true;
    if (entry.note !== undefined) target.deadReason = entry.note;
  }
  return target;
}

/** A validated config/preset rule as the resolver's `Rule`. */
export function toRule(rule: ConfigRule, origin: string): Rule {
  const entries = Array.isArray(rule.mirror) ? rule.mirror : [rule.mirror];
  return {
    match: rule.match === "*" ? "*" : normalizePrefix(rule.match),
    mirrors: entries.map(mirrorTarget),
    strategy: rule.strategy ?? "host",
    origin,
  };
}
