import {
  API_VERSION,
  ConfigError,
  DEFAULT_PRESET,
  defaultSettings,
  KIND,
  type Settings,
  settingsFromObject,
} from "../config/index.js";
import { configData, parseConfigYaml } from "../config/untrusted-yaml.js";

/** ConfigMap `data` keys and how their string values are read. */
const CONFIGMAP_KEYS: Record<string, "list" | "yaml" | "string"> = {
  preset: "list",
  rules: "yaml",
  exclude: "yaml",
  fields: "yaml",
  mode: "string",
  embedded: "string",
};

/** Settings of one function run and the warnings they deserve. */
export interface FunctionSettings {
  settings: Settings;
  /** Problems that do not stop the function (settings it cannot honour, a config that does nothing). */
  warnings: string[];
}

/**
 * Settings from a KRM `functionConfig` (already converted to plain data):
 * - none (or an empty object): the default preset;
 * - a `MirrorizeConfig` (`mirrorize.dev/v1alpha1`): the `.mirrorize.yaml` schema, same meaning;
 * - a `ConfigMap`: `data.preset` (default: the default preset; a comma-separated list allowed),
 *   `data.rules`, `data.exclude`, `data.fields` (YAML strings), `data.mode`, `data.embedded`.
 * Anything else is a ConfigError whose `key` is the path of the offending field in the functionConfig.
 */
export function settingsFromFunctionConfig(config: unknown, origin = "functionConfig"): FunctionSettings {
  if (config === undefined || config === null || isEmptyObject(config)) {
    return { settings: defaultSettings(), warnings: [] };
  }
  if (!isRecord(config)) {
    throw new ConfigError(
      `${origin} must be a MirrorizeConfig or a ConfigMap object; remove it or give it a kind.`,
      { key: "" },
    );
  }
  const kind = config.kind;
  let settings: Settings;
  if (kind === KIND) {
    settings = settingsFromObject(config, origin);
  } else if (kind === "ConfigMap") {
    settings = fromConfigMap(config, origin);
  } else {
    throw new ConfigError(
      `${origin} must be a ${KIND} (apiVersion ${API_VERSION}) or a ConfigMap, not ${
        typeof kind === "string" ? `a ${kind}` : "an object without a kind"
      }; change its kind.`,
      { key: "kind" },
    );
  }
  return { settings, warnings: warningsFor(settings, origin) };
}

function fromConfigMap(config: Record<string, unknown>, origin: string): Settings {
  const data = config.data ?? {};
  if (!isRecord(data)) {
    throw new ConfigError(`${origin} data must be a map of settings (preset, rules, mode, ...).`, {
      key: "data",
    });
  }
  const object: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const how = CONFIGMAP_KEYS[key];
    if (how === undefined) {
      throw new ConfigError(
        `${origin} data.${key} is not a setting; use ${Object.keys(CONFIGMAP_KEYS).join(", ")}.`,
        { key: `data.${key}` },
      );
    }
    object[key] = readValue(key, value, how, origin);
  }
  if (object.preset === undefined) object.preset = [DEFAULT_PRESET];
  try {
    return settingsFromObject(object, `${origin} data`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // `rules[1].mirror` inside the YAML string of data.rules is the field data.rules to the orchestrator.
    const top = /^[^.[]+/.exec(error.key ?? "")?.[0];
    throw new ConfigError(error.message, { key: top === undefined ? "data" : `data.${top}` });
  }
}

function readValue(key: string, value: unknown, how: "list" | "yaml" | "string", origin: string): unknown {
  if (typeof value !== "string") return value;
  switch (how) {
    case "list":
      return value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
    case "yaml":
      try {
        const { doc } = parseConfigYaml(value, `${origin} data.${key}`, false);
        return configData(doc, `${origin} data.${key}`);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        throw new ConfigError(error.message, { key: `data.${key}` });
      }
    default:
      return value;
  }
}

/** What the function cannot do with these settings, said once per run. */
function warningsFor(settings: Settings, origin: string): string[] {
  const warnings: string[] = [];
  if (settings.rules.length === 0) {
    warnings.push(
      `${origin} names no preset and no rules, so nothing is rewritten; add \`preset: ${DEFAULT_PRESET}\` or rules.`,
    );
  }
  return warnings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmptyObject(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length === 0;
}
