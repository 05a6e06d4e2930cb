/** A file's text, or why it cannot be scanned (at `line`, 1-based, when the problem has one). */
export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; message: string; skip?: boolean; line?: number };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Bytes as UTF-8 text, refusing binary files (NUL bytes), UTF-16 and invalid UTF-8 with a message
 * naming `file` and the line. The BOM is kept in the text (edits must keep it).
 */
export function decode(buf: Uint8Array, file: string): ReadResult {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return { ok: false, message: `${file} is UTF-16 encoded; convert it to UTF-8 to have it scanned.` };
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    const line = lineAt(buf, nul);
    return {
      ok: false,
      line,
      message: `${file} contains NUL bytes (the first on line ${line}; a binary file?); it is not scanned.`,
    };
  }
  try {
    return { ok: true, text: decoder.decode(buf) };
  } catch {
    const line = lineAt(buf, firstInvalidUtf8(buf));
    return {
      ok: false,
      line,
      message: `${file} is not valid UTF-8 (line ${line}); convert it to UTF-8 to have it scanned.`,
    };
  }
}

/** The 1-based line of byte `offset`. */
function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) line++;
  return line;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF (what the decoder refuses besides).
    const b1 = buf[i + 1] ?? 0;
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 > 0x9f) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return Math.max(0, buf.length - 1);
}

export function mib(n: number): string {
  if (n < 1024) return `${n} bytes`;
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
