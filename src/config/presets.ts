import { parse as parseYaml } from "yaml";
import type { Rule } from "../resolver/types.js";
import { ConfigError } from "./errors.js";
import { PRESET_SOURCES } from "./presets.generated.js";
import { toRule } from "./rules.js";
import { PRESET_NAMES, presetSchema } from "./schema.js";

/** A built-in preset (`presets/<name>.yaml`), dated and sourced. */
export interface Preset {
  name: string;
  description: string;
  /** Date the table was last checked against its sources (YYYY-MM-DD). */
  checked: string;
  /** URLs of the mirror project / articles the table comes from. */
  source: string[];
  /** The rules, with origin `preset <name>`. */
  rules: Rule[];
}

/** The default preset when there is no config file at all. */
export const DEFAULT_PRESET = "daocloud";

let loaded: Map<string, Preset> | undefined;

function loadPreset(name: string, text: string): Preset {
  const data = presetSchema.safeParse(parseYaml(text));
  if (!data.success) {
    // The bundled presets are tested; reaching this is a build bug, not a user error.
    throw new Error(`The bundled preset ${name} is invalid: ${data.error.message}`);
  }
  const preset = data.data;
  if (preset.name !== name)
    throw new Error(`The bundled preset file ${name}.yaml names itself ${preset.name}.`);
  const origin = `preset ${name}`;
  return {
    name,
    description: preset.description,
    checked: preset.checked,
    source: Array.isArray(preset.source) ? preset.source : [preset.source],
    rules: preset.rules.map((rule) => toRule(rule, origin)),
  };
}

function presets(): Map<string, Preset> {
  if (loaded === undefined) {
    loaded = new Map();
    for (const name of PRESET_NAMES) loaded.set(name, loadPreset(name, PRESET_SOURCES[name] as string));
  }
  return loaded;
}

/** Every built-in preset, by name. */
export function listPresets(): Preset[] {
  return [...presets().values()];
}

/** The built-in preset `name`, or undefined. */
export function getPreset(name: string): Preset | undefined {
  return presets().get(name);
}

/**
 * Parse a `--preset` value: one name or a comma-separated list. An unknown name is a ConfigError that
 * lists the known ones.
 */
export function parsePresetList(value: string, where = "--preset"): string[] {
  const names = value
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0) {
    throw new ConfigError(`${where} needs a preset name; known presets: ${PRESET_NAMES.join(", ")}.`, {
      key: where,
    });
  }
  for (const name of names) {
    if (!presets().has(name)) {
      throw new ConfigError(
        `${where}: unknown preset "${name}"; known presets: ${PRESET_NAMES.join(", ")}.`,
        {
          key: where,
        },
      );
    }
  }
  return names;
}
