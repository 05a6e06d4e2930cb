import { describe, expect, test } from "vitest";
import { excerpt, guardLog, mdCode, mdText, oneLine, quoted } from "../../src/report/escape.js";
import { runnerCommands } from "./runner.js";

/** The escape helper, function by function; the end-to-end cases are in output.test.ts. */
describe("quoted: a repository string inside a message", () => {
  test.each([
    ["deploy/app.yaml", "deploy/app.yaml"],
    ["a b/c.yaml", "a b/c.yaml"],
    ["a\\b.yaml", "a\\b.yaml"],
    ["x\n::error::y.yaml", '"x\\n::error::y.yaml"'],
    ["cr\r::warning::y", '"cr\\r::warning::y"'],
    ["::add-mask::x", '"::add-mask::x"'],
    ["  ::add-mask::x", '"  ::add-mask::x"'],
    ["##[add-mask]x", '"##\\u005badd-mask]x"'],
    ["bidi \u202eevil", '"bidi \\u202eevil"'],
    ["esc \u001b]0;title\u0007", '"esc \\u001b]0;title\\u0007"'],
    ['say "hi"\n', '"say \\"hi\\"\\n"'],
    ["", '""'],
  ])("%j is %s", (input, output) => {
    expect(quoted(input)).toBe(output);
  });

  test("a very long string is cut, with its length said", () => {
    expect(quoted("a".repeat(5000))).toBe(`"${"a".repeat(1000)}…" (5000 characters)`);
  });
});

describe("excerpt: file content in an error", () => {
  test.each([
    ["short", '"short"'],
    ["A=1\u0000B=2", '"A=1\\u0000B=2"'],
    ["x".repeat(41), `"${"x".repeat(40)}…" (41 characters)`],
  ])("%j is %s", (input, output) => {
    expect(excerpt(input)).toBe(output);
  });
});

describe("oneLine: an annotation or a failure", () => {
  test.each([
    ["plain sentence.", "plain sentence."],
    ["a\nb\r\nc", "a\\nb\\r\\nc"],
    ["tab\there", "tab\\there"],
  ])("%j is %j", (input, output) => {
    expect(oneLine(input)).toBe(output);
  });
});

describe("guardLog: no line of the log is a workflow command", () => {
  test.each([
    "::error::x",
    "  ::error::x",
    "\t::add-mask::x",
    "ok\n::set-output name=a::b",
    "ok\r::stop-commands::t",
    "ok\r\n::warning::x",
    "\u00a0::notice::x",
    "\u2028::error::x",
    "text ##[add-mask]secret",
    "##[set-output name=a;]b",
  ])("%j", (input) => {
    expect(runnerCommands(input)).not.toEqual([]);
    expect(runnerCommands(guardLog(input))).toEqual([]);
  });

  test.each([
    "Scanned 3 files: 2 image references.",
    "would update a.yaml (1 rewrite)\nwould update b.yaml (2 rewrites)\n",
    "\u001b[1mred\u001b[0m: not a command :: at all",
    "\r\u001b[2Kscanning 3/4 files…",
  ])("leaves %j as it is", (input) => {
    expect(guardLog(input)).toBe(input);
  });

  test("JSON stays JSON with the same value", () => {
    const json = JSON.stringify({ file: "##[add-mask]x", text: "::error::y" }, null, 2);
    expect(runnerCommands(json)).not.toEqual([]);
    expect(runnerCommands(guardLog(json))).toEqual([]);
    expect(JSON.parse(guardLog(json))).toEqual(JSON.parse(json));
  });
});

describe("mdText and mdCode: the job summary", () => {
  test.each([
    ["a|b", "a\\|b"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"],
    ["[x](https://e.example)", "\\[x\\]\\(https://e.example\\)"],
    ["![i](https://e.example/i.png)", "\\!\\[i\\]\\(https://e.example/i.png\\)"],
    ["`code` *em* _u_ ~~s~~", "\\`code\\` \\*em\\* \\_u\\_ \\~\\~s\\~\\~"],
    ["row\n| x | y |", "row\\n\\| x \\| y \\|"],
    ["a\\b", "a\\\\b"],
    ["&amp;", "&amp;amp;"],
  ])("mdText(%j) is %j", (input, output) => {
    expect(mdText(input)).toBe(output);
  });

  test.each([
    ["nginx:1.25", "`nginx:1.25`"],
    ["a`b", "``a`b``"],
    ["`x", "`` `x ``"],
    ["a|b\nc", "`a\\|b\\nc`"],
    ["<script>", "`<script>`"],
  ])("mdCode(%j) is %j", (input, output) => {
    expect(mdCode(input)).toBe(output);
  });
});
