/**
 * Image references: a port of distribution/reference (v0.6.0+) with mirrorize's Docker Hub alias
 * table. Pure functions; nothing here throws or prints.
 */
export {
  DEFAULT_DIGEST_ALGORITHMS,
  DIGEST_HEX_LENGTHS,
  type DigestProblem,
  validateDigest,
} from "./digest.js";
export { format, name } from "./format.js";
export {
  isDigestSyntax,
  isDomain,
  isIdentifier,
  isPath,
  isPathComponent,
  isTag,
  matchName,
  matchReference,
  type NameMatch,
  type ReferenceMatch,
  TAG_MAX_LENGTH,
} from "./grammar.js";
export { type FamiliarMatchResult, familiarMatch, pathMatch } from "./match.js";
export {
  DOCKER_HUB_ALIASES,
  DOCKER_HUB_DOMAIN,
  familiarName,
  familiarString,
  isDockerHub,
  LOCALHOST,
  OFFICIAL_REPO_PREFIX,
  splitDomain,
} from "./normalize.js";
export {
  PATH_MAX_LENGTH,
  parse,
  parseAny,
  parseDockerRef,
  parseNamed,
  parseNormalized,
  withDigest,
  withName,
  withTag,
} from "./parse.js";
export type {
  DigestAlgorithm,
  ImageReference,
  ParseAnyResult,
  ParseOptions,
  ParseResult,
  ReferenceError,
  ReferenceErrorKind,
} from "./types.js";
