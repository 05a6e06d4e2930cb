import type { YAMLMap } from "yaml";
import type { Settings } from "../config/types.js";
import { type Edit, normalizeEdits } from "../edit/index.js";
import { aliasBomb, checkTextLimits, MAX_ALIAS_EXPANSION, noteStackExhausted } from "../limits/index.js";
import { BUILTIN_FIELD_SPECS, type CompiledSpec } from "../locate/field-specs.js";
import type { ChartInfo } from "../locate/helm/chart.js";
import { mayHoldImages } from "../locate/imageless-kinds.js";
import {
  classifyDocument,
  compileSpecs,
  type FileRole,
  formatOf,
  type ImageSite,
  locateDocument,
  type ValuesBasis,
} from "../locate/index.js";
import { describeKustomization, type KustomizationEntry, nameRewrites } from "../locate/kustomization.js";
import { imageReplacements } from "../locate/kustomize-patches.js";
import type { ChartTemplates } from "../locate/template/chart.js";
import { locateTemplate } from "../locate/template/index.js";
import type { ChartSetting } from "../locate/types.js";
import { type ValuesNames, valuesNamesOf } from "../locate/values-files.js";
import { parseNormalized, name as refName } from "../reference/index.js";
import type { Resolution, ResolutionStatus } from "../resolver/types.js";
import { isFastDocument } from "./fast-yaml.js";
import { ignoreCommentLine } from "./ignore.js";
import { blankImageless, imagelessRanges } from "./imageless.js";
import { fastDocuments, slowDocuments } from "./parse.js";
import { findingAt, type Positioner, positioner } from "./position.js";
import { compilePrefilter, type Prefilter } from "./prefilter.js";
import type { Finding, Severity } from "./types.js";

/**
 * A resolution as the engine plans it: the resolver's own, or one decided by online verification
 * (`verifyScan`, src/engine/verify.ts). `verify-failed` is not a resolver status (the resolver is
 * offline): it exists only here, and is reported as a `verify-failed` finding (an error) with the
 * reference left as it is.
 */
export interface PlannedResolution extends Omit<Resolution, "status"> {
  status: ResolutionStatus | "verify-failed";
  /**
   * A warning about a rewrite that is still made (a converted mirror, a reference that could not be
   * pinned); it is added to the rewrite's finding, which becomes at least a warning.
   */
  notice?: string;
}

/** What planning needs besides the file: settings, a resolver and compiled field specs. */
export interface PlanContext {
  settings: Settings;
  resolver: { resolve(input: string): PlannedResolution };
  specs: readonly CompiledSpec[];
  /** `check` reports needed rewrites as errors; `fix` reports them as the changes it makes. */
  mode: "check" | "fix";
  /** The cheap text test that skips files which cannot hold a reference (see `mayHoldImage`). */
  prefilter: Prefilter;
  /** May a document of this apiVersion and kind hold an image (locate/imageless-kinds.ts)? */
  holdsImages: (apiVersion: string, kind: string) => boolean;
}

/**
 * The planning context. `resolutions` (from `verifyScan`, keyed by the reference as written) answer
 * before the resolver does.
 */
export function planContext(
  settings: Settings,
  resolver: PlanContext["resolver"],
  mode: PlanContext["mode"],
  resolutions?: Readonly<Record<string, PlannedResolution>>,
): PlanContext {
  const resolve = resolutions
    ? (input: string) => (Object.hasOwn(resolutions, input) ? resolutions[input]! : resolver.resolve(input))
    : (input: string) => resolver.resolve(input);
  const specs = compileSpecs([...BUILTIN_FIELD_SPECS, ...settings.fields]);
  return {
    settings,
    resolver: { resolve: memoize(resolve) },
    mode,
    specs,
    prefilter: compilePrefilter(settings),
    holdsImages: imagelessTest(specs),
  };
}

function imagelessTest(specs: readonly CompiledSpec[]): PlanContext["holdsImages"] {
  return (apiVersion, kind) => mayHoldImages(apiVersion, kind, specs);
}

