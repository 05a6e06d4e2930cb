#!/usr/bin/env node
// Generates the inputs and outputs tables of the GitHub Action from action.yml into
// docs/action-reference.md, and into README.md between the markers
//   <!-- action-reference:start --> and <!-- action-reference:end -->
// when README.md has them. With --check, writes nothing and exits 1 when a file is out of date.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const START = "<!-- action-reference:start -->";
const END = "<!-- action-reference:end -->";

/** One line of table text: whitespace folded, pipes escaped. */
function cell(text) {
  return String(text ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\|/g, "\\|");
}

/** An inline code span for a default value; "" stays visibly empty. */
function codeSpan(value) {
  const text = String(value);
  if (text === "") return '`""`';
  const fence = text.includes("`") ? "``" : "`";
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\|/g, "\\|")}${pad}${fence}`;
}

/** The markdown tables for the action described by `actionYaml`. */
export function renderReference(actionYaml) {
  const action = parse(actionYaml);
  const lines = [
    "<!-- Generated from action.yml by scripts/gen-action-docs.mjs; edit action.yml, then run it. -->",
    "",
    "### Inputs",
    "",
    "| Input | Default | Description |",
    "|---|---|---|",
  ];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const value =
      input?.default === undefined ? (input?.required ? "required" : "") : codeSpan(input.default);
    lines.push(`| \`${name}\` | ${value} | ${cell(input?.description)} |`);
  }
  lines.push("", "### Outputs", "", "| Output | Description |", "|---|---|");
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(output?.description)} |`);
  }
  return `${lines.join("\n")}\n`;
}

function main() {
  const check = process.argv.includes("--check");
  const tables = renderReference(readFileSync(resolve(root, "action.yml"), "utf8"));
  const targets = [
    {
      path: resolve(root, "docs/action-reference.md"),
      render: () => `# GitHub Action reference\n\n${tables}`,
    },
  ];
  const readme = resolve(root, "README.md");
  if (existsSync(readme) && readFileSync(readme, "utf8").includes(START)) {
    targets.push({
      path: readme,
      render: (current) => {
        const start = current.indexOf(START);
        const end = current.indexOf(END, start);
        if (end < 0) throw new Error(`README.md has ${START} but no ${END} after it.`);
        return `${current.slice(0, start + START.length)}\n${tables}${current.slice(end)}`;
      },
    });
  }
  const stale = [];
  for (const target of targets) {
    const current = existsSync(target.path) ? readFileSync(target.path, "utf8") : "";
    const wanted = target.render(current);
    if (current === wanted) continue;
    stale.push(target.path);
    if (!check) writeFileSync(target.path, wanted);
  }
  for (const path of stale) {
    const name = path.slice(root.length + 1);
    console.log(
      check
        ? `${name} is out of date with action.yml; run: node scripts/gen-action-docs.mjs`
        : `wrote ${name}`,
    );
  }
  if (check && stale.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
