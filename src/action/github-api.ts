import { getOctokit } from "@actions/github";
import { errorMessage, UserError } from "./errors.js";

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export interface PullRequestRef {
  number: number;
  url: string;
}

/** The pull request calls the action makes (REST, through Octokit). */
export interface PullRequestApi {
  /** The open pull request from `branch` (in this repository) into `base`, if there is one. */
  findOpen(branch: string, base: string): Promise<PullRequestRef | undefined>;
  create(request: {
    branch: string;
    base: string;
    title: string;
    body: string;
    draft: boolean;
  }): Promise<PullRequestRef>;
  update(number: number, change: { title: string; body: string }): Promise<void>;
  close(number: number): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<void>;
}

const ALLOW_SETTING =
  "turn on 'Allow GitHub Actions to create and approve pull requests' (repository or organization Settings > Actions > General > Workflow permissions), or pass a GitHub App or personal access token in 'token'";

/** An HTTP error from Octokit (a `RequestError`), recognised by shape so the bundle needs no import of it. */
function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? status : undefined;
}

/**
 * Turn an API failure into one sentence that says which `permissions:` entry or repository setting is
 * missing. `doing` completes "Could not ..." (e.g. "create the pull request from 'a' into 'b'").
 */
export function explainApiError(error: unknown, doing: string, repository: RepositoryRef): Error {
  const status = httpStatus(error);
  const where = `${repository.owner}/${repository.repo}`;
  const detail = errorMessage(error);
  switch (status) {
    case 401:
      return new UserError(`Could not ${doing}: the token was rejected (HTTP 401); check the 'token' input.`);
    case 403:
      if (/not permitted to create or approve pull requests/i.test(detail)) {
        return new UserError(
          `Could not ${doing}: GitHub Actions may not create pull requests in ${where}; ${ALLOW_SETTING}.`,
        );
      }
      return new UserError(
        `Could not ${doing} (HTTP 403: ${detail}); give the job 'permissions: pull-requests: write' and 'contents: write', and if it is still refused, ${ALLOW_SETTING}.`,
      );
    case 404:
      return new UserError(
        `Could not ${doing}: ${where} was not found with this token (HTTP 404); give the job 'permissions: pull-requests: write' and 'contents: write', or pass a token that can see the repository.`,
      );
    case 422:
      return new UserError(
        `Could not ${doing}: GitHub rejected the request (HTTP 422: ${detail}); check that the 'base' branch exists in ${where} and differs from the pull request branch.`,
      );
    default:
      return error instanceof Error ? error : new Error(detail);
  }
}

/** The pull request API of `repository` through Octokit at `apiUrl`. */
export function octokitPullRequestApi(
  token: string,
  apiUrl: string,
  repository: RepositoryRef,
): PullRequestApi {
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  const repo = { owner: repository.owner, repo: repository.repo };
  const call = async <T>(doing: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw explainApiError(error, doing, repository);
    }
  };
  return {
    findOpen: (branch, base) =>
      call(`list the open pull requests from '${branch}'`, async () => {
        const pulls = await octokit.paginate(octokit.rest.pulls.list, {
          ...repo,
          state: "open",
          head: `${repository.owner}:${branch}`,
          base,
          per_page: 100,
        });
        const pull = pulls.find((p) => p.head.ref === branch && p.base.ref === base);
        return pull ? { number: pull.number, url: pull.html_url } : undefined;
      }),
    create: (request) =>
      call(`create the pull request from '${request.branch}' into '${request.base}'`, async () => {
        const { data } = await octokit.rest.pulls.create({
          ...repo,
          head: request.branch,
          base: request.base,
          title: request.title,
          body: request.body,
          draft: request.draft,
        });
        return { number: data.number, url: data.html_url };
      }),
    update: (number, change) =>
      call(`update pull request #${number}`, async () => {
        await octokit.rest.pulls.update({
          ...repo,
          pull_number: number,
          title: change.title,
          body: change.body,
        });
      }),
    close: (number) =>
      call(`close pull request #${number}`, async () => {
        await octokit.rest.pulls.update({ ...repo, pull_number: number, state: "closed" });
      }),
    addLabels: (number, labels) =>
      call(`add labels to pull request #${number}`, async () => {
        await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels });
      }),
  };
}
