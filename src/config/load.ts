import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isMap, isSeq, type Node } from "yaml";
import type { z } from "zod";
import { readConfined } from "../fs/safe-read.js";
import type { PartSource } from "../locate/helm/learned.js";
import type { Rule } from "../resolver/types.js";
import { ConfigError } from "./errors.js";
import { formatPath, type IssuePath, problemsFromIssue } from "./format-issue.js";
import { DEFAULT_PRESET, getPreset, parsePresetList } from "./presets.js";
import { toRule } from "./rules.js";
import { configSchema, type MirrorizeConfig } from "./schema.js";
import { DEFAULT_LIMITS, type RegistrySettings, type Settings } from "./types.js";
import { configData, parseConfigYaml } from "./untrusted-yaml.js";

/** File names looked for, in each directory, from the scanned path upward. */
export const CONFIG_FILE_NAMES = [".mirrorize.yaml", ".mirrorize.yml"] as const;

export interface LoadOptions {
  /** Directory that relative paths (and the names in messages) are relative to. */
  cwd: string;
  /** The scanned paths (files or directories); the config file is searched upward from them. */
  paths?: string[];
  /** An explicit config file (`--config`); no search then. */
  configFile?: string;
  /** `--preset`: one name or a comma-separated list; replaces the config file's `preset`. */
  preset?: string;
  /** How the user gave `configFile`, for messages (default: "the --config path"). */
  configSource?: string;
}

export interface FromObjectOptions {
  /** `--preset`-like override of the object's `preset`. */
  preset?: string;
}

// ---------------------------------------------------------------------------------------------------
// Locating the config file

function findInDirectory(dir: string, cwd: string): string | undefined {
  const found = CONFIG_FILE_NAMES.map((n) => join(dir, n)).filter((p) => existsSync(p));
  if (found.length > 1) {
    throw new ConfigError(
      `Both ${found.map((p) => displayPath(p, cwd)).join(" and ")} exist; keep one of them.`,
      { file: displayPath(found[0] as string, cwd) },
    );
  }
  return found[0];
}

/**
 * The config file for one scanned path: `.mirrorize.yaml` (or `.yml`) in the path's directory or the
 * nearest parent. The search stops at the repository root (the first directory holding `.git`,
 * searched itself) or at the filesystem root.
 */
export function findConfigFile(path: string, cwd: string): string | undefined {
  const absolute = resolve(cwd, path);
  let dir = isDirectory(absolute) ? absolute : dirname(absolute);
  for (;;) {
    const found = findInDirectory(dir, cwd);
    if (found !== undefined) return found;
    if (existsSync(join(dir, ".git"))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `path` relative to `cwd`, `/`-separated (absolute when outside of it on another drive). */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === "" || isAbsolute(rel)) return path.split(sep).join("/");
  return rel.split(sep).join("/");
}

function discover(paths: readonly string[], cwd: string): string | undefined {
  let chosen: { file: string | undefined; path: string } | undefined;
  for (const path of paths.length > 0 ? paths : ["."]) {
    const file = findConfigFile(path, cwd);
    if (chosen !== undefined && chosen.file !== file) {
      const a = chosen.file ? displayPath(chosen.file, cwd) : "no config file";
      const b = file ? displayPath(file, cwd) : "no config file";
      throw new ConfigError(
        `The paths ${chosen.path} and ${path} use different configs (${a}, ${b}); scan them separately or pass --config.`,
      );
    }
    chosen = { file, path };
  }
  return chosen?.file;
}

// ---------------------------------------------------------------------------------------------------
// Validation

type SchemaNode = z.core.$ZodType;

/** The schemas that may describe the value at `path` (unions give several). */
function schemasAt(root: SchemaNode, path: IssuePath): SchemaNode[] {
  let current: SchemaNode[] = [root];
  for (const segment of path) {
    current = current.flatMap(unwrap).flatMap((schema) => {
      const def = schema._zod.def as unknown as Record<string, unknown>;
      if (def.type === "object" && typeof segment === "string") {
        const child = (def.shape as Record<string, SchemaNode>)[segment];
        return child ? [child] : [];
      }
      if (def.type === "array" && typeof segment === "number") return [def.element as SchemaNode];
      return [];
    });
  }
  return current.flatMap(unwrap);
}

function unwrap(schema: SchemaNode): SchemaNode[] {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return unwrap(def.innerType as SchemaNode);
    case "union":
      return (def.options as SchemaNode[]).flatMap(unwrap);
    default:
      return [schema];
  }
}

