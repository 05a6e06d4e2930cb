import type { Finding } from "../engine/index.js";
import { mdCode, mdText } from "../report/escape.js";

/** Text for a markdown table cell: no line breaks, pipes escaped, HTML and Markdown neutralised. */
export const cell = mdText;

/** An inline code span that survives any backticks in `text` (pipes escaped for tables). */
export const code = mdCode;

/** A fenced code block whose fence is longer than any backtick run inside `text`. */
export function codeBlock(text: string, language = ""): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text.endsWith("\n") ? text : `${text}\n`}${fence}\n`;
}

/** Makes a link to a line of a file, or undefined when there is nothing to link to. */
export type LineLink = (file: string, line: number) => string | undefined;

/** `file:line`, linked when `link` knows where. */
export function location(finding: Finding, link?: LineLink): string {
  const label = cell(`${finding.file}:${finding.line}`);
  const url = link?.(finding.file, finding.line);
  return url ? `[${label}](${url})` : label;
}

/**
 * Links to `file#Lline` in the repository at `sha` on the GitHub server, when all three are known.
 * Paths are percent-encoded segment by segment.
 */
export function githubLineLink(
  serverUrl: string,
  repository: string | undefined,
  sha: string | undefined,
): LineLink {
  return (file, line) => {
    if (!repository || !sha) return undefined;
    // encodeURIComponent leaves ( ) ! ' * as they are: a `)` would end the Markdown link.
    const path = file
      .split("/")
      .map((segment) =>
        encodeURIComponent(segment).replace(
          /[()!'*]/g,
          (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
        ),
      )
      .join("/");
    return `${serverUrl}/${repository}/blob/${sha}/${path}#L${line}`;
  };
}

/**
 * The registry a reference is pulled from: its first path component when that is a host (contains `.`
 * or `:`, or is `localhost`), else Docker Hub (distribution/reference rules).
 */
export function registryOf(reference: string): string {
  const slash = reference.indexOf("/");
  if (slash < 0) return "docker.io";
  const first = reference.slice(0, slash);
  if (!(first.includes(".") || first.includes(":") || first === "localhost")) return "docker.io";
  const host = first.toLowerCase();
  return ["index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"].includes(host)
    ? "docker.io"
    : host;
}

/** `n thing` / `n things`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
