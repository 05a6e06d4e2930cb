/**
 * From the config's `registries` section to a `RegistryClient`: credentials named by environment
 * variables (never written in the config), the Docker `config.json`, insecure hosts, trusted realms
 * and time limits. Problems that do not stop a run (an unset variable, a credential helper) come back
 * as warnings, one sentence each.
 */
import type { RegistryCredentialRef, RegistrySettings } from "../config/types.js";
import { RegistryClient, type RegistryClientOptions } from "./client.js";
import {
  type CredentialMap,
  dockerConfigPath,
  type ExplicitCredential,
  explicitCredentials,
  mergeCredentials,
  readDockerConfig,
} from "./credentials.js";

export type Environment = Record<string, string | undefined>;

export interface ClientFromSettingsOptions {
  /** Where the variables named by `passwordEnv`/`tokenEnv` (and `DOCKER_CONFIG`) are read. */
  env: Environment;
  /**
   * The Docker `config.json` to read credentials from; `false` reads none. Default: `$DOCKER_CONFIG/
   * config.json`, else `~/.docker/config.json`.
   */
  dockerConfig?: string | false;
  /** Extra client options (tests: retries, backoff). */
  client?: Partial<RegistryClientOptions>;
}

export interface ClientFromSettings {
  client: RegistryClient;
  warnings: string[];
}

const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

/** Reads one configured credential from the environment; a missing variable is a warning. */
function readCredential(
  registry: string,
  ref: RegistryCredentialRef,
  env: Environment,
): { credential?: ExplicitCredential; warning?: string } {
  const where = `registries.credentials.${registry}`;
  const missing = (key: string, name: string) =>
    `${where}.${key} names the environment variable ${name}, which is not set; ${registry} is accessed without these credentials.`;
  if (ref.tokenEnv !== undefined) {
    const token = env[ref.tokenEnv];
    if (!token) return { warning: missing("tokenEnv", ref.tokenEnv) };
    return { credential: { registryToken: token } };
  }
  const username = ref.usernameEnv !== undefined ? env[ref.usernameEnv] : ref.username;
  if (!username) return { warning: missing("usernameEnv", ref.usernameEnv ?? "") };
  const password = ref.passwordEnv !== undefined ? env[ref.passwordEnv] : undefined;
  if (password === undefined || password === "") {
    return { warning: missing("passwordEnv", ref.passwordEnv ?? "") };
  }
  return { credential: { username, password } };
}

/** The credentials the config names, read from `env`. */
export function configuredCredentials(
  registries: RegistrySettings | undefined,
  env: Environment,
  source = "registries.credentials",
): { credentials: CredentialMap; warnings: string[] } {
  const entries: Record<string, ExplicitCredential> = {};
  const warnings: string[] = [];
  for (const [registry, ref] of Object.entries(registries?.credentials ?? {})) {
    const read = readCredential(registry, ref, env);
    if (read.warning) warnings.push(read.warning);
    if (read.credential) entries[registry] = read.credential;
  }
  return { credentials: explicitCredentials(entries, source), warnings };
}

/**
 * A client for one run, configured from `registries`: configured credentials first, then the Docker
 * `config.json`'s; plain HTTP only for loopback and `insecure` hosts; `timeout` per request and
 * `deadline` for the whole run.
 */
export async function clientFromSettings(
  registries: RegistrySettings | undefined,
  options: ClientFromSettingsOptions,
): Promise<ClientFromSettings> {
  const configured = configuredCredentials(registries, options.env);
  const warnings = [...configured.warnings];
  let docker: CredentialMap = {};
  if (options.dockerConfig !== false) {
    const read = await readDockerConfig(options.dockerConfig ?? dockerConfigPath(options.env));
    docker = read.credentials;
    warnings.push(...read.warnings);
  }
  const proxy = PROXY_VARIABLES.find((name) => options.env[name]);
  if (proxy) {
    warnings.push(
      `${proxy} is set, but mirrorize does not use HTTP proxies yet; registries are contacted directly.`,
    );
  }
  const clientOptions: RegistryClientOptions = {
    credentials: mergeCredentials(configured.credentials, docker),
    insecureHosts: registries?.insecure ?? [],
    trustedRealms: registries?.trustedRealms ?? {},
  };
  if (registries?.timeout !== undefined) clientOptions.requestTimeoutMs = registries.timeout;
  if (registries?.deadline !== undefined) clientOptions.timeBudgetMs = registries.deadline;
  Object.assign(clientOptions, options.client);
  return { client: new RegistryClient(clientOptions), warnings };
}
