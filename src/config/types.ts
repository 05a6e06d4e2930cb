import type { LearnedComposition } from "../locate/helm/learned.js";
import type { FieldSpec } from "../locate/types.js";
import type { Rule } from "../resolver/types.js";

export type VerifyLevel = "off" | "exists" | "digest";

/** Resource caps for untrusted input (config `limits`). */
export interface Limits {
  /** Files larger than this are reported, not parsed (bytes). */
  maxFileSize: number;
  /** Deepest nesting of collections accepted before parsing. */
  maxDepth: number;
  /** Most YAML documents accepted in one file. */
  maxDocuments: number;
  /** Longest time one file may take to parse and plan (ms). */
  timePerFile: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileSize: 8 * 1024 * 1024,
  maxDepth: 256,
  maxDocuments: 10_000,
  timePerFile: 10_000,
};

/**
 * Credentials for one registry as the config names them: environment variables, never secrets.
 * Either `username` (or `usernameEnv`) with `passwordEnv`, or `tokenEnv` alone.
 */
export interface RegistryCredentialRef {
  username?: string;
  usernameEnv?: string;
  passwordEnv?: string;
  /** A registry bearer token (Docker's `registrytoken`). */
  tokenEnv?: string;
}

/** Registry access for online verification (config `registries`). */
export interface RegistrySettings {
  /** `host[:port]` names reached over plain HTTP (loopback always may be). */
  insecure: string[];
  /** Extra token-realm hosts trusted with a registry's credentials, by registry (`*`: every registry). */
  trustedRealms: Record<string, string[]>;
  /** Credentials by registry host. */
  credentials: Record<string, RegistryCredentialRef>;
  /** Time for one request (ms). */
  timeout?: number;
  /** Time for all registry requests of one run (ms). */
  deadline?: number;
}

/**
 * Everything a scan needs, resolved from the config file, a preset and command-line overrides.
 * Plain data (structured-clone safe) so that it can be sent to worker threads.
 */
export interface Settings {
  /** Path of the config file used, if any (for messages). */
  configFile?: string;
  /** Names of the presets in effect (for messages and reports). */
  presets: string[];
  /** Own rules first, then the preset's, in order. */
  rules: Rule[];
  /** Normalised-name globs (`registry.example.com/**`, `docker.io/library/busybox`) never rewritten. */
  exclude: string[];
  files: {
    include: string[];
    exclude: string[];
    /** Extra globs of Helm values files (beyond `values*.yaml` beside a `Chart.yaml`). */
    helmValues: string[];
    /**
     * File-name globs read as Helm values when the file is not a Kubernetes object (unset: the
     * defaults of `DEFAULT_VALUES_NAMES` in src/engine/walk.ts; `[]`: none).
     */
    valuesNames?: string[];
  };
  /** Extra field specs for CRDs. */
  fields: FieldSpec[];
  /** Images in args/env: report only, or rewrite too. */
  embedded: "report" | "rewrite";
  verify: VerifyLevel;
  pin: boolean;
  helm: {
    allowInsecureImages: boolean;
    /** Compositions the config tells (`helm.images`), for every chart or the one named by `chart`. */
    images?: (LearnedComposition & { chart?: string })[];
  };
  limits: Limits;
  /** KRM functionConfig only: `check` changes nothing and reports rewrites as errors. */
  mode: "check" | "fix";
  /** Registry access for online verification; always set by `loadSettings`. */
  registries?: RegistrySettings;
  /**
   * The lock file of upstream digests (config `lockFile`), as written: relative to the config file's
   * directory. Unset: `mirrorize.lock` beside the config file, or in the scan's directory without one.
   */
  lockFile?: string;
}
