/**
 * Imports point one way (README, "Architecture"): core <- (functions, host, i18n) <- app <-
 * (taskpane, cli, preview, excelTests). Every relative import under src/ is resolved to its
 * layer and checked against the table; nothing in src/ reaches test/ or bench/.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "..", "..", "src");

const BASE = ["core"];
const MIDDLE = [...BASE, "functions", "host", "i18n"];
const APP = [...MIDDLE, "app"];
const TOP = [...APP, "taskpane", "cli", "preview", "excelTests"];

/** The layers each layer may import (its own included). */
const ALLOWED: Record<string, readonly string[]> = {
  core: BASE,
  functions: [...BASE, "functions"],
  host: [...BASE, "host"],
  i18n: [...BASE, "i18n"],
  app: APP,
  taskpane: APP.concat("taskpane"),
  cli: APP.concat("cli"),
  // The preview renders the pane's App and runs the in-Excel suite on its workbook (?selftest).
  preview: APP.concat("taskpane", "preview", "excelTests"),
  excelTests: TOP,
};

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Relative specifiers of static imports, re-exports and dynamic imports. */
function imports(source: string): string[] {
  const out: string[] = [];
  const re = /(?:from\s+|import\s*\(\s*|import\s+)["'](\.[^"']+)["']/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push(m[1]);
  return out;
}

/** The layer of a path under src/ (its first folder), or what it is outside src/. */
function layerOf(abs: string): string {
  const rel = path.relative(SRC, abs);
  if (rel.startsWith("..")) return `outside src (${path.relative(path.dirname(SRC), abs)})`;
  return rel.split(path.sep)[0];
}

describe("layers", () => {
  test("the table covers every folder of src/", () => {
    const folders = fs
      .readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(Object.keys(ALLOWED).sort());
  });

  test("every import under src/ points down (or within its layer)", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of files(SRC)) {
      const from = layerOf(file);
      for (const spec of imports(fs.readFileSync(file, "utf8"))) {
        const to = layerOf(path.resolve(path.dirname(file), spec));
        checked++;
        if (!ALLOWED[from]?.includes(to))
          wrong.push(`${path.relative(SRC, file)} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  test("the check sees an upward import", () => {
    const spec = imports('import { snapshotFromGrid } from "../app/listSnapshot";')[0];
    const to = layerOf(path.resolve(SRC, "host", spec));
    expect(ALLOWED.host.includes(to)).toBe(false);
  });
});
