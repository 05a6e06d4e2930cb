import { describe, expect, it } from "vitest";
import { registryEnvironment } from "../../src/action/registry-env.js";

describe("registryEnvironment", () => {
  it("drops the action's inputs and the runner's tokens, keeps the step's own variables", () => {
    const env = registryEnvironment({
      INPUT_TOKEN: "t",
      "INPUT_COMMIT-MESSAGE": "m",
      GITHUB_TOKEN: "t",
      ACTIONS_RUNTIME_TOKEN: "r",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "o",
      ACTIONS_ID_TOKEN_REQUEST_URL: "u",
      MIRROR_TOKEN: "keep",
      DOCKER_CONFIG: "/home/runner/.docker",
      HTTPS_PROXY: "http://proxy:3128",
      GITHUB_REPOSITORY: "o/r",
    });
    expect(env).toEqual({
      MIRROR_TOKEN: "keep",
      DOCKER_CONFIG: "/home/runner/.docker",
      HTTPS_PROXY: "http://proxy:3128",
      GITHUB_REPOSITORY: "o/r",
    });
  });
});
