/**
 * Imports point one way (README, "Architecture"): core <- (functions, host, i18n) <- app <-
 * (taskpane, cli, preview, excelTests). Every relative import under src/ is resolved to its
 * layer and checked against the table; nothing in src/ reaches test/ or bench/. Outside src/:
 * testkit/ (helpers shared by tests and benchmarks) imports only src/ and itself, and bench/
 * never imports test/.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");

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

/** Relative specifiers of static imports, re-exports, dynamic imports and require calls. */
function imports(source: string): string[] {
  const out: string[] = [];
  const re = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)["'](\.[^"']+)["']/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push(m[1]);
  return out;
}

/** The layer of a path under src/ (its first folder), or what it is outside src/. */
function layerOf(abs: string): string {
  const rel = path.relative(SRC, abs);
  if (rel.startsWith("..")) return `outside src (${path.relative(path.dirname(SRC), abs)})`;
  return rel.split(path.sep)[0];
}

/** The top-level folder of a path ("src", "test", "bench", "testkit", "node_modules"...). */
const topFolder = (abs: string): string => path.relative(ROOT, abs).split(path.sep)[0];

/** Imports of the files under `dir` that resolve outside the folders `allowed`. */
function importsOutside(
  dir: string,
  allowed: readonly string[]
): { checked: number; wrong: string[] } {
  const wrong: string[] = [];
  let checked = 0;
  for (const file of files(path.join(ROOT, dir))) {
    for (const spec of imports(fs.readFileSync(file, "utf8"))) {
      checked++;
      const to = topFolder(path.resolve(path.dirname(file), spec));
      if (!allowed.includes(to)) wrong.push(`${path.relative(ROOT, file)} imports ${spec} (${to})`);
    }
  }
  return { checked, wrong };
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

  test("bench/ imports src/, testkit/ and itself, never test/", () => {
    const { checked, wrong } = importsOutside("bench", ["src", "testkit", "bench"]);
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  test("testkit/ imports only src/ and itself", () => {
    const { checked, wrong } = importsOutside("testkit", ["src", "testkit"]);
    expect(checked).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });

  test("the check sees a benchmark reaching into test/, by import or require", () => {
    const specs = imports(
      'import { StrictBook } from "../test/host/strictExcel";\nrequire("../test/setup/x");'
    );
    expect(specs.map((s) => topFolder(path.resolve(ROOT, "bench", s)))).toEqual(["test", "test"]);
  });
});
