import { parse as parseYaml } from "yaml";
import { excerpt } from "../report/escape.js";
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

/** Presets parsed so far: each is parsed and validated the first time it is asked for. */
const loaded = new Map<string, Preset>();

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

function preset(name: string): Preset | undefined {
  if (!Object.hasOwn(PRESET_SOURCES, name)) return undefined;
  const source = PRESET_SOURCES[name] as string;
  let found = loaded.get(name);
  if (found === undefined) {
    found = loadPreset(name, source);
    loaded.set(name, found);
  }
  return found;
}

/** Every built-in preset, by name. */
export function listPresets(): Preset[] {
  return PRESET_NAMES.map((name) => preset(name)!);
}

/** The built-in preset `name`, or undefined. */
export function getPreset(name: string): Preset | undefined {
  return preset(name);
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
    if (!(PRESET_NAMES as readonly string[]).includes(name)) {
      throw new ConfigError(
        `${where}: unknown preset ${excerpt(name)}; known presets: ${PRESET_NAMES.join(", ")}.`,
        {
          key: where,
        },
      );
    }
  }
  return names;
}
