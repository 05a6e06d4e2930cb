import { defaultSettings, getPreset, settingsFromObject } from "../../src/config/index.js";
import type { Settings } from "../../src/config/types.js";

/** Settings as with no config file (the default preset), with overrides. */
export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}

export { getPreset, settingsFromObject };
