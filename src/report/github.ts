import type { Finding, ScanResult } from "../engine/types.js";

/** GitHub workflow commands (`::error file=…,line=…::message`), one per error or warning finding. */
export function renderGithub(result: ScanResult): string {
  const out: string[] = [];
  for (const f of result.findings) {
    if (f.severity === "info") continue;
    out.push(workflowCommand(f));
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

export function workflowCommand(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(`mirrorize: ${f.kind}`)}`,
  ];
  return `::${f.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(f.message)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
