/**
 * A tiny Excel formula evaluator for the formula shapes the order-history job writes, so the
 * tests can run the chain as Excel would: references ('Sheet'!$A$2:$A$9, $N$4, A4# spill
 * references), INDEX(ref,row,col), IF/ISNA/ISERROR/IFERROR, COUNTIFS/AVERAGEIFS with one
 * criterion, + - * / and the CRM.* custom functions (called through src/functions/functions.ts
 * with 2-D arrays for range parameters and scalars for scalar ones, as Excel passes them).
 *
 * Spilling is modelled: a formula returning an array spills from its cell; a spill over a
 * non-empty cell gives #SPILL!, so a layout whose blocks collide fails the tests. Cells are
 * evaluated lazily (a reference evaluates the formulas it reaches), in any order.
 */
import type { CellInput } from "../../src/host/types";
import type { MemorySheet } from "../../src/host/memoryWorkbook";
import * as fns from "../../src/functions/functions";
import { columnIndex } from "../../src/core/a1";

type Scalar = number | string | boolean | null | Error;
interface Ref {
  kind: "ref";
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}
type Value = Scalar | Ref | Scalar[][];

const CFError = (globalThis as unknown as { CustomFunctions: { Error: new (code: string, msg?: string) => Error & { code: string } } })
  .CustomFunctions.Error;
const err = (code: string, msg?: string): Error => new CFError(code, msg);
const isErr = (v: unknown): v is Error & { code: string } => v instanceof Error;
const isRef = (v: unknown): v is Ref => typeof v === "object" && v !== null && (v as Ref).kind === "ref";

/** Which CRM parameters are scalars (Excel passes a single-cell reference's value); the rest are ranges. */
const CRM: Record<string, { fn: (...a: any[]) => any[][]; scalars: number[] }> = {
  RFM: { fn: fns.rfm, scalars: [3, 4, 5] },
  BGNBD: { fn: fns.bgnbd, scalars: [] },
  PALIVE: { fn: fns.palive, scalars: [] },
  PURCHASES: { fn: fns.purchases, scalars: [0] },
  GAMMAGAMMA: { fn: fns.gammagamma, scalars: [] },
  SPEND: { fn: fns.spend, scalars: [] },
  CLVHIST: { fn: fns.clvhist, scalars: [6, 7, 8, 9] },
};

// ---- tokens
type Tok =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; sheet?: string; a: string; b?: string; spill: boolean }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

