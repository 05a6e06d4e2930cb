import { LineCounter } from "yaml";
import type { Span } from "../locate/types.js";
import type { Finding } from "./types.js";

/** Line/column lookup for one file text, aware of a leading BOM (which is not a column). */
export interface Positioner {
  lineCounter: LineCounter;
  line(offset: number): number;
  /** 1-based line and column of a string offset. */
  at(offset: number): { line: number; column: number };
  lineText(line: number): string;
}

export function positioner(text: string): Positioner {
  const lineCounter = new LineCounter();
  const bom = text.charCodeAt(0) === 0xfeff;
  const at = (offset: number) => {
    // The LineCounter is filled by the parser; before that (or past the end) fall back to a scan.
    const p = lineCounter.lineStarts.length > 0 ? lineCounter.linePos(offset) : scan(text, offset);
    const column = bom && p.line === 1 ? Math.max(1, p.col - 1) : p.col;
    return { line: p.line, column };
  };
  return {
    lineCounter,
    at,
    line: (offset) => at(offset).line,
    lineText: (line) => {
      const starts = lineCounter.lineStarts;
      const start = starts[line - 1] ?? 0;
      const end = starts[line] ?? text.length;
      return text.slice(start, end);
    },
  };
}

function scan(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

/** A finding at a span of the file. */
export function findingAt(
  pos: Positioner,
  file: string,
  span: Span,
  rest: Omit<Finding, "file" | "line" | "column" | "endLine" | "endColumn">,
): Finding {
  const a = pos.at(span.start);
  const b = pos.at(Math.max(span.start, span.end));
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, ...rest };
}
