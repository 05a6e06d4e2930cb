import { isMap, type LineCounter, type YAMLMap } from "yaml";
import { ConfigError, type Settings } from "../config/index.js";
import { configData, parseConfigYaml } from "../config/untrusted-yaml.js";
import { applyEdits } from "../edit/index.js";
import { markCollisions } from "../engine/collisions.js";
import { type Finding, planContext, planFile } from "../engine/index.js";
import type { PlannedResolution } from "../engine/plan.js";
import { rewrittenReferences } from "../engine/verify.js";
import { nodeAt } from "../locate/yaml-nodes.js";
import { createResolver } from "../resolver/index.js";
import { settingsFromFunctionConfig } from "./function-config.js";
import {
  emptyResourceList,
  offsetOf,
  parseResourceList,
  parseStream,
  resourceRefOf,
  type Unit,
  unitAt,
  withResults,
} from "./resource-list.js";
import type { KrmOutput, KrmResult, ResourceRef } from "./types.js";

/**
 * The KRM function: read a ResourceList, rewrite the image references of its items (in `fix` mode)
 * and answer the same ResourceList with `results`. Only image scalars change; items keep their order,
 * annotations, comments and formatting. Pure: no I/O, no network.
 */
export function runResourceList(input: string, options: RunOptions = {}): KrmOutput {
  const parsed = parseResourceList(input);
  if (!parsed.ok) return unreadable(input, parsed.message);
  const { list } = parsed;
  const configNode = nodeAt(list.root, "functionConfig");
  const configRef = isMap(configNode) ? resourceRefOf(configNode as YAMLMap) : undefined;
  let settings: Settings;
  const results: KrmResult[] = [];
  try {
    // An alias bomb in the functionConfig is a config error (an `error` result), like any other.
    const config =
      configNode === undefined
        ? undefined
        : configData(list.doc, "functionConfig", {
            node: configNode,
            lineOf: (offset) => list.lineCounter.linePos(offset).line,
          });
    const found = settingsFromFunctionConfig(config);
    settings = found.settings;
    for (const message of found.warnings) results.push(withRef({ message, severity: "warning" }, configRef));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const result = configResult(error, configRef);
    return answer(withResults(input, list.root, [result]), [result]);
  }
  const planned = plan(input, list.units, list.lineCounter, settings, options, (after) => {
    const again = parseResourceList(after);
    return again.ok && again.list.units.length === list.units.length ? again.list : undefined;
  });
  if (planned.pending) return pendingOutput(settings, planned.pending);
  results.push(...planned.results);
  // The results go into the edited text, at the root map of its verified parse.
  const root = planned.after?.root ?? list.root;
  return answer(withResults(planned.text, root, results), results);
}

/** Options of a run: the verified resolutions of a second pass (see `KrmOutput.verification`). */
export interface RunOptions {
  resolutions?: Record<string, PlannedResolution>;
}

/** Whether the settings ask for online verification or pinning (the caller then runs a second pass). */
function needsVerification(settings: Settings): boolean {
  return settings.verify !== "off" || settings.pin;
}

/** The answer of a first pass that needs verification before it can rewrite anything. */
function pendingOutput(settings: Settings, references: string[]): KrmOutput {
  return { stdout: "", stderr: [], exitCode: 0, results: [], verification: { settings, references } };
}

/** The config of a kustomize exec plugin: the file kustomize passes as the first argument. */
export interface PluginConfig {
  text: string;
  /** How messages name it, e.g. `MirrorizeConfig mirrorize`. */
  label?: string;
}

/**
 * The kustomize exec-plugin protocol (what `kubectl kustomize --enable-alpha-plugins` can run): the
 * resources arrive as a multi-document YAML stream, the plugin config in a file; the answer is the
 * stream with image references rewritten. Problems go to stderr only (the protocol has no results).
 */
export function runExecPlugin(
  input: string,
  pluginConfig: PluginConfig,
  options: RunOptions = {},
): KrmOutput {
  let settings: Settings;
  const results: KrmResult[] = [];
  let config: unknown;
  try {
    const { doc } = parseConfigYaml(pluginConfig.text, "the plugin config", false);
    config = configData(doc, "the plugin config");
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(`${error.message.replace(/\.$/, "")}; check the file listed under transformers:.`);
  }
  const origin = pluginConfig.label ?? labelOf(config);
  try {
    const found = settingsFromFunctionConfig(config, origin);
    settings = found.settings;
    for (const message of found.warnings) results.push({ message, severity: "warning" });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(error.message);
  }
  const stream = parseStream(input);
  const planned = plan(input, stream.units, stream.lineCounter, settings, options, (after) => {
    const again = parseStream(after);
    return again.errors === 0 && again.units.length === stream.units.length ? again : undefined;
  });
  if (planned.pending) return pendingOutput(settings, planned.pending);
  results.push(...planned.results);
  return answer(planned.text, results);
}

