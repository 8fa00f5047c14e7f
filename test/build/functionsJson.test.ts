/**
 * The BUILT functions.json and functions.js (dist/), as Excel reads them: Excel's flags set by
 * the build's post-processing (scripts/functionsMetadata.js), every function declared in
 * src/functions/functions.ts listed with its parameters in order, and every one of them
 * associated when the bundle runs.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import ts from "typescript";
import { distPath, ensureBuild } from "../../testkit/ensureBuild";
// A plain .js build script (webpack.config.js requires it), typed here.
const { withExcelFlags } = require("../../scripts/functionsMetadata") as {
  withExcelFlags: (text: string) => string;
};

interface Meta {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: Array<{
    id: string;
    name: string;
    parameters: Array<{ name: string; optional?: boolean }>;
  }>;
}

/** The exported functions of functions.ts with their parameter names, read from the source. */
function declaredFunctions(): Map<string, string[]> {
  const file = path.resolve(__dirname, "../../src/functions/functions.ts");
  const src = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020);
  const out = new Map<string, string[]>();
  src.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node) || !node.name) return;
    if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
    out.set(
      node.name.text,
      node.parameters.map((p) => p.name.getText(src))
    );
  });
  return out;
}

beforeAll(() => ensureBuild(), 900_000);

describe("dist/functions.json", () => {
  const meta = () => JSON.parse(fs.readFileSync(distPath("functions.json"), "utf8")) as Meta;

  test("lets error cells and rich values reach the functions cell by cell", () => {
    expect(meta().allowErrorForDataTypeAny).toBe(true);
    expect(meta().allowCustomDataForDataTypeAny).toBe(true);
  });

  test("lists every exported function of functions.ts with its parameters in order", () => {
    const declared = declaredFunctions();
    expect(declared.size).toBeGreaterThanOrEqual(13);
    const byId = new Map(meta().functions.map((f) => [f.id, f]));
    expect([...byId.keys()].sort()).toEqual(
      [...declared.keys()].map((n) => n.toUpperCase()).sort()
    );
    for (const [name, params] of declared) {
      expect(byId.get(name.toUpperCase())!.parameters.map((p) => p.name)).toEqual(params);
    }
  });

  test("running dist/functions.js associates every listed id with a function", () => {
    const associated = new Map<string, unknown>();
    const sandbox: Record<string, unknown> = {
      CustomFunctions: {
        associate: (id: string, fn: unknown) => associated.set(id, fn),
        Error: class extends Error {},
      },
      console,
    };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    vm.runInNewContext(fs.readFileSync(distPath("functions.js"), "utf8"), sandbox);
    const ids = meta().functions.map((f) => f.id);
    expect([...associated.keys()].sort()).toEqual([...ids].sort());
    for (const fn of associated.values()) expect(typeof fn).toBe("function");
  });
});

describe("withExcelFlags (the build's post-processing)", () => {
  test("adds allowErrorForDataTypeAny, keeps everything else, and is idempotent", () => {
    const input = JSON.stringify({ allowCustomDataForDataTypeAny: true, functions: [{ id: "X" }] });
    const once = withExcelFlags(input);
    expect(JSON.parse(once)).toEqual({
      allowErrorForDataTypeAny: true,
      allowCustomDataForDataTypeAny: true,
      functions: [{ id: "X" }],
    });
    expect(withExcelFlags(once)).toBe(once);
  });

  test("refuses metadata without functions (a broken generator must fail the build)", () => {
    expect(() => withExcelFlags("{}")).toThrow(/no functions/);
  });
});
