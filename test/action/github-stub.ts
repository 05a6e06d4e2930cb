/**
 * A stand-in for the GitHub REST API on 127.0.0.1: it implements the pull request calls the action
 * makes, records every request, and checks every request it receives and every response it sends
 * against GitHub's OpenAPI description (`problems` must stay empty).
 */
import { execFileSync } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkRequest, checkResponse, example, findOperation } from "./openapi.js";

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  status: number;
}

interface PullRecord {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
  state: "open" | "closed";
  labels: string[];
}

export interface GitHubStub {
  /** Base URL to use as GITHUB_API_URL. */
  url: string;
  requests: RecordedRequest[];
  /** Contract violations (request or response not matching the OpenAPI description). */
  problems: string[];
  pulls: Map<number, PullRecord>;
  /** Answer every later call of `operationId` with this error. */
  failWith(operationId: string, status: number, message: string): void;
  /** Requests that change something (everything but GET). */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Start the stand-in for repository `owner/repo`, whose branches live in the bare repository
 * `originDir` (a pull request's head must exist there, as on GitHub).
 */
export async function startGitHubStub(options: {
  owner: string;
  repo: string;
  originDir: string;
  token: string;
}): Promise<GitHubStub> {
  const { owner, repo, originDir } = options;
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const pulls = new Map<number, PullRecord>();
  const failures = new Map<string, { status: number; message: string }>();
  let nextNumber = 1;
  const html = `https://github.com/${owner}/${repo}`;

  const headSha = (branch: string): string | undefined => {
    try {
      return execFileSync("git", ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}`], {
        cwd: originDir,
        encoding: "utf8",
      }).trim();
    } catch {
      return undefined;
    }
  };

  const labelObject = (name: string, id: number) => ({
    ...example<Record<string, unknown>[]>("label-items")[0],
    id,
    node_id: `LA_${id}`,
    name,
    url: `https://api.github.com/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
    default: false,
  });

  /** Fields shared by the full and the simple pull request objects. */
  const pullFields = (pull: PullRecord, template: Record<string, unknown>) => {
    const head = template.head as Record<string, unknown>;
    const base = template.base as Record<string, unknown>;
    return {
      ...template,
      id: 1000 + pull.number,
      number: pull.number,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      html_url: `${html}/pull/${pull.number}`,
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/${pull.number}`,
      labels: pull.labels.map((name, i) => labelObject(name, i + 1)),
      requested_teams: [],
      head: {
        ...head,
        ref: pull.head,
        label: `${owner}:${pull.head}`,
        sha: headSha(pull.head) ?? "0".repeat(40),
      },
      base: {
        ...base,
        ref: pull.base,
        label: `${owner}:${pull.base}`,
        sha: headSha(pull.base) ?? "0".repeat(40),
      },
    };
  };
  const fullPull = (pull: PullRecord) => pullFields(pull, example<Record<string, unknown>>("pull-request"));
  const simplePull = (pull: PullRecord) =>
    pullFields(pull, example<Record<string, unknown>[]>("pull-request-simple-items")[0]!);

  const error = (status: number, message: string) => ({
    status,
    body: { message, documentation_url: "https://docs.github.com/rest" },
  });

  type Handler = (
    params: Record<string, string>,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ) => { status: number; body?: unknown };

  const handlers: Record<string, Handler> = {
    "pulls/list": (_params, query) => {
      const head = query.get("head");
      const found = [...pulls.values()].filter(
        (p) =>
          (query.get("state") ?? "open") === p.state &&
          (!head || head === `${owner}:${p.head}`) &&
          (!query.get("base") || query.get("base") === p.base),
      );
      return { status: 200, body: found.map(simplePull) };
    },
    "pulls/create": (_params, _query, body) => {
      const head = String(body.head);
      const base = String(body.base);
      if (!headSha(head)) return error(422, "Validation Failed: head does not exist");
      if ([...pulls.values()].some((p) => p.state === "open" && p.head === head && p.base === base)) {
        return error(422, `A pull request already exists for ${owner}:${head}.`);
      }
      const pull: PullRecord = {
        number: nextNumber++,
        head,
        base,
        title: String(body.title),
        body: String(body.body ?? ""),
        draft: body.draft === true,
        state: "open",
        labels: [],
      };
      pulls.set(pull.number, pull);
      return { status: 201, body: fullPull(pull) };
    },
    "pulls/update": (params, _query, body) => {
      const pull = pulls.get(Number(params.pull_number));
      if (!pull) return error(422, "Validation Failed");
      if (typeof body.title === "string") pull.title = body.title;
      if (typeof body.body === "string") pull.body = body.body;
      if (body.state === "open" || body.state === "closed") pull.state = body.state;
      return { status: 200, body: fullPull(pull) };
    },
    "issues/add-labels": (params, _query, body) => {
      const pull = pulls.get(Number(params.issue_number));
      if (!pull) return error(404, "Not Found");
      for (const label of (body.labels as string[]) ?? [])
        if (!pull.labels.includes(label)) pull.labels.push(label);
      return { status: 200, body: pull.labels.map((name, i) => labelObject(name, i + 1)) };
    },
  };

  const respond = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    let body: unknown;
    try {
      body = raw === "" ? undefined : JSON.parse(raw);
    } catch {
      problems.push(`${method} ${url.pathname}: body is not JSON`);
    }
    let operation: ReturnType<typeof findOperation>;
    try {
      operation = findOperation(method, url.pathname);
    } catch (e) {
      problems.push((e as Error).message);
      respond(res, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      return;
    }
    const { operationId } = operation.operation;
    problems.push(
      ...checkRequest(operation.operation, operation.params, url.searchParams, body).map(
        (p) => `${method} ${url.pathname} (${operationId}) request: ${p}`,
      ),
    );
    if (req.headers.authorization !== `token ${options.token}`) {
      problems.push(`${method} ${url.pathname}: unexpected authorization header`);
    }
    const repoMatches = operation.params.owner === owner && operation.params.repo === repo;
    const failure = failures.get(operationId);
    const handler = handlers[operationId];
    let answer: { status: number; body?: unknown };
    if (!repoMatches) answer = error(404, "Not Found");
    else if (failure) answer = error(failure.status, failure.message);
    else if (!handler) {
      problems.push(`${operationId} is not implemented by the stand-in`);
      answer = error(404, "Not Found");
    } else answer = handler(operation.params, url.searchParams, (body ?? {}) as Record<string, unknown>);
    problems.push(
      ...checkResponse(operation.operation, answer.status, answer.body).map(
        (p) => `${method} ${url.pathname} (${operationId}) ${answer.status}: ${p}`,
      ),
    );
    requests.push({
      method,
      path: url.pathname,
      operationId,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
      status: answer.status,
    });
    respond(res, answer.status, answer.body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      problems.push(`stand-in crashed: ${(e as Error).stack}`);
      respond(res, 500, { message: "stand-in crashed" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    problems,
    pulls,
    failWith: (operationId, status, message) => failures.set(operationId, { status, message }),
    writes: () => requests.filter((r) => r.method !== "GET"),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
