/**
 * The resolver: image reference -> Resolution under ordered mirror rules (DESIGN.md §3).
 */
export {
  type Collision,
  type CollisionTracker,
  canonicalSourceName,
  createCollisionTracker,
} from "./collisions.js";
export { compileGlobs, type GlobSet, normalizeNamePattern } from "./glob.js";
export { placeholderReason } from "./placeholders.js";
export { parseRegistryPrefix, type RegistryPrefix, type RegistryPrefixResult } from "./prefix.js";
export {
  createResolver,
  describeDeadMirror,
  isDead,
  type Resolver,
  type ResolverOptions,
} from "./resolver.js";
export type { MirrorTarget, Resolution, ResolutionStatus, Rule, Strategy } from "./types.js";
