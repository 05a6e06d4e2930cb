/**
 * Registry credentials: from a Docker `config.json` (`auths` with `auth`, `username`/`password`,
 * `identitytoken`, `registrytoken`) and from explicit settings. Keys are registry hosts
 * (`host[:port]`), with Docker Hub's aliases folded into `docker.io`.
 */
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { credentialKeyOf } from "./hosts.js";

export type Credential =
  /** User name and password (or personal access token): Basic auth, or Basic to the token realm. */
  | { kind: "basic"; username: string; password: string; source: string }
  /** A refresh token (Docker `identitytoken`) for the OAuth2 POST flow of the token realm. */
  | { kind: "identity-token"; token: string; source: string }
  /** A ready bearer token sent to the registry itself (Docker `registrytoken`). */
  | { kind: "bearer"; token: string; source: string };

/** Credentials by registry key (see `credentialKeyOf`). */
export type CredentialMap = Record<string, Credential>;

/** Explicit credentials for one registry, e.g. from the Action's inputs. */
export interface ExplicitCredential {
  username?: string;
  password?: string;
  identityToken?: string;
  registryToken?: string;
}

export interface DockerConfigCredentials {
  credentials: CredentialMap;
  /** Things in the file that were not used (credential helpers, unreadable entries), one sentence each. */
  warnings: string[];
}

/** The registry key of a `config.json` `auths` entry: `https://index.docker.io/v1/` → `docker.io`. */
export function dockerConfigKey(entry: string): string {
  const withoutScheme = entry.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const host = withoutScheme.split("/")[0] ?? "";
  return credentialKeyOf(host);
}

function fromAuthEntry(entry: Record<string, unknown>, source: string): Credential | string {
  if (typeof entry.registrytoken === "string" && entry.registrytoken) {
    return { kind: "bearer", token: entry.registrytoken, source };
  }
  if (typeof entry.identitytoken === "string" && entry.identitytoken) {
    return { kind: "identity-token", token: entry.identitytoken, source };
  }
  if (typeof entry.auth === "string" && entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) return "its `auth` is not base64 of `user:password`";
    return { kind: "basic", username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
  }
  if (typeof entry.username === "string" && typeof entry.password === "string" && entry.username) {
    return { kind: "basic", username: entry.username, password: entry.password, source };
  }
  return "it has no `auth`, `username`/`password`, `identitytoken` or `registrytoken`";
}

/** Parses the text of a Docker `config.json`; `source` names the file in messages. */
export function parseDockerConfig(text: string, source: string): DockerConfigCredentials {
  const credentials: CredentialMap = {};
  const warnings: string[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    warnings.push(`${source} is not valid JSON (${(error as Error).message}); fix or remove it.`);
    return { credentials, warnings };
  }
  if (!parsed || typeof parsed !== "object") return { credentials, warnings };
  const config = parsed as Record<string, unknown>;
  const auths = config.auths && typeof config.auths === "object" ? config.auths : {};
  for (const [entryName, entry] of Object.entries(auths as Record<string, unknown>)) {
    if (!entry || typeof entry !== "object") continue;
    const credential = fromAuthEntry(entry as Record<string, unknown>, `${source} (${entryName})`);
    if (typeof credential === "string") {
      if (Object.keys(entry).length > 0) {
        warnings.push(`${source}: entry ${entryName} is ignored: ${credential}.`);
      }
      continue;
    }
    credentials[dockerConfigKey(entryName)] = credential;
  }
  if (
    typeof config.credsStore === "string" ||
    (config.credHelpers && typeof config.credHelpers === "object")
  ) {
    warnings.push(
      `${source} uses a credential helper (credsStore/credHelpers), which mirrorize does not run; ` +
        "pass credentials explicitly or with `docker login --password-stdin` into a plain config.json.",
    );
  }
  return { credentials, warnings };
}

/** Where Docker keeps `config.json`: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigPath(
  env: Record<string, string | undefined> = process.env,
  home = homedir(),
): string {
  const dir = env.DOCKER_CONFIG ? env.DOCKER_CONFIG : join(home, ".docker");
  return join(dir, "config.json");
}

/**
 * Reads a Docker `config.json` (default: `dockerConfigPath()`). A missing file gives no credentials
 * and no warning.
 */
export async function readDockerConfig(path: string = dockerConfigPath()): Promise<DockerConfigCredentials> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { credentials: {}, warnings: [] };
    return { credentials: {}, warnings: [`${path} cannot be read (${(error as Error).message}).`] };
  }
  return parseDockerConfig(text, path);
}

/** Turns explicit settings (`{ "registry.example.com": { username, password } }`) into credentials. */
export function explicitCredentials(
  entries: Record<string, ExplicitCredential>,
  source = "explicit settings",
): CredentialMap {
  const credentials: CredentialMap = {};
  for (const [registry, entry] of Object.entries(entries)) {
    const key = dockerConfigKey(registry);
    const where = `${source} (${registry})`;
    if (entry.registryToken) credentials[key] = { kind: "bearer", token: entry.registryToken, source: where };
    else if (entry.identityToken)
      credentials[key] = { kind: "identity-token", token: entry.identityToken, source: where };
    else if (entry.username && entry.password !== undefined) {
      credentials[key] = { kind: "basic", username: entry.username, password: entry.password, source: where };
    }
  }
  return credentials;
}

/** Combines credential maps; an earlier map wins for the same registry (put explicit settings first). */
export function mergeCredentials(...maps: CredentialMap[]): CredentialMap {
  const merged: CredentialMap = {};
  for (const map of [...maps].reverse()) Object.assign(merged, map);
  return merged;
}