const imagelessBySettings = new WeakMap<Pick<Settings, "fields">, PlanContext["holdsImages"]>();

/** `PlanContext.holdsImages` for settings without a context at hand (the finishing pass). */
export function holdsImagesFor(settings: Pick<Settings, "fields">): PlanContext["holdsImages"] {
  let test = imagelessBySettings.get(settings);
  if (!test) {
    test = imagelessTest(compileSpecs([...BUILTIN_FIELD_SPECS, ...settings.fields]));
    imagelessBySettings.set(settings, test);
  }
  return test;
}

/**
 * A bounded memo of a pure function of a string: a tree names the same few images thousands of times.
 * The results are shared, and read only.
 */
function memoize<T>(fn: (input: string) => T): (input: string) => T {
  const memo = new Map<string, T>();
  return (input) => {
    let out = memo.get(input);
    if (out === undefined) {
      out = fn(input);
      if (memo.size >= 10_000) memo.clear();
      memo.set(input, out);
    }
    return out;
  };
}

const parseReference = memoize(parseNormalized);

/** A rewrite that goes through a flatten rule, for collision detection across the scan. */
export interface FlattenedRef {
  source: string;
  target: string;
  /** Index into the plan's findings. */
  finding: number;
}

export interface FilePlan {
  findings: Finding[];
  /** Sorted, non-overlapping edits; empty when the file must not be edited. */
  edits: Edit[];
  /** Which finding each edit belongs to (parallel to `edits`). */
  editFindings: number[][];
  references: number;
  flattened: FlattenedRef[];
  /** False when the file has a YAML error: nothing in it may be edited. */
  editable: boolean;
  /** Number of YAML documents in the file (the edited text must parse into as many). */
  documents: number;
  /**
   * Helm values files this file names (Argo CD `valueFiles`, kustomize `helmCharts[].valuesFile`, ...),
   * files of the ConfigMaps and Secrets it generates, and where it takes values from; each offset
   * given as a line. Absent when it names none.
   */
  names?: PlannedNames;
  /** For a plan finished while it was planned: the findings whose edits were applied. */
  written?: number[];
  /** For a kustomization: what image scoping across files needs (src/engine/kustomize.ts). */
  kustomization?: KustomizationPlan;
  /**
   * Set when the file was read as a Go template: the edited text is verified with its actions
   * masked, and must not have more documents with YAML errors than `errors`.
   */
  template?: { errors: number };
}

/** `ValuesNames` of a file, positioned. */
export interface PlannedNames {
  files: (Omit<ValuesNames["files"][number], "at"> & { line: number })[];
  generated: (Omit<ValuesNames["generated"][number], "at"> & { line: number })[];
  from: ValuesNames["from"];
}

/** A kustomization's resources, components and `images:` entries, with the edits scoping may choose. */
export interface KustomizationPlan {
  /** `kind: Component`. */
  component: boolean;
  resources: string[];
  components: string[];
  /** Patch files it names, relative to it. */
  patchFiles: string[];
  entries: PlannedEntry[];
}

export interface PlannedEntry extends KustomizationEntry {
  /** 1-based line of the entry's `name` (or of its own site). */
  line: number;
  /** Index of the finding of the entry's own site (its `newName`, or the `newName` added), if any. */
  finding?: number;
  /**
   * The alternative rewrite of `name` itself, for when the images the entry matches are renamed to
   * the mirror: its finding, and its edits (none when `name` cannot be edited safely).
   */
  rename?: { finding: Finding; edits: Edit[] };
}

/**
 * Plan one file: parse, locate every image, resolve it, and plan the byte-preserving edits. Pure:
 * no I/O, so it runs the same in the main thread, a worker, or the KRM function. `chart` is the
 * chart a Helm values file belongs to (read from its Chart.yaml by the caller), when known; `valuesBy`
 * why a Helm values file is read as values.
 */
