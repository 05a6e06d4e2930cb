/** A replacement of `text.slice(start, end)` by `text` (offsets are JS string indices into the file text). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}
