/** Offsets of the line starts of a text, with `\r\n`, `\n` and `\r` as line breaks (as LSP ranges count). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** Zero-based line and UTF-16 character (an LSP position) to a string offset. */
export type Offsets = (line: number, character: number) => number;

export function offsets(starts: readonly number[]): Offsets {
  return (line, character) => (starts[line] ?? starts[starts.length - 1]!) + character;
}
