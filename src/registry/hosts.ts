/**
 * Host rules: Docker Hub's API host, which hosts may be spoken to over plain HTTP, and whether two
 * hosts share a registrable domain (for deciding where credentials may go).
 */
import { getDomain } from "tldts";

/** Names of Docker Hub in references; its registry API is served at `registry-1.docker.io`. */
const DOCKER_HUB_NAMES = new Set([
  "docker.io",
  "index.docker.io",
  "registry-1.docker.io",
  "registry.hub.docker.com",
]);

export const DOCKER_HUB = "docker.io";
export const DOCKER_HUB_API_HOST = "registry-1.docker.io";

/** Whether `host` (a reference domain, `host[:port]`) names Docker Hub. */
export function isDockerHub(host: string): boolean {
  return DOCKER_HUB_NAMES.has(host.toLowerCase());
}

/** The `host[:port]` the registry API of a reference domain is served at. */
export function apiHostOf(registry: string): string {
  return isDockerHub(registry) ? DOCKER_HUB_API_HOST : registry.toLowerCase();
}

/** The key credentials are stored under for a registry: Docker Hub aliases fold into `docker.io`. */
export function credentialKeyOf(registry: string): string {
  return isDockerHub(registry) ? DOCKER_HUB : registry.toLowerCase();
}

/** The host name of `host[:port]` (brackets of an IPv6 literal removed), lower-cased. */
export function hostnameOf(hostPort: string): string {
  const lower = hostPort.toLowerCase();
  if (lower.startsWith("[")) {
    const end = lower.indexOf("]");
    return end > 0 ? lower.slice(1, end) : lower;
  }
  const colon = lower.lastIndexOf(":");
  return colon >= 0 ? lower.slice(0, colon) : lower;
}

function isIPv4(name: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name);
}

function isIPLiteral(name: string): boolean {
  return isIPv4(name) || name.includes(":");
}

/** `localhost`, `*.localhost`, 127.0.0.0/8 or ::1. */
export function isLoopback(hostPort: string): boolean {
  const name = hostnameOf(hostPort);
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (isIPv4(name)) return name.startsWith("127.");
  return name === "::1" || name === "0:0:0:0:0:0:0:1";
}

/**
 * Whether plain HTTP may be used for `hostPort`: only loopback hosts and hosts the user lists as
 * insecure (`host` or `host:port`).
 */
export function allowsPlainHttp(hostPort: string, insecureHosts: readonly string[]): boolean {
  if (isLoopback(hostPort)) return true;
  const lower = hostPort.toLowerCase();
  const name = hostnameOf(hostPort);
  return insecureHosts.some((entry) => {
    const e = entry.toLowerCase();
    return e === lower || e === name;
  });
}

/** The base URL of a registry API host: `http://` for loopback and insecure hosts, else `https://`. */
export function baseUrlOf(apiHost: string, insecureHosts: readonly string[]): string {
  return `${allowsPlainHttp(apiHost, insecureHosts) ? "http" : "https"}://${apiHost}`;
}

/**
 * Shared-hosting suffixes whose subdomains belong to different owners (cloud registries, static
 * hosting), kept besides the Public Suffix List: several big registry hosts are not in it (`jfrog.io`,
 * `azurecr.io`, `pkg.dev`) or only in part (ECR's `*.dkr.ecr.REGION.amazonaws.com` would share
 * `ecr.REGION.amazonaws.com`). Under them every host name is its own registrable domain.
 */
export const SHARED_HOSTING_SUFFIXES = [
  "jfrog.io",
  "azurecr.io",
  "azurecr.cn",
  "azurecr.us",
  "amazonaws.com",
  "amazonaws.com.cn",
  "pkg.dev",
  "appspot.com",
  "github.io",
  "gitlab.io",
  "herokuapp.com",
  "cloudfront.net",
  "azurewebsites.net",
  "workers.dev",
  "pages.dev",
  "vercel.app",
  "netlify.app",
  "fly.dev",
  "ngrok.io",
  "ngrok-free.app",
];

/**
 * The registrable domain of a host name (`auth.docker.io` → `docker.io`, `a.b.co.uk` → `b.co.uk`),
 * by the Public Suffix List with its private section (`tldts`: `foo.gitlab.io` is foo's own), and the
 * shared-hosting list above. An IP literal, a single-label name and a host under a shared-hosting
 * suffix are their own registrable domain.
 */
export function registrableDomainOf(hostPortOrName: string): string {
  const name = hostnameOf(hostPortOrName).replace(/\.$/, "");
  if (isIPLiteral(name)) return name;
  if (SHARED_HOSTING_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return name;
  return getDomain(name, { allowPrivateDomains: true }) ?? name;
}

/** Whether two hosts share a registrable domain (ports are ignored). */
export function sameRegistrableDomain(a: string, b: string): boolean {
  return registrableDomainOf(a) === registrableDomainOf(b);
}
