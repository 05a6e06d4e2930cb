/**
 * Flatten (and, across rules, host) mappings can send two different source repositories to the same
 * target repository. A scan feeds every rewrite into one tracker and reports the collisions as errors.
 */

/** One target repository reached from more than one source repository. */
export interface Collision {
  /** Normalised target name (no tag or digest). */
  target: string;
  /** The distinct source names, in the order first seen. */
  sources: string[];
}

export interface CollisionTracker {
  /** Record that `sourceName` is rewritten to `targetName` (normalised names, no tag or digest). */
  add(sourceName: string, targetName: string): void;
  /** Every target reached from two or more different sources. */
  collisions(): Collision[];
}

/**
 * The legacy Kubernetes registries name one repository three ways: `k8s.gcr.io/x`,
 * `gcr.io/google-containers/x` and its successor `registry.k8s.io/x` (which serves every image of the
 * frozen k8s.gcr.io). They are one source for collision purposes.
 */
export function canonicalSourceName(name: string): string {
  if (name.startsWith("k8s.gcr.io/")) return `registry.k8s.io/${name.slice("k8s.gcr.io/".length)}`;
  if (name.startsWith("gcr.io/google-containers/")) {
    return `registry.k8s.io/${name.slice("gcr.io/google-containers/".length)}`;
  }
  return name;
}

/** A tracker for one scan. */
export function createCollisionTracker(): CollisionTracker {
  // target -> canonical source -> first spelling seen
  const byTarget = new Map<string, Map<string, string>>();
  return {
    add(sourceName, targetName) {
      let sources = byTarget.get(targetName);
      if (sources === undefined) {
        sources = new Map();
        byTarget.set(targetName, sources);
      }
      const canonical = canonicalSourceName(sourceName);
      if (!sources.has(canonical)) sources.set(canonical, sourceName);
    },
    collisions() {
      const out: Collision[] = [];
      for (const [target, sources] of byTarget) {
        if (sources.size > 1) out.push({ target, sources: [...sources.values()] });
      }
      return out;
    },
  };
}
