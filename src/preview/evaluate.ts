/**
 * A small Excel formula evaluator for the in-memory workbook, so the browser preview (and the
 * tests) see the values of the formulas the pane writes: the CRM.* custom functions (called
 * through src/functions/functions.ts with 2-D arrays for range parameters and scalars for
 * scalar ones, as Excel passes them), spill references (`G2#`), HSTACK, INDEX, IF, ISNA,
 * ISERROR, IFERROR, COUNTIFS/AVERAGEIFS with one criterion, + - * / & and comparisons.
 * Anything else evaluates to a #NAME? error naming what is not supported.
 *
 * Spilling is modelled: a formula returning an array spills from its cell; a spill over a
 * non-empty cell gives #SPILL!. Cells are evaluated lazily (a reference evaluates the formulas
 * it reaches), in any order, each once.
 */
// First: the CustomFunctions stand-in must exist before functions.ts loads in the browser.
import { installCustomFunctionsStub } from "./customFunctionsStub";
import * as fns from "../functions/functions";
import { parseCellRef } from "../core/excel/a1";
import { serialFromDate } from "../core/excel/dates";
import { isFormulaInput, type CellInput, type CellValue } from "../host/types";
import type { MemorySheet, MemoryWorkbookData } from "../host/memoryWorkbook";
import { MemoryHost, type FormulaEvaluator } from "../host/memoryHost";
import { parseFormula, type FormulaNode, type Literal } from "./formula";

/** An error value: CustomFunctions.Error (Excel's runtime, the jest stand-in or customFunctionsStub.ts). */
export type ErrorValue = Error & { code: string };
export type Scalar = number | string | boolean | null | ErrorValue;
interface Ref {
  kind: "ref";
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}
type Value = Scalar | Ref | Scalar[][];

export { installCustomFunctionsStub };

function err(code: string, message?: string): ErrorValue {
  installCustomFunctionsStub();
  const E = (
    globalThis as unknown as {
      CustomFunctions: { Error: new (c: string, m?: string) => ErrorValue };
    }
  ).CustomFunctions.Error;
  return new E(code, message);
}

/** True for an error value (anything carrying an Excel error code such as "#VALUE!"). */
export function isErrorValue(v: unknown): v is ErrorValue {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { code?: unknown }).code === "string" &&
    (v as { code: string }).code.startsWith("#")
  );
}
const isRef = (v: unknown): v is Ref =>
  typeof v === "object" && v !== null && (v as Ref).kind === "ref";

/** Which parameters of each CRM function are scalars (Excel passes a one-cell reference's value); the rest are ranges. */
const CRM: Record<string, { fn: (...a: any[]) => any[][]; scalars: number[] }> = {
  TIER: { fn: fns.tier, scalars: [1] },
  PARETO: { fn: fns.pareto, scalars: [1] },
  CLV: { fn: fns.clv, scalars: [2, 3] },
  SEGMENT: { fn: fns.segment, scalars: [2, 3, 4] },
  SCORE: { fn: fns.score, scalars: [] },
  VISITS: { fn: fns.visits, scalars: [] },
  RFM: { fn: fns.rfm, scalars: [3, 4, 5] },
  BGNBD: { fn: fns.bgnbd, scalars: [] },
  PALIVE: { fn: fns.palive, scalars: [] },
  PURCHASES: { fn: fns.purchases, scalars: [0] },
  GAMMAGAMMA: { fn: fns.gammagamma, scalars: [] },
  SPEND: { fn: fns.spend, scalars: [] },
  CLVHIST: { fn: fns.clvhist, scalars: [6, 7, 8, 9] },
  CCV: { fn: fns.ccv, scalars: [1, 2] },
  CPV: { fn: fns.cpv, scalars: [2, 3] },
  VALUECLASS: { fn: fns.valueclass, scalars: [3] },
  TREND: { fn: fns.trend, scalars: [1] },
  MIGRATION: { fn: fns.migration, scalars: [] },
};

const isFormula = isFormulaInput;

function cellPos(a: string): { row: number; col: number } {
  const [row, col] = parseCellRef(a.replace(/\$/g, ""))!;
  return { row, col };
}

