import { DockerfileParser, type Instruction } from "dockerfile-ast";
import {
  expandTemplate,
  rewriteSegments,
  type Segment,
  type Variable,
  type Variables,
} from "../interpolation.js";
import type { ImageSite, Span } from "../types.js";
import { lineStarts, type Offsets, offsets } from "./offsets.js";

/**
 * Image references of a Dockerfile / Containerfile: `FROM` (with `--platform` and `AS name`),
 * `COPY --from=<image>`, `RUN --mount=…,from=<image>` and the `# syntax=` frontend image. Stage names
 * (an earlier `AS name`, a stage index, or a name computed from build arguments that can only be a
 * stage) and `scratch` are not images. References composed from global `ARG`s (`ARG BASE=alpine:3.20`
 * / `FROM ${BASE}`) are resolved with the ARG defaults and rewritten where the changing text is (the
 * default, or the literal part of the `FROM`); one whose image is only known at build time (an ARG
 * without a default) is reported as written.
 *
 * Parsed with `dockerfile-ast` (ranges for every instruction, flag, flag option, ARG value and parser
 * directive; heredocs, line continuations, the escape directive and CRLF are understood).
 */
export function locateDockerfile(text: string): ImageSite[] {
  const dockerfile = DockerfileParser.parse(text);
  const at = offsets(lineStarts(text));
  const sites: ImageSite[] = [];

  for (const directive of dockerfile.getDirectives()) {
    if (directive.getName().toLowerCase() !== "syntax") continue;
    const span = rangeSpan(at, directive.getValueRange());
    const value = directive.getValue();
    if (!value || text.slice(span.start, span.end) !== value) continue;
    sites.push(literalSite(text, span, value, { field: "# syntax", shape: "dockerfile-syntax" }));
  }

  // Global ARGs (before the first FROM): the only variables a FROM can use.
  const globals = new Map<string, Variable>();
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    const name = property?.getName();
    if (!property || !name) continue;
    const value = property.getValue();
    const range = property.getValueRange();
    globals.set(
      name,
      value === null || !range ? { value: null } : { value, ...rawValue(text, at, range, value) },
    );
  }

  const stages: string[] = [];
  const isStage = (name: string) => {
    const lower = name.toLowerCase();
    return stages.includes(lower) || /^\d+$/.test(name);
  };
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === "FROM") {
      const from = instruction as Instruction & {
        getImageRange(): Parameters<typeof rangeSpan>[1] | null;
        getImage(): string | null;
        getBuildStage(): string | null;
      };
      const range = from.getImageRange();
      const stage = from.getBuildStage();
      if (range) {
        const site = imageSite(text, rangeSpan(at, range), from.getImage(), globals, isStage, stages, {
          field: stage ? `FROM (stage ${stage})` : "FROM",
          kind: "from",
        });
        if (site) sites.push(site);
      }
      if (stage) stages.push(stage.toLowerCase());
      continue;
    }
    if (keyword !== "COPY" && keyword !== "RUN" && keyword !== "ADD") continue;
    const flags = (instruction as Instruction & { getFlags(): DockerFlag[] }).getFlags();
    for (const flag of flags) {
      const name = flag.getName().toLowerCase();
      if (keyword === "COPY" && name === "from") {
        const range = flag.getValueRange();
        const value = flag.getValue();
        if (!range || !value) continue;
        const site = imageSite(text, rangeSpan(at, range), value, globals, isStage, stages, {
          field: "COPY --from",
          kind: "copy",
        });
        if (site) sites.push(site);
      } else if (keyword === "RUN" && name === "mount") {
        for (const option of flag.getOptions()) {
          if (option.getName().toLowerCase() !== "from") continue;
          const range = option.getValueRange();
          const value = option.getValue();
          if (!range || !value) continue;
          const site = imageSite(text, rangeSpan(at, range), value, globals, isStage, stages, {
            field: "RUN --mount from",
            kind: "mount",
          });
          if (site) sites.push(site);
        }
      }
    }
  }
  return sites;
}

/** The number of instructions of a Dockerfile text: an edit must keep it (and the keywords). */
export function dockerfileShape(text: string): string {
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => i.getKeyword())
    .join(" ");
}