export function planFile(
  file: string,
  text: string,
  role: FileRole,
  ctx: PlanContext,
  chart?: ChartInfo,
  valuesBy?: ValuesBasis,
  templates?: ChartTemplates,
): FilePlan {
  const pos = positioner(text);
  const findings: Finding[] = [];
  const plan: FilePlan = {
    findings,
    edits: [],
    editFindings: [],
    references: 0,
    flattened: [],
    editable: true,
    documents: 0,
  };
  const sites: ImageSite[] = [];
  const format = formatOf(role);
  if (format.kind === "text") {
    const limited = checkTextLimits(text, file, ctx.settings.limits);
    if (limited) return refuse(plan, pos, file, limited.offset, limited.message);
    // Not YAML (a Dockerfile): its locator parses it; findings need the line starts.
    fillLineStarts(pos, text);
    plan.documents = 1;
    sites.push(...format.locate(text));
    return planSites(file, text, pos, sites, ctx, plan, false);
  }
  const masked = format.mask ? format.mask(text) : text;
  // Documents that hold no image (CRDs, RBAC, ...) are not parsed into nodes (engine/imageless.ts):
  // the fast parser skips them, and `yaml` reads them blanked.
  const skips = role === "manifest" ? imagelessRanges(masked, ctx.holdsImages) : [];
  // Limits first: input too deep or with too many documents is refused before `yaml` parses it (what
  // is parsed: a blanked document is not). The fast parser holds a text to them itself as it goes (it
  // gives up past them), so a text it takes needs no pre-scan.
  const { limits } = ctx.settings;
  let list = role === "template" ? undefined : fastDocuments(masked, pos.lineCounter, limits, skips);
  if (list === undefined) {
    const parsed = blankImageless(masked, skips);
    const limited = checkTextLimits(parsed, file, limits);
    if (limited) return refuse(plan, pos, file, limited.offset, limited.message);
    list = role === "template" ? [] : slowDocuments(parsed, pos.lineCounter);
  }
  // Go templates (chart templates, *.gotmpl, and YAML files with actions that do not parse as
  // YAML) are read with their actions masked; they never have YAML errors of their own.
  if (
    role === "template" ||
    (role === "manifest" && text.includes("{{") && list.some((d) => d.errors.length > 0))
  ) {
    const located = locateTemplate({
      text,
      specs: ctx.specs,
      lineCounter: role === "template" ? pos.lineCounter : undefined,
      chart: templates,
    });
    plan.documents = located.documents;
    plan.template = { errors: located.errors };
    sites.push(...located.sites);
    return planSites(file, text, pos, sites, ctx, plan, true);
  }
  plan.documents = list.length;
  for (const doc of list) {
    // The fast parser's documents hold no aliases (it leaves them to `yaml`): no bomb to look for.
    const bomb = doc.errors.length === 0 && !isFastDocument(doc) ? aliasBomb(doc) : undefined;
    if (bomb) {
      const message = `${file} uses aliases that expand to more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb); Kubernetes and Helm refuse it too, and it is not scanned.`;
      return refuse(plan, pos, file, bomb.range?.[0] ?? 0, message);
    }
  }
  let kustomization: YAMLMap | undefined;
  for (const doc of list) {
    if (doc.errors.length > 0) {
      plan.editable = false;
      const err = doc.errors[0]!;
      const exhausted = doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
      if (exhausted) {
        // The parser ran out of stack (nesting the pre-scan did not see): its thread is suspect now.
        noteStackExhausted();
        const message = `${file} nests collections too deeply for the YAML parser; it is not scanned (limits.maxDepth).`;
        return refuse(plan, pos, file, exhausted.pos[0], message);
      }
      const quote = unclosedQuote(text, err);
      findings.push(
        findingAt(
          pos,
          file,
          quote === undefined ? { start: err.pos[0], end: err.pos[1] } : { start: quote, end: quote + 1 },
          {
            field: "",
            kind: "parse-error",
            severity: "error",
            message:
              quote === undefined
                ? `YAML error: ${firstLine(err.message)}; the file is not edited until it is fixed.`
                : `YAML error: ${firstLine(err.message)} (the quoted value that starts here runs to the end of the file); the file is not edited until it is fixed.`,
          },
        ),
      );
      continue;
    }
    const lctx = { text, doc, role, valuesBy, specs: ctx.specs, settings: ctx.settings, chart };
    sites.push(...locateDocument(doc, lctx));
    if (role !== "helm-values") addNames(plan, pos, valuesNamesOf(doc.contents, role, file));
    if (kustomization === undefined && classifyDocument(doc, { role }) === "kustomization")
      kustomization = doc.contents as YAMLMap;
  }
  planSites(file, text, pos, sites, ctx, plan, true);
  if (kustomization)
    plan.kustomization = planKustomization(file, text, pos, kustomization, ctx, plan.findings);
  return plan;
}