/** Excel's number for a value in arithmetic: blank 0, TRUE 1, numeric text its number, else #VALUE!. */
function toNumber(v: Scalar): number | ErrorValue {
  if (isErrorValue(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  return t !== "" && Number.isFinite(Number(t))
    ? Number(t)
    : err("#VALUE!", `"${v}" is not a number`);
}

/** Excel's comparison order: numbers < text (case-insensitive) < booleans; a blank is 0, "" or FALSE. */
function compare(a: Exclude<Scalar, ErrorValue>, b: Exclude<Scalar, ErrorValue>): number {
  const blankAs = (o: Scalar) => (typeof o === "string" ? "" : typeof o === "boolean" ? false : 0);
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const kind = (v: number | string | boolean) =>
    typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
  if (kind(x) !== kind(y)) return kind(x) - kind(y);
  if (typeof x === "string") {
    const [p, q] = [x.toLowerCase(), (y as string).toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

/** Evaluates the formulas of a set of sheets (the live array: sheets added later are seen), lazily, with spills. */
export class Evaluator {
  /** Computed values (spills included) by "sheet|r|c". */
  private readonly values = new Map<string, Scalar>();
  /** Spilled results by anchor "sheet|r|c". */
  private readonly spills = new Map<string, Scalar[][]>();
  private readonly busy = new Set<string>();
  /** CRM.* calls made, in order (name and arguments as passed). */
  readonly calls: Array<{ name: string; args: unknown[] }> = [];

  constructor(private readonly sheets: readonly MemorySheet[]) {}

  private sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  }

  private raw(sheet: string, row: number, col: number): CellInput | undefined {
    return this.sheet(sheet)?.cells[row]?.[col];
  }

  /** The value of a cell (its formula evaluated, or the spill covering it); dates as serial numbers. */
  cell(sheet: string, row: number, col: number): Scalar {
    const key = `${sheet.toLowerCase()}|${row}|${col}`;
    const raw = this.raw(sheet, row, col);
    if (isFormula(raw) && !this.spills.has(key)) this.evaluateAnchor(sheet, row, col, raw.formula);
    if (this.values.has(key)) return this.values.get(key)!;
    if (raw === undefined || raw === null || raw === "" || isFormula(raw)) return null;
    if (raw instanceof Date) return serialFromDate(raw); // Excel passes dates as serials
    return raw as Scalar;
  }

  /** The spilled array of a formula cell (evaluating it if needed); [[value]] for a non-formula cell. */
  spill(sheet: string, row: number, col: number): Scalar[][] {
    const v = this.cell(sheet, row, col);
    return this.spills.get(`${sheet.toLowerCase()}|${row}|${col}`) ?? [[v]];
  }

  private evaluateAnchor(sheet: string, row: number, col: number, formula: string): void {
    const key = `${sheet.toLowerCase()}|${row}|${col}`;
    let arr: Scalar[][];
    if (this.busy.has(key)) arr = [[err("#VALUE!", `circular reference: ${formula}`)]];
    else {
      this.busy.add(key);
      try {
        arr = this.grid(this.evaluate(formula, sheet));
      } finally {
        this.busy.delete(key);
      }
      if (arr.length === 0 || arr[0].length === 0) arr = [[null]];
    }
    const blocked = this.blockedAt(sheet, row, col, arr);
    if (blocked)
      arr = [
        [
          err(
            "#SPILL!",
            `spill of ${formula} blocked at row ${blocked[0] + 1}, column ${blocked[1] + 1}`
          ),
        ],
      ];
    this.spills.set(key, arr);
    for (let r = 0; r < arr.length; r++)
      for (let c = 0; c < arr[r].length; c++)
        this.values.set(`${sheet.toLowerCase()}|${row + r}|${col + c}`, arr[r][c]);
  }

  /** The first cell a spill of `arr` from (row, col) would cover that is not empty, or null. */
  private blockedAt(
    sheet: string,
    row: number,
    col: number,
    arr: Scalar[][]
  ): [number, number] | null {
    for (let r = 0; r < arr.length; r++)
      for (let c = 0; c < arr[r].length; c++) {
        if (r === 0 && c === 0) continue;
        const raw = this.raw(sheet, row + r, col + c);
        if (
          (raw !== undefined && raw !== null && raw !== "") ||
          this.values.has(`${sheet.toLowerCase()}|${row + r}|${col + c}`)
        )
          return [row + r, col + c];
      }
    return null;
  }

  /** Evaluates a formula as if written on `sheet` (not stored): a scalar, a reference or an array. */
  evaluate(formula: string, sheet: string): Value {
    let node: FormulaNode;
    try {
      node = parseFormula(formula);
    } catch (e) {
      return err("#NAME?", `not supported by the preview: ${(e as Error).message}`);
    }
    return this.eval(node, sheet);
  }

  private read(ref: Ref): Scalar[][] {
    const out: Scalar[][] = [];
    for (let r = 0; r < ref.rows; r++) {
      const line: Scalar[] = [];
      for (let c = 0; c < ref.cols; c++) line.push(this.cell(ref.sheet, ref.row + r, ref.col + c));
      out.push(line);
    }
    return out;
  }

  private scalar(v: Value): Scalar {
    if (isRef(v)) {
      if (v.rows !== 1 || v.cols !== 1)
        return err("#VALUE!", "a range where one value is expected");
      return this.cell(v.sheet, v.row, v.col);
    }
    return Array.isArray(v) ? v[0][0] : v;
  }

  private grid(v: Value): Scalar[][] {
    if (isRef(v)) return this.read(v);
    return Array.isArray(v) ? v : [[v]];
  }

  private eval(n: FormulaNode, here: string): Value {
    switch (n.k) {
      case "lit":
        return n.v;
      case "array":
        return n.rows.map((r) => r.slice());
      case "neg": {
        const a = toNumber(this.scalar(this.eval(n.a, here)));
        return isErrorValue(a) ? a : -a;
      }
      case "ref": {
        const sheet = n.ref.sheet ?? here;
        if (!this.sheet(sheet)) return err("#REF!", `no sheet named ${sheet}`);
        const a = cellPos(n.ref.a);
        if (n.ref.spill) {
          const s = this.spill(sheet, a.row, a.col);
          return { kind: "ref", sheet, row: a.row, col: a.col, rows: s.length, cols: s[0].length };
        }
        const b = n.ref.b ? cellPos(n.ref.b) : a;
        const [r0, r1] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
        const [c0, c1] = [Math.min(a.col, b.col), Math.max(a.col, b.col)];
        return { kind: "ref", sheet, row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
      }
      case "table":
        return this.tableColumn(n.table, n.column);
      case "bin":
        return this.binary(
          n.op,
          this.scalar(this.eval(n.a, here)),
          this.scalar(this.eval(n.b, here))
        );
      case "call":
        return this.call(n.name, n.args, here);
    }
  }

  /** `Table[Column]`: the data cells of a table column. */
  private tableColumn(table: string, column: string): Value {
    for (const s of this.sheets) {
      const t = s.tables.find((x) => x.name.toLowerCase() === table.toLowerCase());
      if (!t) continue;
      for (let c = 0; c < t.cols; c++) {
        if (
          String(s.cells[t.row]?.[t.col + c] ?? "")
            .trim()
            .toLowerCase() !== column.trim().toLowerCase()
        )
          continue;
        return {
          kind: "ref",
          sheet: s.name,
          row: t.row + 1,
          col: t.col + c,
          rows: Math.max(1, t.rows - 1),
          cols: 1,
        };
      }
      return err("#REF!", `no column ${column} in table ${table}`);
    }
    return err("#REF!", `no table named ${table}`);
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (isErrorValue(a)) return a;
    if (isErrorValue(b)) return b;
    if (op === "&")
      return `${a === null ? "" : typeof a === "boolean" ? String(a).toUpperCase() : a}${b === null ? "" : typeof b === "boolean" ? String(b).toUpperCase() : b}`;
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const d = compare(a, b);
      return op === "="
        ? d === 0
        : op === "<>"
          ? d !== 0
          : op === "<"
            ? d < 0
            : op === ">"
              ? d > 0
              : op === "<="
                ? d <= 0
                : d >= 0;
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isErrorValue(x)) return x;
    if (isErrorValue(y)) return y;
    switch (op) {
      case "+":
        return x + y;
      case "-":
        return x - y;
      case "*":
        return x * y;
      default:
        return y === 0 ? err("#DIV/0!") : x / y;
    }
  }

  private call(name: string, args: (FormulaNode | null)[], here: string): Value {
    const arg = (i: number): Value => (args[i] ? this.eval(args[i]!, here) : null);
    if (name.startsWith("CRM.")) {
      const spec = CRM[name.slice(4)];
      if (!spec) return err("#NAME?", `unknown function ${name}`);
      const passed: unknown[] = [];
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === null)
          passed.push(undefined); // an empty argument: omitted
        else if (spec.scalars.includes(i)) {
          const v = this.scalar(this.eval(a, here));
          if (isErrorValue(v)) return v; // Excel does not call a function with an error for a scalar
          passed.push(v);
        } else passed.push(this.grid(this.eval(a, here)));
      }
      this.calls.push({ name, args: passed });
      return spec.fn(...passed) as Scalar[][];
    }
    switch (name) {
      case "HSTACK": {
        const parts = args.map((a) => this.grid(a ? this.eval(a, here) : null));
        const rows = Math.max(...parts.map((p) => p.length));
        // Excel pads a shorter part with #N/A.
        return Array.from({ length: rows }, (_, r) =>
          parts.flatMap((p) => p[r] ?? p[0].map(() => err("#N/A")))
        );
      }
      case "INDEX":
        return this.index(arg(0), this.scalar(arg(1)), this.scalar(arg(2)));
      case "ISNA": {
        const v = this.scalar(arg(0));
        return isErrorValue(v) && v.code === "#N/A";
      }
      case "ISERROR":
        return isErrorValue(this.scalar(arg(0)));
      case "IF": {
        const c = this.scalar(arg(0));
        if (isErrorValue(c)) return c;
        const t = typeof c === "string" ? toNumber(c) : c;
        if (isErrorValue(t)) return t;
        return t ? (args[1] ? arg(1) : 0) : args.length > 2 ? (args[2] ? arg(2) : 0) : false;
      }
      case "IFERROR": {
        const v = this.scalar(arg(0));
        return isErrorValue(v) ? arg(1) : v;
      }
      case "COUNTIFS":
      case "AVERAGEIFS":
        return this.countOrAverage(name === "AVERAGEIFS", args, here);
      default:
        return err("#NAME?", `function ${name} is not supported by the preview`);
    }
  }

  /** INDEX(ref or array, row, col): row or col 0 takes the whole column or row. */
  private index(src: Value, rv: Scalar, cv: Scalar): Value {
    const r = toNumber(rv);
    const c = toNumber(cv);
    if (isErrorValue(r)) return r;
    if (isErrorValue(c)) return c;
    const g = isRef(src) ? null : this.grid(src);
    const rows = isRef(src) ? src.rows : g!.length;
    const cols = isRef(src) ? src.cols : g![0].length;
    if (r < 0 || c < 0 || r > rows || c > cols) return err("#REF!", "INDEX outside the range");
    const r0 = r === 0 ? 0 : r - 1;
    const c0 = c === 0 ? 0 : c - 1;
    const nr = r === 0 ? rows : 1;
    const nc = c === 0 ? cols : 1;
    if (isRef(src))
      return {
        kind: "ref",
        sheet: src.sheet,
        row: src.row + r0,
        col: src.col + c0,
        rows: nr,
        cols: nc,
      };
    return g!.slice(r0, r0 + nr).map((line) => line.slice(c0, c0 + nc));
  }

  private countOrAverage(avg: boolean, args: (FormulaNode | null)[], here: string): Scalar {
    const at = (i: number): Value => (args[i] ? this.eval(args[i]!, here) : null);
    const target = avg ? this.grid(at(0)).flat() : null;
    const crit = this.grid(at(avg ? 1 : 0)).flat();
    const test = criterion(this.scalar(at(avg ? 2 : 1)));
    let count = 0;
    let sum = 0;
    crit.forEach((v, i) => {
      if (!test(v)) return;
      if (!target) count++;
      else if (typeof target[i] === "number") {
        count++;
        sum += target[i] as number;
      }
    });
    if (!avg) return count;
    return count === 0 ? err("#DIV/0!") : sum / count;
  }
}

/** A COUNTIFS criterion: a number, or text with an optional comparison prefix (">=2"). */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c === "number") return (v) => typeof v === "number" && v === c;
  const m = /^(>=|<=|<>|>|<|=)?(.*)$/.exec(String(c))!;
  const x = Number(m[2]);
  switch (m[1]) {
    case ">=":
      return (v) => typeof v === "number" && v >= x;
    case "<=":
      return (v) => typeof v === "number" && v <= x;
    case ">":
      return (v) => typeof v === "number" && v > x;
    case "<":
      return (v) => typeof v === "number" && v < x;
    default:
      return (v) => (typeof v === "number" ? v === x : String(v) === m[2]);
  }
}

