/**
 * One escape helper for every output channel. Everything from a repository (file names, keys,
 * values, messages quoting them) is hostile: git allows a newline in a file name, so a pull request can
 * name a file `x\n::add-mask::…` or `::set-output name=x::y`. These functions make such strings
 * harmless where they are printed:
 *
 * - `quoted` / `excerpt`: a repository string inside a message (log line, annotation, error): left as it
 *   is when it is plain, else double-quoted with every control, line-separator and bidi character
 *   escaped (`"a\n::error::b"`), never longer than a short excerpt.
 * - `guardLog`: the last step before a line reaches the runner's log (`core.info`, the CLI's
 *   stdout/stderr): no physical line of it can start a workflow command (`::name::`, after leading
 *   blanks, as the runner reads them) or hold a legacy `##[name]` command anywhere.
 * - `mdText` / `mdCode`: a repository string in the job summary or a pull request body (Markdown with
 *   HTML): no HTML, no link or image, no emphasis, no table breaker (`|`, a newline), no code-span escape.
 *
 * Pure functions; the adapters (src/action, src/cli) call them.
 */

/** Characters never printed as they are: C0 and C1 controls, DEL, line separators, bidi and zero-width marks, BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what this escapes
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");

/** The runner's workflow command forms: `::cmd …::` at a line's start (after blanks), `##[cmd]` anywhere. */
const COMMAND_START = /^\s*::/;
const LEGACY_COMMAND = /##\[/;

/** The longest repository string `quoted` prints whole. */
export const MAX_QUOTED = 1000;

/** The longest excerpt of file content a message may hold. */
export const MAX_EXCERPT = 40;

/** `\n`, `\r`, `\t`, or `\uXXXX` for one unsafe character. */
function escapeChar(c: string): string {
  switch (c) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    default:
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  }
}

/** Does `s` need quoting to be printed safely (controls, a command form, blanks at its ends, empty)? */
export function needsQuoting(s: string): boolean {
  return s === "" || UNSAFE.test(s) || COMMAND_START.test(s) || LEGACY_COMMAND.test(s) || /^\s|\s$/.test(s);
}

/**
 * `s` double-quoted, with `\` and `"` escaped, unsafe characters as escapes and `##[` broken
 * (`##\u005b`), cut to `max` characters with the total length said.
 */
export function quote(s: string, max = MAX_QUOTED): string {
  const cut = s.length > max ? s.slice(0, max) : s;
  const body = cut
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(UNSAFE_ALL, escapeChar)
    .replace(/##\[/g, "##\\u005b");
  return s.length > max ? `"${body}…" (${s.length} characters)` : `"${body}"`;
}

/** A repository string (file name, key, value) for a message: as it is when plain, else `quote(s)`. */
export function quoted(s: string): string {
  return needsQuoting(s) || s.length > MAX_QUOTED ? quote(s) : s;
}

/** A short, escaped excerpt of file content for an error message: always quoted, at most `max` characters. */
export function excerpt(s: string, max = MAX_EXCERPT): string {
  return quote(s, max);
}

/**
 * A message for one line of output (an annotation, a log line, an error): every unsafe character
 * escaped (a newline is `\n`), the rest unchanged. mirrorize's own messages hold no control
 * characters, so whatever this changes came from a repository.
 */
export function oneLine(s: string): string {
  return UNSAFE.test(s) ? s.replace(UNSAFE_ALL, escapeChar) : s;
}

/**
 * Text on its way to the runner's log (`core.info`, the CLI's stdout and stderr): a physical line
 * (the runner ends one at `\n`, `\r\n` or a bare `\r`) that would start a workflow command gets a
 * `\` before its `::`, and a legacy `##[` anywhere becomes `##\u005b` (the same text in JSON). Everything else is unchanged (colours
 * and line breaks of our own output included); quoting repository strings is `quoted`'s job.
 */
export function guardLog(text: string): string {
  if (!/(^|[\r\n])\s*::|##\[/.test(text)) return text;
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const out = part.replace(/##\[/g, "##\\u005b");
      return COMMAND_START.test(out) ? out.replace("::", "\\::") : out;
    })
    .join("");
}

/**
 * A repository string as Markdown text, safe in a table cell: unsafe characters escaped as in `quote`
 * (a newline is `\n`: it never ends the row), HTML as entities (`<script>` is text), and every Markdown
 * character that could start a link, an image, emphasis, strike-through or a code span, or break a cell
 * (`|`), backslash-escaped.
 */
export function mdText(s: string): string {
  return s
    .replace(/[\\`*_[\]()!~|]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(UNSAFE_ALL, escapeChar);
}

/**
 * A repository string as an inline code span that survives it: a fence longer than any backtick run
 * inside, unsafe characters escaped (no newline ends the row), `|` escaped for tables (GitHub honours
 * `\|` inside code spans in tables). HTML inside a code span is text.
 */
export function mdCode(s: string): string {
  const text = s.replace(UNSAFE_ALL, escapeChar).replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