function allowedKeys(path: IssuePath): string[] | undefined {
  const keys = schemasAt(configSchema, path).flatMap((schema) => {
    const def = schema._zod.def as unknown as Record<string, unknown>;
    return def.type === "object" ? Object.keys(def.shape as object) : [];
  });
  return keys.length > 0 ? [...new Set(keys)] : undefined;
}

/** Offset of the key (or item) at `path` in the YAML document, or of the deepest part of it that exists. */
function offsetOf(root: Node | null | undefined, path: IssuePath): number | undefined {
  let node: unknown = root;
  let offset = (root as Node | undefined)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const key = p.key as { value?: unknown } | null;
        return (key && typeof key === "object" ? key.value : key) === segment;
      });
      if (pair === undefined) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (item === undefined) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

interface Located {
  /** Name of the file (or origin) for messages. */
  label: string;
  /** 1-based line of the key at `path`, when the source has lines. */
  lineOf?: (path: IssuePath) => number | undefined;
}

/** Validate `data` with the config schema; a problem becomes a ConfigError naming file, line and key. */
function validate(data: unknown, where: Located): MirrorizeConfig {
  const result = configSchema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues
    .flatMap((issue) => problemsFromIssue(issue, [], allowedKeys))
    .map((p) => ({ ...p, line: where.lineOf?.(p.path) }));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const first = problems[0];
  if (first === undefined) throw new ConfigError(`${where.label}: the configuration is invalid.`);
  const prefix = first.line !== undefined ? `${where.label}:${first.line}` : where.label;
  const others = problems.length - 1;
  const more = others > 0 ? ` (and ${others} more problem${others > 1 ? "s" : ""})` : "";
  // A question ("did you mean rules?") keeps its mark when it ends the message.
  const body = first.message.replace(/\.$/, "");
  const end = body.endsWith("?") && more === "" ? "" : ".";
  const message = `${prefix}: ${body}${more}${end}`;
  throw new ConfigError(message, { file: where.label, line: first.line, key: formatPath(first.path) });
}

// ---------------------------------------------------------------------------------------------------
// Settings

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

type HelmImageEntry = NonNullable<NonNullable<MirrorizeConfig["helm"]>["images"]>[number];

/** `a.b|c|=text` as sources: values paths, and fixed text after `=`. */
function sources(spec: string): PartSource[] {
  return spec.split("|").map((s) => (s.startsWith("=") ? { literal: s.slice(1) } : { values: s.split(".") }));
}

/** A `helm.images` entry as the composition the Helm locator takes (src/locate/helm/learned.ts). */
function helmImage(entry: HelmImageEntry, index: number): NonNullable<Settings["helm"]["images"]>[number] {
  return {
    image: entry.path.split("."),
    name: entry.name.map(sources),
    ...(entry.tag === undefined ? {} : { tag: sources(entry.tag) }),
    ...(entry.digest === undefined ? {} : { digest: sources(entry.digest) }),
    ...(entry.digestPrefix === undefined ? {} : { digestPrefix: entry.digestPrefix }),
    ...(entry.digestReplacesTag === undefined ? {} : { digestReplacesTag: entry.digestReplacesTag }),
    ...(entry.suffix === undefined ? {} : { nameSuffix: entry.suffix }),
    ...(entry.chart === undefined ? {} : { chart: entry.chart }),
    origin: `config helm.images[${index}]`,
  };
}

function buildSettings(
  config: MirrorizeConfig,
  options: { configFile?: string; ruleOrigin: (index: number) => string; presets: string[] },
): Settings {
  const ownRules: Rule[] = (config.rules ?? []).map((rule, i) => toRule(rule, options.ruleOrigin(i)));
  const presetRules = options.presets.flatMap((name) => getPreset(name)?.rules ?? []);
  const settings: Settings = {
    presets: options.presets,
    rules: [...ownRules, ...presetRules],
    exclude: config.exclude ?? [],
    files: {
      include: config.files?.include ?? [],
      exclude: config.files?.exclude ?? [],
      helmValues: config.files?.helmValues ?? [],
      ...(config.files?.valuesNames === undefined ? {} : { valuesNames: config.files.valuesNames }),
    },
    fields: (config.fields ?? []).map((f) => ({
      kind: f.kind,
      path: f.path,
      ...(f.group === undefined ? {} : { group: f.group }),
      ...(f.format === undefined ? {} : { format: f.format }),
    })),
    embedded: config.embedded ?? "report",
    verify: config.verify ?? "off",
    pin: config.pin ?? false,
    helm: {
      allowInsecureImages: config.helm?.allowInsecureImages ?? false,
      ...(config.helm?.images ? { images: config.helm.images.map((entry, i) => helmImage(entry, i)) } : {}),
    },
    limits: { ...DEFAULT_LIMITS, ...config.limits },
    mode: config.mode ?? "fix",
    registries: registrySettings(config.registries),
  };
  if (config.lockFile !== undefined) settings.lockFile = config.lockFile;
  if (options.configFile !== undefined) settings.configFile = options.configFile;
  return settings;
}

