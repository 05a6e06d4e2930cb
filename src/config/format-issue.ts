/**
 * Turn zod issues into one-sentence messages for people: `rules[1].strategy must be one of host,
 * prefix, flatten (got "flaten")`.
 */
import type { z } from "zod";
import { excerpt, MAX_EXCERPT } from "../report/escape.js";

export type IssuePath = readonly PropertyKey[];

/** One problem, with the path of the key it is about. */
export interface ConfigProblem {
  path: IssuePath;
  /** The sentence without the location prefix, ending with a period. */
  message: string;
}

/** `rules[1].strategy`; "" for the root. */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (
      typeof segment === "string" &&
      segment.length <= MAX_EXCERPT &&
      /^[A-Za-z_$][\w$-]*$/.test(segment)
    )
      out += out ? `.${segment}` : segment;
    else out += `[${excerpt(String(segment))}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return excerpt(value);
  const text = String(value);
  return text.length > MAX_EXCERPT ? excerpt(text) : text;
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a map",
  array: "a list",
};

function subject(path: IssuePath): string {
  return path.length === 0 ? "the configuration" : formatPath(path);
}

/** The closest of `candidates` to `word`, when it is a plausible typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Problems from one zod issue (an `invalid_union` is narrowed to the branch that fits the value's type).
 * `allowedKeys(path)` names the keys known at `path`, for unknown-key messages.
 */
export function problemsFromIssue(
  issue: z.core.$ZodIssue,
  base: IssuePath,
  allowedKeys: (path: IssuePath) => string[] | undefined,
): ConfigProblem[] {
  const path = [...base, ...issue.path];
  const input = (issue as { input?: unknown }).input;
  const got = input === undefined ? "" : ` (got ${describeValue(input)})`;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const known = allowedKeys(path) ?? [];
        const guess = key.length <= 64 ? closest(key, known) : undefined;
        const hint = guess
          ? `; did you mean ${guess}?`
          : known.length
            ? `; allowed keys: ${known.join(", ")}.`
            : ".";
        return { path: [...path, key], message: `${formatPath([...path, key])} is not a known key${hint}` };
      });
    case "invalid_value": {
      const values = issue.values.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
      const expected =
        values.length === 1
          ? `must be ${JSON.stringify(issue.values[0])}`
          : `must be one of ${values.join(", ")}`;
      return [{ path, message: `${subject(path)} ${expected}${got}.` }];
    }
    case "invalid_type":
      if (input === undefined) return [{ path, message: `${subject(path)} is required.` }];
      return [
        { path, message: `${subject(path)} must be ${EXPECTED[issue.expected] ?? issue.expected}${got}.` },
      ];
    case "invalid_union":
      return unionProblems(issue, path, input, allowedKeys);
    case "too_small":
      if (issue.origin === "array") return [{ path, message: `${subject(path)} must not be empty.` }];
      if (issue.origin === "string") return [{ path, message: `${subject(path)} must not be empty.` }];
      return [
        {
          path,
          message: `${subject(path)} must be ${issue.inclusive ? "at least" : "greater than"} ${String(issue.minimum)}${got}.`,
        },
      ];
    case "too_big":
      return [
        {
          path,
          message: `${subject(path)} must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}${issue.origin === "string" ? " characters long" : ""}${got}.`,
        },
      ];
    default:
      // custom checks and formats carry a message that continues the sentence ("must ...").
      return [
        {
          path,
          message: `${subject(path)} ${issue.message.replace(/\.$/, "")}${withGot(issue.message, got)}.`,
        },
      ];
  }
}

function withGot(message: string, got: string): string {
  return message.includes("(got ") ? "" : got;
}

function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  path: IssuePath,
  input: unknown,
  allowedKeys: (path: IssuePath) => string[] | undefined,
): ConfigProblem[] {
  const fitting = issue.errors.filter((errors) => !isTypeMismatch(errors));
  if (fitting.length > 0) {
    // The branch whose type fits the value: report its own problems (the fewest, to stay precise).
    const best = fitting.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((inner) => problemsFromIssue(inner, path, allowedKeys));
  }
  const expected = [...new Set(expectedTypes(issue))];
  if (input === undefined) return [{ path, message: `${subject(path)} is required.` }];
  return [{ path, message: `${subject(path)} must be ${orList(expected)} (got ${describeValue(input)}).` }];
}

/** Whether a branch failed only because the value has another type (nested unions included). */
function isTypeMismatch(errors: readonly z.core.$ZodIssue[]): boolean {
  return (
    errors.length > 0 &&
    errors.every(
      (e) =>
        e.path.length === 0 &&
        (e.code === "invalid_type" || (e.code === "invalid_union" && e.errors.every(isTypeMismatch))),
    )
  );
}

/** What the branches of a union expect at its root ("a string", "a map", "a list"), nested unions included. */
function expectedTypes(issue: z.core.$ZodIssueInvalidUnion): string[] {
  return issue.errors.flatMap((errors) =>
    errors.flatMap((e) => {
      if (e.path.length > 0) return [];
      if (e.code === "invalid_type") return [EXPECTED[e.expected] ?? e.expected];
      if (e.code === "invalid_union") return expectedTypes(e);
      return [];
    }),
  );
}

/** "a, b or c" */
function orList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
