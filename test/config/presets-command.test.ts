import { expect, test } from "vitest";
import { run } from "../../src/cli/commands/presets.js";
import type { CliIO } from "../../src/cli/types.js";
import { PRESET_NAMES } from "../../src/config/index.js";

async function presetsCmd(flags: Record<string, string> = {}) {
  let stdout = "";
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: () => {},
    cwd: "/",
    isTTY: false,
    color: false,
  };
  const code = await run({ command: "presets", positionals: [], flags }, io);
  return { code, stdout };
}

test("text: name, checked date, rules count and source of every preset", async () => {
  const { code, stdout } = await presetsCmd();
  expect(code).toBe(0);
  expect(stdout).toMatch(/^NAME\s+CHECKED\s+RULES\s+SOURCE/);
  for (const name of PRESET_NAMES)
    expect(stdout).toMatch(new RegExp(`\\n${name}\\s+\\d{4}-\\d{2}-\\d{2}\\s+\\d+\\s+https://`));
});

test("json: one object per preset", async () => {
  const { stdout } = await presetsCmd({ format: "json" });
  const data = JSON.parse(stdout) as { name: string; checked: string; source: string[]; rules: number }[];
  expect(data.map((p) => p.name)).toEqual([...PRESET_NAMES]);
  const daocloud = data.find((p) => p.name === "daocloud");
  expect(daocloud?.rules).toBeGreaterThanOrEqual(9);
  expect(daocloud?.source[0]).toBe("https://github.com/DaoCloud/public-image-mirror");
});

test("a bad --format is a usage error", async () => {
  await expect(presetsCmd({ format: "csv" })).rejects.toThrow(/--format must be one of text, json/);
});
