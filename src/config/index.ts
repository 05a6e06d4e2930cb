/**
 * Configuration: `.mirrorize.yaml` discovery, validation (one zod schema, strict) and the built-in
 * presets, resolved into `Settings`.
 */
export { ConfigError } from "./errors.js";
export {
  CONFIG_FILE_NAMES,
  defaultSettings,
  type FromObjectOptions,
  findConfigFile,
  type LoadOptions,
  loadSettings,
  settingsFromObject,
  settingsFromText,
} from "./load.js";
export { DEFAULT_PRESET, getPreset, listPresets, type Preset, parsePresetList } from "./presets.js";
export {
  API_VERSION,
  configJsonSchema,
  configSchema,
  KIND,
  type MirrorizeConfig,
  PRESET_NAMES,
} from "./schema.js";
export type { Limits, RegistryCredentialRef, RegistrySettings, Settings, VerifyLevel } from "./types.js";
export { DEFAULT_LIMITS } from "./types.js";
