/** Path of the generated module (src/config/presets.generated.ts). */
export declare const generatedPath: string;
/** The text of the generated module for the YAML files in `presetsDir` (default: presets/). */
export declare function renderPresetsModule(presetsDir?: string): string;
