/**
 * Authentication against real registries (distribution 2.8.2 on 127.0.0.1): htpasswd (Basic) and
 * token auth with a token server written for the tests. Proxies prove where credentials go: never
 * to a token realm on another host, never across a cross-origin redirect.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  dockerConfigPath,
  explicitCredentials,
  RegistryClient,
  readDockerConfig,
  verifyCandidate,
} from "../../src/registry/index.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { type FaultProxy, startFaultProxy } from "./harness/fault-proxy.js";
import { type TestImages, writeTestImages } from "./harness/images.js";
import {
  freePort,
  makeSigningCert,
  REGISTRY_TOOLS,
  type RegistryProcess,
  registryToolsAvailable,
  skopeoCopy,
  startRegistry,
  stopAll,
  tempDir,
  writeHtpasswd,
} from "./harness/processes.js";
import { startTokenServer, type TokenServer } from "./harness/token-server.js";

const available = requirePrerequisite(registryToolsAvailable(), REGISTRY_TOOLS);

const USER = "alice";
const PASSWORD = "s3cret-pass";
const CREDS = `${USER}:${PASSWORD}`;
const IDENTITY_TOKEN = "identity-token-for-alice";
const SERVICE = "mirrorize-test-registry";
const ISSUER = "mirrorize-test-issuer";

function writeDockerConfig(auths: Record<string, Record<string, string>>): string {
  const dir = tempDir("mirrorize-docker-config-");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "config.json"), JSON.stringify({ auths }));
  return dockerConfigPath({ DOCKER_CONFIG: dir });
}

describe.skipIf(!available)("authentication against real registries", () => {
  let images: TestImages;
  let basic: RegistryProcess;
  let tokenRegistry: RegistryProcess;
  let tokenServer: TokenServer;
  let foreignTokenServer: TokenServer;
  let foreignRealmProxy: FaultProxy;
  let redirectingProxy: FaultProxy;
  let cdn: FaultProxy;
  let basicCounter: FaultProxy;

  beforeAll(async () => {
    const dir = tempDir();
    images = writeTestImages(join(dir, "images"));
    const htpasswd = join(dir, "htpasswd");
    await writeHtpasswd(htpasswd, { [USER]: PASSWORD });
    const cert = await makeSigningCert(dir);
    const tokenOptions = {
      ...cert,
      service: SERVICE,
      issuer: ISSUER,
      users: { [USER]: PASSWORD },
      refreshTokens: { [IDENTITY_TOKEN]: USER },
    };
    tokenServer = await startTokenServer({ ...tokenOptions, port: await freePort() });
    // The same issuer on another loopback address: a realm on a foreign host whose tokens would work.
    foreignTokenServer = await startTokenServer({
      ...tokenOptions,
      host: "127.0.0.2",
      port: await freePort("127.0.0.2"),
    });
    [basic, tokenRegistry] = await Promise.all([
      startRegistry("basic", { htpasswd }),
      startRegistry("token", {
        token: { realm: tokenServer.realm, service: SERVICE, issuer: ISSUER, rootCertBundle: cert.certPath },
      }),
    ]);
    await Promise.all([
      skopeoCopy(images.tiny.dir, "1.0", `${basic.host}/private/tiny:1.0`, { creds: CREDS }),
      skopeoCopy(images.multi.dir, "2.0", `${basic.host}/private/multi:2.0`, { creds: CREDS, all: true }),
      skopeoCopy(images.tiny.dir, "1.0", `${tokenRegistry.host}/library/tiny:1.0`, { creds: CREDS }),
      skopeoCopy(images.tiny.dir, "1.0", `${tokenRegistry.host}/library/tiny:1.1`, { creds: CREDS }),
      skopeoCopy(images.tiny.dir, "1.0", `${tokenRegistry.host}/private/tiny:1.0`, { creds: CREDS }),
    ]);
    basicCounter = await startFaultProxy({ target: basic.url, port: await freePort() });
    foreignRealmProxy = await startFaultProxy({ target: tokenRegistry.url, port: await freePort() });
    foreignRealmProxy.setRules([
      () => ({
        kind: "rewrite",
        headers: (h) => {
          const challenge = h["www-authenticate"];
          return challenge
            ? { ...h, "www-authenticate": challenge.replace(tokenServer.realm, foreignTokenServer.realm) }
            : h;
        },
      }),
    ]);
    // A "CDN" on another origin that serves blobs without the client's credentials (like a pre-signed URL).
    cdn = await startFaultProxy({
      target: basic.url,
      port: await freePort(),
      targetAuthorization: `Basic ${Buffer.from(CREDS).toString("base64")}`,
    });
    redirectingProxy = await startFaultProxy({ target: basic.url, port: await freePort() });
    redirectingProxy.setRules([
      (request) =>
        request.path.includes("/blobs/")
          ? { kind: "redirect", location: `${cdn.url}${request.path}` }
          : undefined,
    ]);
  });

  afterAll(async () => {
    for (const server of [
      basicCounter,
      foreignRealmProxy,
      cdn,
      redirectingProxy,
      tokenServer,
      foreignTokenServer,
    ]) {
      await server?.close();
    }
    await stopAll();
  });

  describe("Basic auth (htpasswd)", () => {
    test("no credentials → denied, with how to fix it", async () => {
      const outcome = await verifyCandidate(
        "x/y:1",
        `${basic.host}/private/tiny:1.0`,
        "exists",
        new RegistryClient(),
      );
      expect(outcome.status).toBe("denied");
      expect(outcome.reason).toMatch(/needs a user name and password.*docker login/);
    });

    test("explicit credentials → ok (single image and index)", async () => {
      const client = new RegistryClient({
        credentials: explicitCredentials({ [basic.host]: { username: USER, password: PASSWORD } }),
      });
      expect(
        (await verifyCandidate("x/y:1", `${basic.host}/private/tiny:1.0`, "exists", client)).status,
      ).toBe("ok");
      expect(
        (await verifyCandidate("x/y:1", `${basic.host}/private/multi:2.0`, "exists", client)).status,
      ).toBe("ok");
    });

    test("credentials from a Docker config.json (`auth`) → ok", async () => {
      const path = writeDockerConfig({
        [`http://${basic.host}`]: { auth: Buffer.from(CREDS).toString("base64") },
      });
      const config = await readDockerConfig(path);
      expect(config.warnings).toEqual([]);
      const client = new RegistryClient({ credentials: config.credentials });
      expect(
        (await verifyCandidate("x/y:1", `${basic.host}/private/tiny:1.0`, "exists", client)).status,
      ).toBe("ok");
    });

    test("a wrong password → denied", async () => {
      const client = new RegistryClient({
        credentials: explicitCredentials({ [basic.host]: { username: USER, password: "wrong" } }),
      });
      const outcome = await verifyCandidate("x/y:1", `${basic.host}/private/tiny:1.0`, "exists", client);
      expect(outcome.status).toBe("denied");
      expect(outcome.reason).toMatch(/HTTP 401/);
    });

    test("the Basic scheme is learnt once: one 401 for the whole run", async () => {
      basicCounter.reset();
      const client = new RegistryClient({
        credentials: explicitCredentials({ [basicCounter.host]: { username: USER, password: PASSWORD } }),
      });
      for (const ref of ["private/tiny:1.0", "private/multi:2.0"]) {
        expect((await verifyCandidate("x/y:1", `${basicCounter.host}/${ref}`, "exists", client)).status).toBe(
          "ok",
        );
      }
      expect(basicCounter.records.filter((r) => r.status === 401)).toHaveLength(1);
      expect(basicCounter.records.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(5);
    });
  });

  describe("token auth (Bearer)", () => {
    test("anonymous pull of a public repository → ok, one token for the scope", async () => {
      tokenServer.requests.length = 0;
      const client = new RegistryClient();
      const refs = ["library/tiny:1.0", "library/tiny:1.1", `library/tiny@${images.tiny.digest}`];
      for (const ref of refs) {
        expect(
          (await verifyCandidate("x/y:1", `${tokenRegistry.host}/${ref}`, "exists", client)).status,
        ).toBe("ok");
      }
      expect(tokenServer.requests).toHaveLength(1);
      expect(tokenServer.requests[0]!.url).toContain("scope=repository%3Alibrary%2Ftiny%3Apull");
      expect(tokenServer.requests[0]!.authorization).toBeUndefined();
    });

    test("anonymous pull of a private repository → denied", async () => {
      const outcome = await verifyCandidate(
        "x/y:1",
        `${tokenRegistry.host}/private/tiny:1.0`,
        "exists",
        new RegistryClient(),
      );
      expect(outcome.status).toBe("denied");
      expect(outcome.reason).toMatch(/HTTP 401/);
    });

    test("Basic credentials to the realm → ok on the private repository", async () => {
      tokenServer.requests.length = 0;
      const client = new RegistryClient({
        credentials: explicitCredentials({ [tokenRegistry.host]: { username: USER, password: PASSWORD } }),
      });
      const outcome = await verifyCandidate(
        "x/y:1",
        `${tokenRegistry.host}/private/tiny:1.0`,
        "exists",
        client,
      );
      expect(outcome.status).toBe("ok");
      expect(tokenServer.requests.map((r) => r.authorization?.split(" ")[0])).toEqual(["Basic"]);
    });

    test("identitytoken from config.json → OAuth2 refresh-token flow → ok", async () => {
      tokenServer.requests.length = 0;
      const path = writeDockerConfig({ [tokenRegistry.host]: { auth: "", identitytoken: IDENTITY_TOKEN } });
      const client = new RegistryClient({ credentials: (await readDockerConfig(path)).credentials });
      const outcome = await verifyCandidate(
        "x/y:1",
        `${tokenRegistry.host}/private/tiny:1.0`,
        "exists",
        client,
      );
      expect(outcome.status).toBe("ok");
      expect(tokenServer.requests).toHaveLength(1);
      expect(tokenServer.requests[0]!.method).toBe("POST");
      expect(tokenServer.requests[0]!.body).toContain("grant_type=refresh_token");
    });
  });

  describe("where credentials may go", () => {
    test("a token realm on a foreign host gets no credentials: public images still work anonymously", async () => {
      foreignTokenServer.requests.length = 0;
      const client = new RegistryClient({
        credentials: explicitCredentials({
          [foreignRealmProxy.host]: { username: USER, password: PASSWORD },
        }),
      });
      const outcome = await verifyCandidate(
        "x/y:1",
        `${foreignRealmProxy.host}/library/tiny:1.0`,
        "exists",
        client,
      );
      expect(outcome.status).toBe("ok");
      expect(foreignTokenServer.requests.length).toBeGreaterThan(0);
      expect(foreignTokenServer.requests.map((r) => r.authorization)).toEqual(
        foreignTokenServer.requests.map(() => undefined),
      );
    });

    test("… and private images are denied, saying the credentials were withheld", async () => {
      foreignTokenServer.requests.length = 0;
      const client = new RegistryClient({
        credentials: explicitCredentials({
          [foreignRealmProxy.host]: { username: USER, password: PASSWORD },
        }),
      });
      const outcome = await verifyCandidate(
        "x/y:1",
        `${foreignRealmProxy.host}/private/tiny:1.0`,
        "exists",
        client,
      );
      expect(outcome.status).toBe("denied");
      expect(outcome.reason).toMatch(/withheld from the token realm 127\.0\.0\.2:\d+/);
      expect(foreignTokenServer.requests.every((r) => r.authorization === undefined)).toBe(true);
    });

    test("a realm on the allowlist gets the credentials", async () => {
      foreignTokenServer.requests.length = 0;
      const client = new RegistryClient({
        credentials: explicitCredentials({
          [foreignRealmProxy.host]: { username: USER, password: PASSWORD },
        }),
        trustedRealms: { [foreignRealmProxy.host]: ["127.0.0.2"] },
      });
      const outcome = await verifyCandidate(
        "x/y:1",
        `${foreignRealmProxy.host}/private/tiny:1.0`,
        "exists",
        client,
      );
      expect(outcome.status).toBe("ok");
      expect(foreignTokenServer.requests.map((r) => r.authorization?.split(" ")[0])).toEqual(["Basic"]);
    });

    test("a cross-origin redirect drops the Authorization header", async () => {
      redirectingProxy.reset();
      cdn.reset();
      const client = new RegistryClient({
        credentials: explicitCredentials({ [redirectingProxy.host]: { username: USER, password: PASSWORD } }),
      });
      const outcome = await verifyCandidate(
        "x/y:1",
        `${redirectingProxy.host}/private/tiny:1.0`,
        "exists",
        client,
      );
      expect(outcome.status, outcome.reason).toBe("ok");
      const redirected = redirectingProxy.records.filter((r) => r.status === 307);
      expect(redirected).toHaveLength(1);
      expect(redirected[0]!.authorization).toMatch(/^Basic /);
      expect(cdn.records).toHaveLength(1);
      expect(cdn.records[0]).toMatchObject({ method: "HEAD", status: 200, authorization: undefined });
    });
  });
});