const CELL = /^\$?[A-Z]{1,3}\$?\d+/;

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    const rest = src.slice(i);
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    let sheet: string | undefined;
    let m = /^'((?:[^']|'')*)'!/.exec(rest) ?? /^([A-Za-z_][\w.]*)!/.exec(rest);
    if (m) {
      sheet = m[1].replace(/''/g, "'");
      i += m[0].length;
    }
    const r = src.slice(i);
    m = CELL.exec(r);
    if (m && !/^[A-Za-z.(]/.test(r.slice(m[0].length))) {
      const a = m[0];
      i += a.length;
      let b: string | undefined;
      const m2 = /^:(\$?[A-Z]{1,3}\$?\d+)/.exec(src.slice(i));
      if (m2) {
        b = m2[1];
        i += m2[0].length;
      }
      const spill = src[i] === "#";
      if (spill) i++;
      out.push({ t: "ref", sheet, a, b, spill });
      continue;
    }
    if (sheet !== undefined) throw new Error(`bad reference at ${i} in ${src}`);
    m = /^\d+(\.\d+)?/.exec(r);
    if (m) {
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_][\w.]*/.exec(r);
    if (m) {
      out.push({ t: "name", v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    m = /^(<=|>=|<>|[-+*/&(),=<>])/.exec(r);
    if (m) {
      out.push({ t: "op", v: m[0] });
      i += m[0].length;
      continue;
    }
    throw new Error(`cannot read "${r}" in ${src}`);
  }
  return out;
}

// ---- AST
type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; tok: Extract<Tok, { t: "ref" }> }
  | { k: "call"; name: string; args: (Node | null)[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node };

function parse(src: string): Node {
  const toks = tokenize(src.replace(/^=/, ""));
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v} in ${src}`);
    p++;
  };
  const PREC: Record<string, number> = { "=": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "<>": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4 };
  const primary = (): Node => {
    const t = toks[p++];
    if (!t) throw new Error(`unexpected end of ${src}`);
    if (t.t === "num") return { k: "lit", v: t.v };
    if (t.t === "str") return { k: "lit", v: t.v };
    if (t.t === "ref") return { k: "ref", tok: t };
    if (t.t === "op" && t.v === "-") return { k: "neg", a: primary() };
    if (t.t === "op" && t.v === "(") {
      const e = expr(0);
      expect(")");
      return e;
    }
    if (t.t === "name") {
      expect("(");
      const args: (Node | null)[] = [];
      if (isOp(")")) {
        p++;
        return { k: "call", name: t.v, args };
      }
      for (;;) {
        if (isOp(",") || isOp(")")) args.push(null);
        else args.push(expr(0));
        if (isOp(",")) {
          p++;
          continue;
        }
        expect(")");
        return { k: "call", name: t.v, args };
      }
    }
    throw new Error(`unexpected token in ${src}`);
  };
  const expr = (min: number): Node => {
    let a = primary();
    for (;;) {
      const t = peek();
      if (!t || t.t !== "op" || PREC[t.v] === undefined || PREC[t.v] <= min) return a;
      p++;
      a = { k: "bin", op: t.v, a, b: expr(PREC[t.v]) };
    }
  };
  const e = expr(0);
  if (p !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return e;
}

function cellPos(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a)!;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

const isFormula = (v: CellInput | undefined): v is { formula: string } =>
  typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as { formula?: unknown }).formula === "string";

/** Evaluates the formulas of a set of sheets, lazily, with spills. */
export class Evaluator {
  /** Computed values (spills included) by "sheet|r|c". */
  private readonly values = new Map<string, Scalar>();
  /** Spilled results by anchor "sheet|r|c". */
  private readonly spills = new Map<string, Scalar[][]>();
  private readonly busy = new Set<string>();
  /** CRM.* calls made, in order (name and arguments as passed). */
  readonly calls: Array<{ name: string; args: unknown[] }> = [];

  constructor(private readonly sheets: readonly MemorySheet[]) {}

  private sheet(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  private raw(sheet: string, row: number, col: number): CellInput | undefined {
    return this.sheet(sheet).cells[row]?.[col];
  }

  /** The value of a cell (its formula evaluated, or the spill covering it). */
  cell(sheet: string, row: number, col: number): Scalar {
    const key = `${sheet.toLowerCase()}|${row}|${col}`;
    const raw = this.raw(sheet, row, col);
    if (isFormula(raw) && !this.spills.has(key)) this.evaluateAnchor(sheet, row, col, raw.formula);
    if (this.values.has(key)) return this.values.get(key)!;
    if (raw === undefined || raw === null || raw === "") return null;
    if (isFormula(raw)) throw new Error("unreachable");
    if (raw instanceof Date) throw new Error("dates are passed as serials in these tests");
    return raw as Scalar;
  }

  /** The spilled array of an anchor cell (evaluating it if needed). */
  spill(sheet: string, row: number, col: number): Scalar[][] {
    this.cell(sheet, row, col);
    const s = this.spills.get(`${sheet.toLowerCase()}|${row}|${col}`);
    if (!s) throw new Error(`${sheet}!${row},${col} is not a formula`);
    return s;
  }

  private evaluateAnchor(sheet: string, row: number, col: number, formula: string): void {
    const key = `${sheet.toLowerCase()}|${row}|${col}`;
    if (this.busy.has(key)) throw new Error(`circular reference at ${key}: ${formula}`);
    this.busy.add(key);
    let v: Value;
    try {
      v = this.eval(parse(formula), sheet);
    } finally {
      this.busy.delete(key);
    }
    let arr: Scalar[][] = isRef(v) ? this.read(v) : Array.isArray(v) ? v : [[v]];
    // Spill: every covered cell other than the anchor must be empty.
    for (let r = 0; r < arr.length; r++)
      for (let c = 0; c < arr[r].length; c++) {
        if (r === 0 && c === 0) continue;
        const k = `${sheet.toLowerCase()}|${row + r}|${col + c}`;
        const raw = this.raw(sheet, row + r, col + c);
        if ((raw !== undefined && raw !== null && raw !== "") || this.values.has(k)) {
          arr = [[err("#SPILL!", `spill of ${formula} blocked at row ${row + r + 1}, col ${col + c + 1}`)]];
        }
      }
    this.spills.set(key, arr);
    for (let r = 0; r < arr.length; r++)
      for (let c = 0; c < arr[r].length; c++) this.values.set(`${sheet.toLowerCase()}|${row + r}|${col + c}`, arr[r][c]);
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
      if (v.rows !== 1 || v.cols !== 1) return err("#VALUE!", "a range where one value is expected");
      return this.cell(v.sheet, v.row, v.col);
    }
    if (Array.isArray(v)) return v[0][0];
    return v;
  }

  private grid(v: Value): Scalar[][] {
    if (isRef(v)) return this.read(v);
    if (Array.isArray(v)) return v;
    return [[v]];
  }

  private eval(n: Node, here: string): Value {
    switch (n.k) {
      case "lit":
        return n.v;
      case "neg": {
        const a = this.scalar(this.eval(n.a, here));
        return isErr(a) ? a : -Number(a);
      }
      case "ref": {
        const sheet = n.tok.sheet ?? here;
        const a = cellPos(n.tok.a);
        if (n.tok.spill) {
          const s = this.spill(sheet, a.row, a.col);
          return { kind: "ref", sheet, row: a.row, col: a.col, rows: s.length, cols: s[0].length };
        }
        const b = n.tok.b ? cellPos(n.tok.b) : a;
        return { kind: "ref", sheet, row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
      }
      case "bin": {
        const a = this.scalar(this.eval(n.a, here));
        const b = this.scalar(this.eval(n.b, here));
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        switch (n.op) {
          case "+":
            return Number(a) + Number(b);
          case "-":
            return Number(a) - Number(b);
          case "*":
            return Number(a) * Number(b);
          case "/":
            return Number(b) === 0 ? err("#DIV/0!") : Number(a) / Number(b);
          case "&":
            return `${a ?? ""}${b ?? ""}`;
          default:
            throw new Error(`operator ${n.op} not supported`);
        }
      }
      case "call":
        return this.call(n.name, n.args, here);
    }
  }

  private call(name: string, args: (Node | null)[], here: string): Value {
    const arg = (i: number): Value => (args[i] ? this.eval(args[i]!, here) : null);
    if (name.startsWith("CRM.")) {
      const spec = CRM[name.slice(4)];
      if (!spec) throw new Error(`unknown ${name}`);
      const passed = args.map((a, i) => {
        if (a === null) return undefined; // an empty argument: omitted
        const v = this.eval(a, here);
        return spec.scalars.includes(i) ? this.scalar(v) : this.grid(v);
      });
      this.calls.push({ name, args: passed });
      return spec.fn(...passed) as Scalar[][];
    }
    switch (name) {
      case "INDEX": {
        const ref = arg(0);
        if (!isRef(ref)) throw new Error("INDEX over an array is not used by the chain");
        const r = Number(this.scalar(arg(1)) ?? 0);
        const c = Number(this.scalar(arg(2)) ?? 0);
        if (r > ref.rows || c > ref.cols) return err("#REF!");
        return {
          kind: "ref",
          sheet: ref.sheet,
          row: r === 0 ? ref.row : ref.row + r - 1,
          col: c === 0 ? ref.col : ref.col + c - 1,
          rows: r === 0 ? ref.rows : 1,
          cols: c === 0 ? ref.cols : 1,
        };
      }
      case "ISNA": {
        const v = this.scalar(arg(0));
        return isErr(v) && v.code === "#N/A";
      }
      case "ISERROR":
        return isErr(this.scalar(arg(0)));
      case "IF": {
        const c = this.scalar(arg(0));
        if (isErr(c)) return c;
        return c ? arg(1) : arg(2);
      }
      case "IFERROR": {
        const v = this.scalar(arg(0));
        return isErr(v) ? arg(1) : v;
      }
      case "COUNTIFS":
      case "AVERAGEIFS": {
        const avg = name === "AVERAGEIFS";
        const target = avg ? this.grid(arg(0)).flat() : null;
        const crit = this.grid(arg(avg ? 1 : 0)).flat();
        const test = criterion(this.scalar(arg(avg ? 2 : 1)));
        let count = 0;
        let sum = 0;
        crit.forEach((v, i) => {
          if (!test(v)) return;
          if (!target) {
            count++;
            return;
          }
          const x = target[i];
          if (typeof x === "number") {
            count++;
            sum += x;
          }
        });
        if (!avg) return count;
        return count === 0 ? err("#DIV/0!") : sum / count;
      }
      default:
        throw new Error(`function ${name} not supported by the test evaluator`);
    }
  }
}

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