/** `registries` with defaults; a list of trusted realms applies to every registry (`*`). */
function registrySettings(config: MirrorizeConfig["registries"]): RegistrySettings {
  const realms = config?.trustedRealms;
  const settings: RegistrySettings = {
    insecure: config?.insecure ?? [],
    trustedRealms: Array.isArray(realms) ? { "*": realms } : { ...realms },
    credentials: { ...config?.credentials },
  };
  if (config?.timeout !== undefined) settings.timeout = config.timeout;
  if (config?.deadline !== undefined) settings.deadline = config.deadline;
  return settings;
}

/** The settings when there is no config file: the default preset (or `--preset`). */
export function defaultSettings(preset?: string): Settings {
  const presets = preset === undefined ? [DEFAULT_PRESET] : parsePresetList(preset);
  return buildSettings({}, { ruleOrigin: () => "", presets });
}

/** Parse and validate config text; `label` names the file in messages. */
export function settingsFromText(text: string, label: string, options: FromObjectOptions = {}): Settings {
  const { doc, lineCounter } = parseConfigYaml(text, label);
  const lineOf = (path: IssuePath) => {
    const offset = offsetOf(doc.contents as Node | null, path);
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const data = configData(doc, label, { lineOf: (offset) => lineCounter.linePos(offset).line });
  const config = validate(data, { label, lineOf });
  const presets = options.preset !== undefined ? parsePresetList(options.preset) : toArray(config.preset);
  return buildSettings(config, {
    configFile: label,
    ruleOrigin: (i) => `${label}:${lineOf(["rules", i]) ?? 1}`,
    presets,
  });
}

/**
 * Settings from an already parsed object, e.g. a KRM `functionConfig` (`MirrorizeConfig`). Validated
 * with the same schema; messages start with `origin` (no line numbers). Without `preset` in the object
 * (or `options.preset`), only the object's own rules apply.
 */
export function settingsFromObject(obj: unknown, origin: string, options: FromObjectOptions = {}): Settings {
  const config = validate(obj, { label: origin });
  const presets = options.preset !== undefined ? parsePresetList(options.preset) : toArray(config.preset);
  return buildSettings(config, { ruleOrigin: (i) => `${origin} rules[${i}]`, presets });
}

/**
 * Load the settings for a scan: the config file (`configFile`, or `.mirrorize.yaml`/`.yml` found upward
 * from `paths`, stopping at the repository root), its preset(s) unless `preset` replaces them. No config
 * file at all gives the default preset `daocloud`. Problems are ConfigErrors.
 */
export async function loadSettings(options: LoadOptions): Promise<Settings> {
  const { cwd } = options;
  let file: string | undefined;
  if (options.configFile !== undefined) {
    file = resolve(cwd, options.configFile);
    if (!existsSync(file)) {
      throw new ConfigError(
        `The config file ${options.configFile} does not exist; check ${options.configSource ?? "the --config path"}.`,
        {
          file: options.configFile,
        },
      );
    }
  } else {
    file = discover(options.paths ?? [], cwd);
  }
  if (file === undefined) return defaultSettings(options.preset);
  const label = displayPath(file, cwd);
  // The config file may be a link, but only to a file inside the repository: a pull request's
  // `.mirrorize.yaml -> /proc/self/environ` must not put the runner's environment into an error.
  const read = await readConfined(file, {
    roots: configRoots(file, cwd),
    label,
    what: "config file",
    maxSize: MAX_CONFIG_SIZE,
  });
  if (!read.ok) throw new ConfigError(read.message, { file: label });
  return settingsFromText(read.text, label, options.preset !== undefined ? { preset: options.preset } : {});
}

/** The largest config file read (a config is a few kilobytes; the cap stops `/dev/zero`-like files). */
export const MAX_CONFIG_SIZE = 1024 * 1024;

/**
 * Where a config file may lead: a config inside the current folder stays inside it; one outside it (a
 * `.mirrorize.yaml` found upward from the scanned path, or a `--config` written outside the current
 * folder, the user's own choice) stays inside the folder it is in.
 */
function configRoots(file: string, cwd: string): string[] {
  return [isInsideCwd(file, cwd) ? cwd : dirname(file)];
}

function isInsideCwd(file: string, cwd: string): boolean {
  const rel = relative(cwd, file);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
