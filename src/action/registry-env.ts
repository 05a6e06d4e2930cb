/**
 * The environment online verification may read registry credentials from (the variables a config's
 * `tokenEnv`/`passwordEnv` name, `DOCKER_CONFIG`, proxies): the step's environment without the action's
 * inputs (`INPUT_*`, which hold the `token`) and the runner's own tokens. A config file comes from the
 * checked-out tree, which may be a pull request's; it must not be able to send the workflow's tokens to
 * a registry it names. Credentials meant for registries are passed in the step's `env:`.
 */
export function registryEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^INPUT_/i.test(name) || RUNNER_TOKENS.has(name.toUpperCase())) continue;
    kept[name] = value;
  }
  return kept;
}

const RUNNER_TOKENS = new Set([
  "GITHUB_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_CACHE_URL",
]);