interface DockerRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface DockerFlag {
  getName(): string;
  getValue(): string | null;
  getValueRange(): DockerRange | null;
  getOptions(): { getName(): string; getValue(): string | null; getValueRange(): DockerRange | null }[];
}

function rangeSpan(at: Offsets, range: DockerRange): Span {
  return { start: at(range.start.line, range.start.character), end: at(range.end.line, range.end.character) };
}

/** Where an ARG's default is written, if its source text is the value (maybe inside plain quotes). */
function rawValue(text: string, at: Offsets, range: DockerRange, value: string): { span?: Span } {
  const span = rangeSpan(at, range);
  const raw = text.slice(span.start, span.end);
  if (raw === value) return { span };
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q) && raw.slice(1, -1) === value) {
    return { span: { start: span.start + 1, end: span.end - 1 } };
  }
  return {};
}

const SHAPES = {
  from: ["dockerfile-from", "dockerfile-from-arg"],
  copy: ["dockerfile-copy-from-image", "dockerfile-copy-from-arg"],
  mount: ["dockerfile-mount-from-image", "dockerfile-mount-from-arg"],
} as const;

/**
 * The site of one image operand (a FROM image, a `--from=` value), or undefined when it names a stage
 * or `scratch`.
 */
function imageSite(
  text: string,
  written: Span,
  parsed: string | null,
  globals: Variables,
  isStage: (name: string) => boolean,
  stages: readonly string[],
  init: { field: string; kind: keyof typeof SHAPES },
): ImageSite | undefined {
  let span = written;
  let raw = parsed ?? "";
  // `FROM "gcr.io/distroless/static"`: the quotes are not part of the reference.
  const unquoted = (s: string) => (s.length >= 2 && s[0] === '"' && s.endsWith('"') ? s.slice(1, -1) : s);
  if (raw !== unquoted(raw)) {
    raw = unquoted(raw);
    if (text[span.start] === '"' && text[span.end - 1] === '"')
      span = { start: span.start + 1, end: span.end - 1 };
  }
  if (!raw) return undefined;
  // Written as parsed (not split by a line continuation): its pieces can be edited in place.
  const plain = text.slice(span.start, span.end) === raw;
  const segments = raw.includes("$")
    ? expandTemplate(raw, span.start, init.kind === "from" ? globals : new Map())
    : [{ value: raw, span }];
  if (segments && !plain) for (const s of segments) s.span = undefined;
  if (!segments) return undefined;
  const resolved = segments.every((s) => !s.unresolved);
  const ref = segments.map((s) => s.value).join("");
  if (resolved) {
    if (ref.toLowerCase() === "scratch" || isStage(ref)) return undefined;
  } else if (matchesStage(segments, stages)) {
    return undefined; // `binaries-$TARGETOS`: a stage chosen at build time
  }
  const [literalShape, argShape] = SHAPES[init.kind];
  const composed = segments.length > 1 || segments[0]?.span !== span;
  return {
    source: "dockerfile",
    field: init.field,
    ref,
    shape: composed ? argShape : literalShape,
    span,
    note: composed && resolved ? "composed from ARG defaults" : undefined,
    rewrite: (_to, toText) => rewriteSegments(text, segments, ref, toText, span),
  };
}

/** Does the operand, with every unresolved variable free to be anything, name an earlier stage? */
function matchesStage(segments: readonly Segment[], stages: readonly string[]): boolean {
  // `FROM ${BASE_IMAGE}` with no default could be anything: an image only known at build time.
  if (!segments.some((s) => !s.unresolved && s.value !== "")) return false;
  const pattern = segments
    .map((s) => (s.unresolved ? ".*" : s.value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  const re = new RegExp(`^${pattern}$`);
  return stages.some((s) => re.test(s));
}

function literalSite(
  text: string,
  span: Span,
  value: string,
  init: { field: string; shape: string },
): ImageSite {
  return {
    source: "dockerfile",
    field: init.field,
    ref: value,
    shape: init.shape,
    span,
    rewrite: (_to, toText) =>
      text.slice(span.start, span.end) === value
        ? { ok: true, edits: [{ start: span.start, end: span.end, text: toText }], at: span }
        : { ok: false, reason: "the value is not written as plain text", at: span },
  };
}
