/**
 * Registry authentication: Basic, and Bearer tokens from the realm named in a `WWW-Authenticate`
 * challenge (anonymous, Basic to the realm, or the OAuth2 refresh-token flow), cached per
 * (realm, service, scope). Credentials go only to the registry itself or to a realm on the same
 * registrable domain or on the allowlist; any other realm is asked anonymously.
 */
import { type Challenge, parseChallenges } from "./challenge.js";
import type { Credential, CredentialMap } from "./credentials.js";
import { apiHostOf, credentialKeyOf, hostnameOf, isLoopback, sameRegistrableDomain } from "./hosts.js";
import type { Transport } from "./transport.js";

/**
 * Token realms on another registrable domain that are known to belong to the registry
 * (NVIDIA's registry hands out tokens from authn.nvidia.com).
 */
export const BUILT_IN_TRUSTED_REALMS: Readonly<Record<string, readonly string[]>> = {
  "nvcr.io": ["authn.nvidia.com"],
};

/** Token lifetime when the realm does not say (the token spec's default). */
const DEFAULT_TOKEN_SECONDS = 60;
/** A token this close to its expiry is not reused. */
const EXPIRY_MARGIN_MS = 5_000;
const TOKEN_BODY_LIMIT = 64 * 1024;

export interface AuthSettings {
  credentials: CredentialMap;
  /** Extra realm hosts (or registrable domains) trusted with the credentials of a registry key, or `*`. */
  trustedRealms: Record<string, readonly string[]>;
}

/** What to send, or why nothing can be sent. */
export interface AuthAnswer {
  authorization?: string;
  /** A sentence to add to a failure reason (e.g. credentials withheld from a foreign realm). */
  note?: string;
  /** Set when the realm refused us or could not be reached. */
  failure?: { status: "denied" | "unreachable" | "rate-limited"; reason: string };
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

type HostScheme = { scheme: "basic" } | { scheme: "bearer"; realm: string; service?: string };

/** Whether credentials of `registry` may be sent to the token realm at `realm`. */
export function mayReceiveCredentials(
  registry: string,
  realm: URL,
  trustedRealms: Record<string, readonly string[]> = {},
): boolean {
  const apiHost = apiHostOf(registry);
  const realmName = hostnameOf(realm.host);
  if (realmName === hostnameOf(apiHost)) return true;
  if (sameRegistrableDomain(realmName, apiHost) || sameRegistrableDomain(realmName, hostnameOf(registry))) {
    return true;
  }
  const key = credentialKeyOf(registry);
  const allowed = [
    ...(BUILT_IN_TRUSTED_REALMS[key] ?? []),
    ...(trustedRealms[key] ?? []),
    ...(trustedRealms["*"] ?? []),
  ].map((entry) => entry.toLowerCase());
  return allowed.some((entry) => entry === realm.host.toLowerCase() || entry === realmName);
}

/**
 * Why a token realm must not be asked at all, or undefined when it may be: it must be an http(s)
 * URL, and a registry that is not on this machine may not send us to this machine (which would let
 * a remote registry probe local services).
 */
export function realmProblem(registry: string, realm: URL): string | undefined {
  if (realm.protocol !== "https:" && realm.protocol !== "http:") {
    return `the token realm ${realm.href} is not an http(s) URL`;
  }
  if (isLoopback(realm.host) && !isLoopback(apiHostOf(registry))) {
    return `the token realm ${realm.host} is on this machine while the registry ${registry} is not`;
  }
  return undefined;
}

/** The challenge to answer: Bearer when offered, else Basic. */
export function pickChallenge(header: string | null): Challenge | undefined {
  const challenges = parseChallenges(header);
  return (
    challenges.find((c) => c.scheme === "bearer" && c.params.realm) ??
    challenges.find((c) => c.scheme === "basic")
  );
}

function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
}

function tokenUrl(realm: URL, service: string | undefined, scopes: string[]): URL {
  const url = new URL(realm.href);
  if (service) url.searchParams.set("service", service);
  for (const scope of scopes) url.searchParams.append("scope", scope);
  return url;
}

export class Authenticator {
  private readonly schemes = new Map<string, HostScheme>();
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<AuthAnswer>>();

  constructor(
    private readonly transport: Transport,
    private readonly settings: AuthSettings,
  ) {}

  private credentialFor(registry: string): Credential | undefined {
    return this.settings.credentials[credentialKeyOf(registry)];
  }

  /** The Authorization to send before any challenge, from what this run already learnt about the host. */
  preemptive(registry: string, scope: string | undefined): string | undefined {
    const credential = this.credentialFor(registry);
    if (credential?.kind === "bearer") return `Bearer ${credential.token}`;
    const known = this.schemes.get(apiHostOf(registry));
    if (!known) return undefined;
    if (known.scheme === "basic") {
      return credential?.kind === "basic" ? basicHeader(credential.username, credential.password) : undefined;
    }
    const cached = this.tokens.get(this.tokenKey(known.realm, known.service, scope ? [scope] : []));
    return cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? `Bearer ${cached.token}` : undefined;
  }