/** A value as a sheet cell shows it: an error as its code ("#VALUE!"). */
export function displayValue(v: Scalar | Literal): CellValue {
  return isErrorValue(v) ? v.code : (v as CellValue);
}

/**
 * The preview's formula evaluator for a workbook: a {@link FormulaEvaluator} for MemoryHost,
 * computing each formula cell (and the formulas it reaches, on any sheet) once until `reset`.
 *
 * @param data The workbook (its live sheet list).
 * @returns The evaluator and `reset`, to call after the workbook changed.
 * @example const f = previewEvaluator(data); new MemoryHost(data, { evaluate: f.evaluate })
 */
export function previewEvaluator(data: MemoryWorkbookData): {
  evaluate: FormulaEvaluator;
  reset: () => void;
} {
  let ev: Evaluator | null = null;
  return {
    evaluate: (sheet, row, col) => {
      ev ??= new Evaluator(data.sheets);
      const out = ev.spill(sheet.name, row, col).map((line) => line.map(displayValue));
      return out.length === 1 && out[0].length === 1 ? out[0][0] : out;
    },
    reset: () => {
      ev = null;
    },
  };
}

/**
 * A MemoryHost whose formula cells read as Excel would compute them (the preview's host).
 * @param data The workbook.
 * @returns The host; its formula values are recomputed after every applied batch.
 * @example await previewHost(workbookFromCells("Customers", cells)).readRect(rect)
 */
export function previewHost(data: MemoryWorkbookData): MemoryHost {
  installCustomFunctionsStub();
  const f = previewEvaluator(data);
  const host = new MemoryHost(data, { evaluate: f.evaluate });
  // Subscribed first, so the cache is dropped before anyone reads after a batch.
  host.subscribe(f.reset);
  return host;
}
