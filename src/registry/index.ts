/**
 * The registry layer: a small OCI distribution client on Node's `fetch`, online verification of
 * mirror candidates (`exists`, `digest`), pinning, and the `mirrorize.lock` model.
 */
export { BUILT_IN_TRUSTED_REALMS, mayReceiveCredentials, realmProblem } from "./auth.js";
export { type Challenge, parseChallenges } from "./challenge.js";
export { RegistryClient, type RegistryClientOptions, readErrorBody, type UploadStart } from "./client.js";
export {
  type Credential,
  type CredentialMap,
  type DockerConfigCredentials,
  dockerConfigPath,
  type ExplicitCredential,
  explicitCredentials,
  mergeCredentials,
  parseDockerConfig,
  readDockerConfig,
} from "./credentials.js";
export {
  allowsPlainHttp,
  apiHostOf,
  credentialKeyOf,
  isDockerHub,
  isLoopback,
  registrableDomainOf,
  sameRegistrableDomain,
} from "./hosts.js";
export { KeyedLimiter } from "./limiter.js";
export {
  emptyLock,
  LOCK_FILE_NAME,
  type Lock,
  type LockChange,
  type LockEntry,
  type LockReadResult,
  type LockUpdate,
  lockDate,
  lockKey,
  lookupLock,
  type MergeOptions,
  mergeLock,
  readLock,
  updateLockText,
  writeLock,
} from "./lock.js";
export {
  type Descriptor,
  digestOf,
  isDigest,
  isRunnableEntry,
  MANIFEST_ACCEPT,
  MEDIA_TYPES,
  type ParsedManifest,
  parseManifest,
  platformKey,
} from "./manifest.js";
export {
  type ClientFromSettings,
  type ClientFromSettingsOptions,
  clientFromSettings,
  configuredCredentials,
  type Environment,
} from "./settings.js";
export { type ImageTarget, imageTarget, type RepositoryTarget } from "./target.js";
export { parseRateLimit, parseRetryAfter } from "./transport.js";
export type * from "./types.js";
export {
  type CandidatesResult,
  passes,
  pinDigestOf,
  pinReference,
  resolveDigest,
  type VerifyOptions,
  verifyCandidate,
  verifyCandidates,
} from "./verify.js";