  /**
   * Answers a 401: works out the Authorization for the challenge in `header`. `stale` is the
   * Authorization that was just refused (a cached token is then fetched anew, once).
   */
  async answer(
    registry: string,
    header: string | null,
    scope: string | undefined,
    stale?: string,
  ): Promise<AuthAnswer> {
    const challenge = pickChallenge(header);
    const where = apiHostOf(registry);
    if (!challenge) {
      return {
        failure: {
          status: "denied",
          reason: `${where} asks for an authentication scheme mirrorize does not speak`,
        },
      };
    }
    const credential = this.credentialFor(registry);
    if (challenge.scheme === "basic") {
      this.schemes.set(where, { scheme: "basic" });
      if (credential?.kind !== "basic") {
        const have = credential ? ` (the ${credential.kind} from ${credential.source} does not fit)` : "";
        return {
          failure: {
            status: "denied",
            reason: `${where} needs a user name and password${have}; add them with \`docker login ${registry}\` or in the settings`,
          },
        };
      }
      const authorization = basicHeader(credential.username, credential.password);
      if (stale === authorization) {
        return {
          failure: { status: "denied", reason: `${where} refused the credentials from ${credential.source}` },
        };
      }
      return { authorization };
    }
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm ?? "");
    } catch {
      return { failure: { status: "denied", reason: `${where} names a token realm that is not a URL` } };
    }
    const problem = realmProblem(registry, realm);
    if (problem) return { failure: { status: "denied", reason: `${problem}; refused` } };
    const service = challenge.params.service;
    const scopes = (challenge.params.scope ?? scope ?? "").split(" ").filter(Boolean);
    this.schemes.set(where, { scheme: "bearer", realm: realm.href, service });
    const key = this.tokenKey(realm.href, service, scopes);
    const cached = this.tokens.get(key);
    if (cached && `Bearer ${cached.token}` === stale) this.tokens.delete(key);
    else if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now())
      return { authorization: `Bearer ${cached.token}` };
    const pending = this.pending.get(key);
    if (pending && !stale) return pending;
    const fetching = this.fetchToken(registry, realm, service, scopes, key);
    this.pending.set(key, fetching);
    return fetching;
  }

  private tokenKey(realm: string, service: string | undefined, scopes: string[]): string {
    return `${realm}\n${service ?? ""}\n${[...scopes].sort().join(" ")}`;
  }

  private async fetchToken(
    registry: string,
    realm: URL,
    service: string | undefined,
    scopes: string[],
    key: string,
  ): Promise<AuthAnswer> {
    const credential = this.credentialFor(registry);
    const trusted = mayReceiveCredentials(registry, realm, this.settings.trustedRealms);
    const withheld =
      credential && !trusted
        ? `the credentials for ${registry} were withheld from the token realm ${realm.host}, which is not on ${registry}'s domain; ` +
          "add it to the trusted realms if it is genuine"
        : undefined;
    const usable = trusted ? credential : undefined;
    const headers: Record<string, string> = { accept: "application/json" };
    let result: Awaited<ReturnType<Transport["send"]>>;
    if (usable?.kind === "identity-token") {
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: usable.token,
        client_id: "mirrorize",
      });
      if (service) form.set("service", service);
      if (scopes.length > 0) form.set("scope", scopes.join(" "));
      headers["content-type"] = "application/x-www-form-urlencoded";
      result = await this.transport.send({
        url: realm.href,
        method: "POST",
        headers,
        body: form.toString(),
        maxBytes: TOKEN_BODY_LIMIT,
      });
    } else {
      if (usable?.kind === "basic") headers.authorization = basicHeader(usable.username, usable.password);
      result = await this.transport.send({
        url: tokenUrl(realm, service, scopes).href,
        method: "GET",
        headers,
        maxBytes: TOKEN_BODY_LIMIT,
      });
    }
    const note = withheld;
    if (!result.ok) {
      return {
        note,
        failure: { status: "unreachable", reason: `the token realm ${realm.host} failed: ${result.message}` },
      };
    }
    if (result.status === 429) {
      return {
        note,
        failure: { status: "rate-limited", reason: `the token realm ${realm.host} answered 429` },
      };
    }
    if (result.status < 200 || result.status >= 300) {
      const who = usable ? `the credentials from ${usable.source}` : "an anonymous token request";
      const status = result.status >= 500 ? "unreachable" : "denied";
      return {
        note,
        failure: { status, reason: `the token realm ${realm.host} refused ${who} (HTTP ${result.status})` },
      };
    }
    let token: string | undefined;
    let expiresIn = DEFAULT_TOKEN_SECONDS;
    try {
      const body = JSON.parse(new TextDecoder().decode(result.body)) as Record<string, unknown>;
      const value = body.token ?? body.access_token;
      if (typeof value === "string" && value) token = value;
      if (typeof body.expires_in === "number" && body.expires_in > 0) expiresIn = body.expires_in;
    } catch {
      // handled below
    }
    if (!token) {
      return { note, failure: { status: "denied", reason: `the token realm ${realm.host} sent no token` } };
    }
    this.tokens.set(key, { token, expiresAt: Date.now() + expiresIn * 1000 });
    this.pending.delete(key);
    return { authorization: `Bearer ${token}`, note };
  }
}
