/**
 * The KRM function adapter (DESIGN.md §8): a ResourceList in, the same ResourceList out with image
 * references rewritten and `results[]`; also the kustomize exec-plugin protocol. Pure: no I/O.
 */
export { type FunctionSettings, settingsFromFunctionConfig } from "./function-config.js";
export { RESOURCE_LIST_VERSIONS } from "./resource-list.js";
export { type PluginConfig, type RunOptions, runExecPlugin, runResourceList } from "./run.js";
export type { KrmOutput, KrmResult, ResourceRef } from "./types.js";
