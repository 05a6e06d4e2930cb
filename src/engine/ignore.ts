import type { Span } from "../locate/types.js";
import type { Positioner } from "./position.js";

/** The comment that leaves a reference alone: `# mirrorize-ignore`, optionally followed by a reason. */
const IGNORE = /^#\s*mirrorize-ignore\b/;

/**
 * The line of the `# mirrorize-ignore` comment that leaves the reference at `span` alone, if any: a
 * real comment on the reference's own line after its value (YAML only: a `#` after white space,
 * outside quotes), or a comment-only line directly above it, indented no deeper than the reference's
 * line (a deeper `#` line is the content of a block scalar above, not a comment). For the map of a
 * Helm image, the line above may also be the map's own key line (`image: # mirrorize-ignore`), when
 * `key` is that key. Words inside a quoted string, or a comment at the end of another reference's line,
 * never count.
 */
export function ignoreCommentLine(
  pos: Positioner,
  span: Span,
  options: { inline: boolean; key?: string },
): number | undefined {
  const line = pos.line(span.start);
  if (options.inline) {
    const endLine = pos.line(span.end);
    const lineStart = pos.lineCounter.lineStarts[endLine - 1] ?? 0;
    const comment = commentOf(pos.lineText(endLine), Math.max(0, span.end - lineStart));
    if (comment !== undefined && IGNORE.test(comment)) return endLine;
  }
  const above = commentAbove(pos, line);
  if (above !== undefined || !options.inline || options.key === undefined) return above;
  // The map of a Helm image: the key line that opens it (`image: # mirrorize-ignore`, or a comment
  // line above that key), when the key is the image's own.
  const head = keyLineAbove(pos, line);
  if (head === undefined) return undefined;
  const m = /^[ \t]*(?:-[ \t]+)?([^\s#:][^#]*?):(?:[ \t]+(#.*))?\s*$/.exec(pos.lineText(head));
  if (!m || unquote(m[1]!) !== options.key) return undefined;
  if (m[2] !== undefined && IGNORE.test(m[2].trimEnd())) return head;
  return commentAbove(pos, head);
}

/** The comment-only line directly above `line`, indented no deeper, when it is `# mirrorize-ignore`. */
function commentAbove(pos: Positioner, line: number): number | undefined {
  if (line <= 1) return undefined;
  const above = pos.lineText(line - 1);
  const trimmed = above.trim();
  if (!trimmed.startsWith("#") || indentOf(above) > indentOf(pos.lineText(line))) return undefined;
  return IGNORE.test(trimmed) ? line - 1 : undefined;
}

/** The nearest line above `line` indented less (blank and comment lines passed over), if close. */
function keyLineAbove(pos: Positioner, line: number): number | undefined {
  const own = indentOf(pos.lineText(line));
  for (let l = line - 1; l >= 1 && l >= line - 200; l--) {
    const t = pos.lineText(l);
    const trimmed = t.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (/^[ \t]*/.exec(t)![0].length < own) return l;
  }
  return undefined;
}

/** The comment of a line, looking from `from` on (outside quotes, after white space); or undefined. */
function commentOf(line: string, from: number): string | undefined {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      i++;
      while (i < line.length && line[i] !== '"') i += line[i] === "\\" ? 2 : 1;
      if (i >= line.length) return undefined; // a quoted string that goes on: no comment here
    } else if (c === "'") {
      i++;
      while (i < line.length && !(line[i] === "'" && line[i + 1] !== "'")) i += line[i] === "'" ? 2 : 1;
      if (i >= line.length) return undefined;
    } else if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "\t")) {
      return line
        .slice(i)
        .replace(/\r?\n$/, "")
        .trimEnd();
    }
  }
  return undefined;
}

/** Columns of leading white space; a sequence item's `- ` counts as indentation of its content. */
function indentOf(line: string): number {
  const m = /^[ \t]*(?:-[ \t]+)*/.exec(line);
  return m ? m[0].length : 0;
}

function unquote(key: string): string {
  const k = key.trim();
  return /^(["']).*\1$/.test(k) ? k.slice(1, -1) : k;
}