/**
 * Plan, check collisions, apply (in `fix` mode) and verify; results for every rewrite and problem.
 * `reparse` reads the edited text back, or returns undefined when it is not the same resources.
 */
function plan<T>(
  input: string,
  units: readonly Unit[],
  lineCounter: LineCounter,
  settings: Settings,
  options: RunOptions,
  reparse: (after: string) => T | undefined,
): { text: string; results: KrmResult[]; after?: T; pending?: string[] } {
  const ctx = planContext(settings, createResolver(settings), settings.mode, options.resolutions);
  const filePlan = planFile("input", input, "manifest", ctx);
  if (needsVerification(settings) && options.resolutions === undefined) {
    return { text: input, results: [], pending: rewrittenReferences(filePlan.findings) };
  }
  markCollisions([filePlan]);
  const results = filePlan.findings
    .filter((f) => f.kind === "rewrite" || f.severity !== "info")
    .map((f) => resultOf(f, unitAt(units, offsetOf(input, lineCounter, f.line, f.column))));
  if (ctx.mode !== "fix" || !filePlan.editable || filePlan.edits.length === 0)
    return { text: input, results };
  const after = applyEdits(input, filePlan.edits);
  const parsed = reparse(after);
  if (parsed === undefined) {
    results.push({
      message:
        "The rewritten resources did not parse back into the same resources, so nothing was changed (a bug; please report it with the input).",
      severity: "error",
    });
    return { text: input, results };
  }
  return { text: after, results, after: parsed };
}

function resultOf(finding: Finding, unit: Unit | undefined): KrmResult {
  const result: KrmResult = { message: finding.message, severity: finding.severity };
  if (unit?.ref) result.resourceRef = unit.ref;
  if (finding.field !== "") {
    result.field = { path: relativeField(finding.field, unit?.prefix ?? "") };
    if (finding.from !== undefined) result.field.currentValue = finding.from;
    if (finding.to !== undefined) result.field.proposedValue = finding.to;
  }
  if (unit?.file) result.file = unit.file;
  return result;
}

/** `items[2].spec.containers[0].image` → `spec.containers[0].image` for the item `items[2]`. */
function relativeField(field: string, prefix: string): string {
  if (prefix === "" || !field.startsWith(prefix)) return field;
  const rest = field.slice(prefix.length);
  return rest.startsWith(".") ? rest.slice(1) : rest;
}

function configResult(error: ConfigError, ref: ResourceRef | undefined): KrmResult {
  const result = withRef({ message: error.message, severity: "error" }, ref);
  if (error.key) result.field = { path: error.key };
  return result;
}

function withRef(result: KrmResult, ref: ResourceRef | undefined): KrmResult {
  return ref ? { ...result, resourceRef: ref } : result;
}

/** The final answer: exit 1 when an error result exists; warnings and errors also on stderr. */
function answer(stdout: string, results: KrmResult[]): KrmOutput {
  return {
    stdout,
    results,
    stderr: results.filter((r) => r.severity !== "info").map(describe),
    exitCode: results.some((r) => r.severity === "error") ? 1 : 0,
  };
}

/** Input that is not a ResourceList: a fresh ResourceList with only the error result, exit 1. */
function unreadable(input: string, message: string): KrmOutput {
  const result: KrmResult = { message: capitalize(message), severity: "error" };
  return {
    stdout: emptyResourceList([result], input.trimStart().startsWith("{")),
    stderr: [`error: ${message}`],
    exitCode: 1,
    results: [result],
  };
}

/** A failure of the exec-plugin protocol: nothing on stdout, the message on stderr, exit 1. */
function fail(message: string): KrmOutput {
  return {
    stdout: "",
    stderr: [`error: ${message}`],
    exitCode: 1,
    results: [{ message, severity: "error" }],
  };
}

/** `error: Deployment/web (apps/web.yaml) spec.template.spec.containers[0].image: <message>` */
function describe(result: KrmResult): string {
  const ref = result.resourceRef ? `${result.resourceRef.kind}/${result.resourceRef.name}` : "";
  const file = result.file ? ` (${result.file.path})` : "";
  const field = result.field?.path ? ` ${result.field.path}` : "";
  const where = `${ref}${file}${field}`.trim();
  return `${result.severity}: ${where ? `${where}: ` : ""}${result.message}`;
}

function labelOf(config: unknown): string {
  if (typeof config !== "object" || config === null) return "the plugin config";
  const { kind, metadata } = config as { kind?: unknown; metadata?: { name?: unknown } };
  const name = typeof metadata?.name === "string" ? ` ${metadata.name}` : "";
  return typeof kind === "string" ? `${kind}${name}` : "the plugin config";
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
