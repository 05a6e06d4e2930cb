import { canonicalSourceName, createCollisionTracker } from "../resolver/index.js";
import type { FilePlan } from "./plan.js";

/**
 * Two different sources that flatten to one target in one run are an error, never a silent
 * overwrite: their findings become `collision` errors and their edits are dropped. Spellings of the
 * same legacy Kubernetes image (`k8s.gcr.io/x`, `gcr.io/google-containers/x`, `registry.k8s.io/x`) are
 * one source. Plans are changed in place; used by the scan (across files) and the KRM function.
 */
export function markCollisions(plans: readonly FilePlan[]): void {
  const tracker = createCollisionTracker();
  for (const plan of plans) for (const f of plan.flattened) tracker.add(f.source, f.target);
  const colliding = new Map(tracker.collisions().map((c) => [c.target, c.sources]));
  if (colliding.size === 0) return;
  for (const plan of plans) {
    const bad = new Set<number>();
    for (const f of plan.flattened) {
      const sources = colliding.get(f.target);
      if (sources === undefined) continue;
      bad.add(f.finding);
      const finding = plan.findings[f.finding]!;
      const others = sources.filter((s) => canonicalSourceName(s) !== canonicalSourceName(f.source));
      finding.kind = "collision";
      finding.severity = "error";
      finding.message = collisionMessage(finding.from ?? f.source, others, f.target);
      delete finding.replacement; // nothing is rewritten: no fix to offer (SARIF)
    }
    if (bad.size === 0) continue;
    const keep = plan.editFindings.map((owners) => !owners.some((o) => bad.has(o)));
    plan.edits = plan.edits.filter((_, i) => keep[i]);
    plan.editFindings = plan.editFindings.filter((_, i) => keep[i]);
  }
}

/** What a collision finding says: the sources that would become one target. */
export function collisionMessage(from: string, others: readonly string[], target: string): string {
  return `${from} and ${others.join(", ")} would both become ${target}; not rewritten. Add a more specific rule for one of them.`;
}
