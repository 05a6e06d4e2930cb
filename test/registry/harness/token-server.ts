/**
 * A Docker token server for distribution 2.8.2 (`auth.token`), written for the tests with node:http
 * and node:crypto. It signs RS256 JWTs whose header carries the certificate (`x5c`), grants `pull`
 * anonymously on every repository not under `private/`, and grants what is asked to known users
 * (Basic credentials on GET, or the OAuth2 POST flow with a refresh token / password).
 */
import { createSign, randomUUID, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";

export interface TokenRequestRecord {
  method: string;
  url: string;
  authorization?: string;
  body?: string;
}

export interface TokenServer {
  url: string;
  realm: string;
  service: string;
  issuer: string;
  requests: TokenRequestRecord[];
  close: () => Promise<void>;
}

export interface TokenServerOptions {
  certPath: string;
  keyPath: string;
  host?: string;
  port: number;
  service: string;
  issuer: string;
  users: Record<string, string>;
  /** Refresh tokens (Docker `identitytoken`) accepted by the OAuth2 POST flow, with their user. */
  refreshTokens?: Record<string, string>;
}

interface Access {
  type: string;
  name: string;
  actions: string[];
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

function sign(options: TokenServerOptions, account: string, access: Access[]): string {
  const cert = new X509Certificate(readFileSync(options.certPath));
  const header = { alg: "RS256", typ: "JWT", x5c: [cert.raw.toString("base64")] };
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: options.issuer,
    sub: account,
    aud: options.service,
    exp: now + 300,
    nbf: now - 10,
    iat: now,
    jti: randomUUID(),
    access,
  };
  const payload = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = createSign("RSA-SHA256").update(payload).sign(readFileSync(options.keyPath));
  return `${payload}.${base64url(signature)}`;
}

function grant(scopes: string[], account: string | undefined): Access[] {
  const access: Access[] = [];
  for (const scope of scopes.flatMap((s) => s.split(" ")).filter(Boolean)) {
    const [type, ...rest] = scope.split(":");
    const actions = (rest.pop() ?? "").split(",").filter(Boolean);
    const name = rest.join(":");
    if (type !== "repository") continue;
    if (account) access.push({ type, name, actions });
    else if (!name.startsWith("private/") && actions.includes("pull")) {
      access.push({ type, name, actions: ["pull"] });
    }
  }
  return access;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the token server; `realm` is the URL to put in the registry config. */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const host = options.host ?? "127.0.0.1";
  const requests: TokenRequestRecord[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", `http://${host}`);
    const body = request.method === "POST" ? await readBody(request) : undefined;
    const authorization = request.headers.authorization;
    requests.push({ method: request.method ?? "", url: request.url ?? "", authorization, body });
    let account: string | undefined;
    let scopes = url.searchParams.getAll("scope");
    if (request.method === "POST") {
      const form = new URLSearchParams(body);
      scopes = form.getAll("scope");
      const grantType = form.get("grant_type");
      if (grantType === "refresh_token") account = options.refreshTokens?.[form.get("refresh_token") ?? ""];
      else if (grantType === "password") {
        const user = form.get("username") ?? "";
        if (options.users[user] === form.get("password")) account = user;
      }
      if (!account) {
        response.writeHead(401, { "content-type": "application/json" }).end('{"error":"invalid_grant"}');
        return;
      }
    } else if (authorization?.startsWith("Basic ")) {
      const [user, password] = Buffer.from(authorization.slice(6), "base64").toString("utf8").split(":");
      if (!user || options.users[user] !== password) {
        response.writeHead(401, { "content-type": "application/json" }).end('{"details":"bad credentials"}');
        return;
      }
      account = user;
    }
    const token = sign(options, account ?? "", grant(scopes, account));
    const payload: Record<string, unknown> = { token, access_token: token, expires_in: 300 };
    if (request.method === "POST") payload.refresh_token = "unused";
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(payload));
  });
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const url = `http://${host}:${options.port}`;
  return {
    url,
    realm: `${url}/token`,
    service: options.service,
    issuer: options.issuer,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
