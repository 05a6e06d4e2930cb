import type { Edit } from "./types.js";

export interface EditConflict {
  edit: Edit;
  with: Edit;
}

/**
 * Sort edits, drop exact duplicates (two sites sharing one scalar, e.g. a Helm global registry), and
 * separate overlapping edits that disagree: those are returned as conflicts and not applied.
 */
export function normalizeEdits(edits: readonly Edit[]): { edits: Edit[]; conflicts: EditConflict[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  const conflicts: EditConflict[] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last && e.start < last.end) {
      if (e.start === last.start && e.end === last.end && e.text === last.text) continue;
      conflicts.push({ edit: e, with: last });
      continue;
    }
    // Two insertions at the same point that are identical are one edit.
    if (last && e.start === last.start && e.end === last.end && e.start === e.end && e.text === last.text)
      continue;
    kept.push(e);
  }
  return { edits: kept, conflicts };
}

/**
 * Apply non-overlapping, sorted edits in one linear pass (never repeated slicing: that is quadratic).
 * Everything outside the edited ranges is copied unchanged.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join("");
}

/** Where each edit's new text starts in the edited output (for verification). */
export function shiftedStarts(edits: readonly Edit[]): number[] {
  const out: number[] = [];
  let delta = 0;
  for (const e of edits) {
    out.push(e.start + delta);
    delta += e.text.length - (e.end - e.start);
  }
  return out;
}
