/**
 * The lint rule that keeps Excel's cell rules in src/core/excel (eslint.config.mjs): a copy of a
 * serial-date offset, a day in milliseconds, a column-letter computation, a formula's text literal
 * quoted by hand or an import of the old
 * module paths is an error anywhere else in src/, and allowed inside src/core/excel.
 */
import * as path from "path";
import { spawnSync } from "child_process";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");

const PROBE = [
  'import { serialFromYmd } from "../core/history/dates";',
  "export const a = (d: Date) => d.getTime() / 86400000 + 25569 + serialFromYmd(2020, 1, 1);",
  "export const b = (i: number) => String.fromCharCode(65 + i);",
  "export const c = (s: string) => s.charCodeAt(0) - 64;",
  'export const d = (s: string) => `"${s.replace(/"/g, \'""\')}"`;',
  "",
].join("\n");

/** The rule hits of the probe linted as `file` (ESLint in its own process: its config is an ES module). */
async function ruleHits(file: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"),
      "--stdin",
      "--stdin-filename",
      file,
      "--format",
      "json",
    ],
    { cwd: ROOT, input: PROBE, encoding: "utf8" }
  );
  const [result] = JSON.parse(run.stdout) as Array<{
    messages: Array<{ ruleId: string | null; line: number }>;
  }>;
  return result.messages
    .filter((m) => m.ruleId === "no-restricted-syntax" || m.ruleId === "no-restricted-imports")
    .map((m) => `${m.line}:${m.ruleId}`);
}

describe("one home for Excel's cell rules", () => {
  test("each copy is an error outside src/core/excel", async () => {
    expect(await ruleHits("src/cli/probe.ts")).toEqual([
      "1:no-restricted-imports",
      "2:no-restricted-syntax",
      "2:no-restricted-syntax",
      "3:no-restricted-syntax",
      "4:no-restricted-syntax",
      "5:no-restricted-syntax",
    ]);
  });

  test("src/core/excel itself may hold them", async () => {
    expect(await ruleHits("src/core/excel/probe.ts")).toEqual([]);
  });
});