/** Resolve the sites of one file and plan their edits (any format). */
function planSites(
  file: string,
  text: string,
  pos: Positioner,
  sites: ImageSite[],
  ctx: PlanContext,
  plan: FilePlan,
  /** YAML: a `#` after a value starts a comment (not in a Dockerfile). */
  inline: boolean,
): FilePlan {
  const { findings } = plan;
  const planned = dedupeSites(sites);
  plan.references = planned.length;
  const edits: Edit[] = [];
  const owners = new Map<Edit, number>();
  const needs = new Map<string, ChartSetting>();
  /** Edits of a knob several images share (a Helm global registry), by key: for conflict messages. */
  const sharedKeys = new Map<Edit, string>();
  // A text without the word holds no `# mirrorize-ignore` comment: no site's lines to look at.
  const mayIgnore = text.includes("mirrorize-ignore");
  for (const site of planned) {
    const ignoredBy = mayIgnore
      ? ignoreCommentLine(pos, site.span, { inline, key: lastKey(site.field) })
      : undefined;
    if (ignoredBy !== undefined) {
      findings.push(
        findingAt(pos, file, site.span, {
          field: site.field,
          from: site.ref,
          shape: site.shape,
          source: site.source,
          kind: "ignored",
          severity: "info",
          message: `${site.ref} is left alone: # mirrorize-ignore on line ${ignoredBy}.`,
        }),
      );
      continue;
    }
    const index = findings.length;
    const { finding, edit, shared } = planSite(file, pos, site, ctx, plan);
    findings.push(finding);
    for (const [k, e] of (edit ?? []).entries()) {
      edits.push(e);
      owners.set(e, index);
      if (shared?.[k] !== undefined) sharedKeys.set(e, shared[k]);
    }
    if (site.needs && (finding.kind === "rewrite" || finding.kind === "already-mirrored")) {
      needs.set(site.needs.key, site.needs);
    }
  }
  // Chart values the mirrored images need (Bitnami's allowInsecureImages), once per file.
  for (const need of needs.values()) {
    const index = findings.length;
    findings.push(
      findingAt(pos, file, need.span, {
        field: need.key,
        kind: "chart-setting",
        severity: need.edits && ctx.mode === "fix" ? "info" : "warning",
        message: need.message,
      }),
    );
    for (const e of need.edits ?? []) {
      edits.push(e);
      owners.set(e, index);
    }
  }
  if (!plan.editable) {
    for (const f of findings) {
      if (f.kind === "rewrite" && ctx.mode === "fix") {
        f.severity = "error";
        f.message += " Not rewritten: the file has a YAML error.";
      }
    }
    return plan;
  }
  const { edits: kept, conflicts } = normalizeEdits(edits);
  for (const c of conflicts) {
    const f = findings[owners.get(c.edit)!]!;
    f.kind = "unsafe-edit";
    f.severity = "error";
    const key = sharedKeys.get(c.edit);
    f.message = key
      ? `${f.from} cannot be rewritten: ${key} is shared with another image that needs a different mirror; give this image its own registry key, or a rule that maps both alike.`
      : `${f.from} cannot be rewritten: another reference changes the same text differently; edit it by hand.`;
  }
  plan.edits = kept;
  plan.editFindings = kept.map((e) => [owners.get(e)!]);
  return plan;
}

