import { describe, expect, test } from "vitest";
import { mayReceiveCredentials } from "../../src/registry/auth.js";
import { registrableDomainOf } from "../../src/registry/hosts.js";

/**
 * Which token realms may receive a registry's credentials: the registry's own host, a realm on the same
 * registrable domain by the Public Suffix List (private section included) and the shared-hosting list,
 * or a realm on the explicit allow-list. Another tenant of a big shared host never is.
 */
describe("token realms on shared hosts", () => {
  test.each([
    // Another tenant of the same shared host: refused (before: gitlab.io, blogspot.com, firebaseapp.com were trusted).
    ["acme.jfrog.io", "https://evil.jfrog.io/artifactory/api/docker/token", false],
    ["acme.azurecr.io", "https://evil.azurecr.io/oauth2/token", false],
    ["acme.azurecr.cn", "https://evil.azurecr.cn/oauth2/token", false],
    ["acme.gitlab.io", "https://evil.gitlab.io/jwt/auth", false],
    ["europe-docker.pkg.dev", "https://evil-docker.pkg.dev/token", false],
    ["1111.dkr.ecr.us-east-1.amazonaws.com", "https://2222.dkr.ecr.us-east-1.amazonaws.com/token", false],
    ["acme.github.io", "https://evil.github.io/token", false],
    ["acme.herokuapp.com", "https://evil.herokuapp.com/token", false],
    ["registry.acme.co.uk", "https://auth.evil.co.uk/token", false],
    ["registry.acme.com.cn", "https://auth.evil.com.cn/token", false],
    // PSL private-section entries not on the hand-written list (s3 website hosts, blogspot, …).
    ["acme.s3.amazonaws.com", "https://evil.s3.amazonaws.com/token", false],
    ["acme.blogspot.com", "https://evil.blogspot.com/token", false],
    ["acme.firebaseapp.com", "https://evil.firebaseapp.com/token", false],
    // The same owner: trusted.
    ["docker.io", "https://auth.docker.io/token", true],
    ["registry.gitlab.com", "https://gitlab.com/jwt/auth", true],
    ["registry.cn-hangzhou.aliyuncs.com", "https://dockerauth.cn-hangzhou.aliyuncs.com/auth", true],
    ["registry.acme.co.uk", "https://auth.acme.co.uk/token", true],
    ["acme.jfrog.io", "https://acme.jfrog.io/artifactory/api/docker/token", true],
    ["us.gcr.io", "https://gcr.io/v2/token", true],
    // The explicit allow-list still applies.
    ["nvcr.io", "https://authn.nvidia.com/token", true],
  ])("credentials of %s to the realm %s: %s", (registry, realm, allowed) => {
    expect(mayReceiveCredentials(registry, new URL(realm))).toBe(allowed);
  });

  test("a realm listed in registries.trustedRealms is trusted, on a shared host too", () => {
    const realm = new URL("https://login.jfrog.io/token");
    expect(mayReceiveCredentials("acme.jfrog.io", realm)).toBe(false);
    expect(mayReceiveCredentials("acme.jfrog.io", realm, { "acme.jfrog.io": ["login.jfrog.io"] })).toBe(true);
    expect(mayReceiveCredentials("acme.jfrog.io", realm, { "*": ["login.jfrog.io"] })).toBe(true);
  });

  test.each([
    ["foo.gitlab.io", "foo.gitlab.io"],
    ["a.b.foo.blogspot.com", "foo.blogspot.com"],
    ["x.y.acme.co.uk", "acme.co.uk"],
    ["registry.internal", "registry.internal"],
  ])("registrable domain of %s is %s (Public Suffix List)", (host, domain) => {
    expect(registrableDomainOf(host)).toBe(domain);
  });
});
