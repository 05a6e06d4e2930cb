import { isMap, isSeq, parseAllDocuments, type Scalar, type YAMLMap } from "yaml";
import { renderScalar, uneditableReason } from "../edit/render.js";
import { spanOf } from "./scalar-site.js";
import type { ImageSite, Span } from "./types.js";
import { isStringScalar, nodeAt, pairOf } from "./yaml-nodes.js";

const ANNOTATION = "artifacthub.io/images";

/**
 * The images a chart declares in `Chart.yaml` `annotations."artifacthub.io/images"` (a YAML list of
 * `{name, image}` inside a string). Each `image` is a site, rewritten with the same rules as the
 * chart's values so the declared images match what the chart runs. The inner text is edited in
 * place when it is a literal block (`|`) or a one-line quoted string without escapes; otherwise its
 * images are reported and not edited.
 */
export function locateChartAnnotations(root: YAMLMap, text: string): ImageSite[] {
  const annotations = nodeAt(root, "annotations");
  if (!isMap(annotations)) return [];
  const node = pairOf(annotations as YAMLMap, ANNOTATION)?.value;
  if (!isStringScalar(node)) return [];
  const outer = spanOf(node);
  const map = innerMap(text, node);
  const inner = map?.inner ?? node.value;
  const sites: ImageSite[] = [];
  const docs = parseAllDocuments(inner, { prettyErrors: false });
  if (!Array.isArray(docs)) return [];
  for (const doc of docs) {
    if (doc.errors.length > 0 || !isSeq(doc.contents)) continue;
    doc.contents.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const image = nodeAt(item as YAMLMap, "image");
      if (!isStringScalar(image) || image.value.trim() === "") return;
      const innerSpan = spanOf(image);
      const span = map ? { start: map.at(innerSpan.start), end: map.at(innerSpan.end) } : outer;
      const field = `annotations["${ANNOTATION}"][${i}].image`;
      sites.push({
        source: "chart",
        field,
        ref: image.value,
        shape: "chart-artifacthub-image",
        span,
        rewrite: (_to, toText) => {
          if (!map) {
            return {
              ok: false,
              reason: `the ${ANNOTATION} annotation is not a literal block (|) or a plain one-line string; edit it by hand`,
              at: span,
            };
          }
          const source = inner.slice(innerSpan.start, innerSpan.end);
          const reason = uneditableReason(image as Scalar, source);
          const rendered = reason ? null : renderScalar(image as Scalar, source, toText);
          if (rendered === null)
            return { ok: false, reason: reason ?? "the value's quoting style cannot be kept", at: span };
          return { ok: true, edits: [{ start: span.start, end: span.end, text: rendered }], at: span };
        },
      });
    });
  }
  return sites;
}

/** The inner text of a literal block or simple quoted string, and where each inner offset is in the file. */
function innerMap(text: string, node: Scalar): { inner: string; at: (offset: number) => number } | undefined {
  const span: Span = spanOf(node);
  const source = text.slice(span.start, span.end);
  const value = String(node.value);
  if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
    const body = source.slice(1, -1);
    if (body !== value || /[\r\n\\]/.test(body)) return undefined;
    return { inner: body, at: (o) => span.start + 1 + o };
  }
  if (node.type !== "BLOCK_LITERAL") return undefined;
  const headerEnd = source.indexOf("\n");
  if (headerEnd < 0) return undefined;
  // Each inner line is an outer line less the block's indentation.
  const innerStarts: number[] = [];
  const outerStarts: number[] = [];
  let pos = span.start + headerEnd + 1;
  let innerPos = 0;
  const lines = value.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === lines.length - 1 && line === "") break;
    const end = text.indexOf("\n", pos);
    const outerLine = text.slice(pos, end < 0 ? text.length : end).replace(/\r$/, "");
    const indent = line === "" ? 0 : outerLine.length - line.length;
    if (indent < 0 || outerLine.slice(indent) !== line) return undefined;
    innerStarts.push(innerPos);
    outerStarts.push(pos + indent);
    innerPos += line.length + 1;
    pos = end < 0 ? text.length : end + 1;
  }
  return {
    inner: value,
    at: (o) => {
      let lo = 0;
      for (let i = 0; i < innerStarts.length; i++) if (innerStarts[i]! <= o) lo = i;
      return outerStarts[lo]! + (o - innerStarts[lo]!);
    },
  };
}