function addNames(plan: FilePlan, pos: Positioner, names: ValuesNames): void {
  if (names.files.length + names.generated.length + names.from.length === 0) return;
  plan.names ??= { files: [], generated: [], from: [] };
  for (const { at, ...f } of names.files) plan.names.files.push({ ...f, line: pos.line(at) });
  for (const { at, ...g } of names.generated) plan.names.generated.push({ ...g, line: pos.line(at) });
  plan.names.from.push(...names.from);
}

/** Keep the first site of each span; drop alias sites whose anchored value is itself a site. */
function dedupeSites(sites: ImageSite[]): ImageSite[] {
  const seen = new Set<number>();
  const out: ImageSite[] = [];
  for (const s of sites) {
    if (s.follows) continue;
    if (seen.has(s.span.start)) continue;
    seen.add(s.span.start);
    out.push(s);
  }
  for (const s of sites) {
    if (!s.follows || seen.has(s.follows.start) || seen.has(s.span.start)) continue;
    seen.add(s.span.start);
    out.push(s);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The last key of a field path: `image` of `spec.containers[0].image`, `a.b` of `x["a.b"]`. */
function lastKey(field: string): string | undefined {
  const quoted = /\[("(?:[^"\\]|\\.)*")\]$/.exec(field);
  if (quoted) return JSON.parse(quoted[1]!) as string;
  return /(?:^|\.)([^.[\]]+)$/.exec(field)?.[1];
}

/** Where a report-only reference is, for its finding. */
const OPT_IN_PLACE: Partial<Record<ImageSite["source"], string>> = {
  env: "an env value",
  arg: "a flag",
  config: "ConfigMap data (its operator reads it)",
};

const SEVERITY: Record<Exclude<PlannedResolution["status"], "rewrite">, Severity> = {
  "already-mirrored": "info",
  excluded: "info",
  "no-rule": "info",
  skipped: "info",
  invalid: "warning",
  "dead-mirror": "warning",
  "verify-failed": "error",
};

function planSite(
  file: string,
  pos: Positioner,
  site: ImageSite,
  ctx: PlanContext,
  plan: FilePlan,
): { finding: Finding; edit?: Edit[]; shared?: Record<number, string> } {
  if (site.unknown) {
    return {
      finding: findingAt(pos, file, site.span, {
        field: site.field,
        from: site.ref,
        shape: site.shape,
        source: site.source,
        kind: "unsafe-edit",
        severity: "error",
        message: `${site.field}: ${site.unknown}; nothing is written.`,
      }),
    };
  }
  const r = resolveSite(site, ctx);
  const base = {
    field: site.field,
    from: site.ref,
    rule: r.rule,
    shape: site.shape,
    source: site.source,
  };
  if (r.status !== "rewrite" || r.output === undefined) {
    const kind = r.status === "rewrite" ? "invalid" : r.status;
    return {
      finding: findingAt(pos, file, site.span, {
        ...base,
        kind,
        severity: SEVERITY[kind],
        message: describe(site, r),
      }),
    };
  }
  const to = r.output;
  if (site.partial) {
    return {
      finding: findingAt(pos, file, site.span, {
        ...base,
        to,
        kind: "rewrite",
        severity: "warning",
        message: `${site.ref} would become ${to}, but this map only overrides part of the reference (${site.note ?? "no repository"}); change it where the repository is set.`,
      }),
    };
  }
  if (site.optIn && ctx.settings.embedded !== "rewrite") {
    return {
      finding: findingAt(pos, file, site.span, {
        ...base,
        to,
        kind: "rewrite",
        severity: "warning",
        message: `${site.ref} is passed to the program in ${OPT_IN_PLACE[site.source] ?? "a flag"}; it should be ${to} (set \`embedded: rewrite\` to rewrite it).`,
      }),
    };
  }
  const parsed = parseReference(to);
  const rewritePlan = parsed.ok
    ? site.rewrite(parsed.ref, to)
    : { ok: false as const, reason: `the resolver produced an invalid reference (${to})`, at: site.span };
  if (!rewritePlan.ok) {
    return {
      finding: findingAt(pos, file, rewritePlan.at, {
        ...base,
        to,
        kind: "unsafe-edit",
        severity: "error",
        message: `${site.ref} should become ${to}, but ${rewritePlan.reason}.`,
      }),
    };
  }
  if (r.strategy === "flatten" && !site.prefixProbe) {
    const src = parseReference(site.ref);
    if (src.ok && parsed.ok) {
      plan.flattened.push({
        source: refName(src.ref),
        target: refName(parsed.ref),
        finding: plan.findings.length,
      });
    }
  }
  const note = site.note ? ` (${site.note})` : "";
  // What the edits make the file render (a digest the shape has no place for is left out, and said).
  const wrote = rewritePlan.wrote ?? to;
  const warnings = [r.notice, rewritePlan.notice].filter((n) => n !== undefined);
  const notice = warnings.length > 0 ? ` Warning: ${warnings.join(" ")}` : "";
  const only = rewritePlan.edits.length === 1 ? rewritePlan.edits[0] : undefined;
  const exact = only && only.start === rewritePlan.at.start && only.end === rewritePlan.at.end;
  return {
    finding: findingAt(pos, file, rewritePlan.at, {
      ...(exact ? { replacement: only.text } : {}),
      ...base,
      to: wrote,
      ...(r.strategy === "flatten" ? { strategy: r.strategy } : {}),
      kind: "rewrite",
      severity: ctx.mode === "check" ? "error" : notice ? "warning" : "info",
      message:
        ctx.mode === "check"
          ? `${site.ref} is not pulled through a mirror; use ${wrote}${note}.${notice}`
          : `${site.ref} → ${wrote}${note}${notice}`,
    }),
    edit: rewritePlan.edits,
    ...(rewritePlan.shared ? { shared: rewritePlan.shared } : {}),
  };
}

/**
 * The resolution of a site. A repository prefix (kubeadm `imageRepository`) is resolved as the image
 * `prefix/probe`, and maps to the output without `/probe` (with `flatten`, registry.k8s.io becomes the
 * mirror's flat repository, as `--image-repository registry.aliyuncs.com/google_containers` does).
 */
function resolveSite(site: ImageSite, ctx: PlanContext): PlannedResolution {
  if (!site.prefixProbe) return ctx.resolver.resolve(site.ref);
  const r = ctx.resolver.resolve(`${site.ref}/${site.prefixProbe}`);
  if (r.status !== "rewrite" || r.output === undefined) return r;
  const suffix = `/${site.prefixProbe}`;
  if (!r.output.endsWith(suffix)) {
    return {
      ...r,
      status: "invalid",
      output: undefined,
      reason: `the rule maps ${site.ref}/${site.prefixProbe} to ${r.output}, which is not a repository prefix followed by /${site.prefixProbe}`,
    };
  }
  return { ...r, output: r.output.slice(0, -suffix.length) };
}

function describe(site: ImageSite, r: PlannedResolution): string {
  switch (r.status) {
    case "already-mirrored":
      return `${site.ref} already comes from a mirror.`;
    case "excluded":
      return `${site.ref} is excluded${r.reason ? ` (${r.reason})` : ""}.`;
    case "no-rule":
      return `${site.ref} matches no rule; left as it is.`;
    case "skipped":
      return `${site.ref} is not a reference (${r.reason ?? "a template or placeholder"}); skipped.`;
    case "dead-mirror":
      return `${site.ref} is not rewritten: ${r.reason ?? "every mirror its rule names is dead"}.`;
    case "verify-failed":
      return r.reason ?? `${site.ref} is not rewritten: its mirror failed online verification.`;
    default:
      return `${site.ref} is not a valid image reference${r.reason ? `: ${r.reason}` : ""}.`;
  }
}

/**
 * For a quoted scalar that is never closed, the parser reports the end of the file: the offset of
 * its opening quote is where the problem is (the last quote of that kind before the end that is not
 * escaped).
 */
function unclosedQuote(text: string, err: { code: string; message: string; pos: [number, number] }) {
  if (err.code !== "MISSING_CHAR" || !/closing ["']quote/.test(err.message)) return undefined;
  const q = err.message.includes(`"quote`) ? '"' : "'";
  for (let at = text.lastIndexOf(q, err.pos[0]); at >= 0; at = text.lastIndexOf(q, at - 1)) {
    let slashes = 0;
    while (q === '"' && text[at - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 === 0 && !(q === "'" && (text[at - 1] === "'" || text[at + 1] === "'"))) return at;
  }
  return undefined;
}

/** A plan that edits nothing and has one finding: the file is not scanned, and why. */
function refuse(plan: FilePlan, pos: Positioner, file: string, offset: number, message: string): FilePlan {
  plan.editable = false;
  plan.findings = [
    findingAt(
      pos,
      file,
      { start: offset, end: offset },
      { field: "", kind: "file-error", severity: "error", message },
    ),
  ];
  return plan;
}

/** Record the line starts of a text no YAML parser has read (findings need them). */
function fillLineStarts(pos: Positioner, text: string): void {
  const lc = pos.lineCounter;
  if (lc.lineStarts.length > 0) return;
  lc.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lc.addNewLine(i + 1);
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.trim();
}

/** A kustomization's data for scoping, with each entry's own finding and the rewrite of its `name`. */
function planKustomization(
  file: string,
  text: string,
  pos: Positioner,
  root: YAMLMap,
  ctx: PlanContext,
  findings: Finding[],
): KustomizationPlan {
  const shape = describeKustomization(root, text);
  const renames = nameRewrites(root, text);
  const entries = shape.entries.map((entry): PlannedEntry => {
    const own = findings.findIndex((f) => f.source === "kustomization" && f.field === entry.field);
    const at = renames.get(entry.index);
    const planned: PlannedEntry = { ...entry, line: at ? pos.line(at.span.start) : 1 };
    if (own >= 0) {
      planned.finding = own;
      planned.line = findings[own]!.line;
    }
    if (at && entry.ref !== undefined && entry.name !== undefined) {
      // The name follows the images it matches: resolved as they render here (with the entry's tag
      // and digest when it has no newName of its own, which then are also what it renders).
      const r = ctx.resolver.resolve(entry.newName === undefined ? entry.ref : entry.name);
      const parsed = r.status === "rewrite" && r.output ? parseReference(r.output) : undefined;
      if (parsed?.ok) {
        const to = refName(parsed.ref);
        const field = formatEntryField(entry.index, "name");
        const rewrite = at.rewrite(parsed.ref);
        const base = { field, from: entry.name, to, rule: r.rule, source: "kustomization" as const };
        planned.rename = rewrite.ok
          ? {
              edits: rewrite.edits,
              finding: findingAt(pos, file, rewrite.at, {
                ...base,
                kind: "rewrite",
                severity: ctx.mode === "check" ? "error" : "info",
                message:
                  ctx.mode === "check"
                    ? `${entry.name} must become ${to}, so that ${field} keeps matching the images it sets once they are mirrored.`
                    : `${entry.name} → ${to} (${field} keeps matching the images it sets, which are mirrored too)`,
              }),
            }
          : {
              edits: [],
              finding: findingAt(pos, file, rewrite.at, {
                ...base,
                kind: "unsafe-edit",
                severity: "error",
                message: `${entry.name} should become ${to} so that ${field} keeps matching the mirrored images, but ${rewrite.reason}.`,
              }),
            };
      }
    }
    return planned;
  });
  // Images copied by `replacements:` come from another resource's field: reported, not followed.
  for (const r of imageReplacements(root)) {
    findings.push(
      findingAt(pos, file, r.span, {
        field: `replacements[${r.index}]`,
        kind: "unsafe-edit",
        severity: "warning",
        source: "kustomization",
        message: `replacements[${r.index}] copies ${r.source} into ${r.targets.join(", ")}; mirrorize does not follow replacements, so write the mirror where that value is set (a \`fields:\` entry in the config lets mirrorize find it there).`,
      }),
    );
  }
  return {
    component: shape.component,
    resources: shape.resources,
    components: shape.components,
    patchFiles: shape.patchFiles,
    entries,
  };
}

function formatEntryField(index: number, key: string): string {
  return `images[${index}].${key}`;
}
