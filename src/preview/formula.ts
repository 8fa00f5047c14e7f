/**
 * Reads the Excel formulas the pane writes (en-US syntax) into a small syntax tree: a tokenizer
 * and a precedence-climbing parser. Covers references (`A1`, `$A$2:$A$9`, `'Sheet'!A1:B2`,
 * spill references `G2#`, structured references `Orders[Amount]`), numbers, strings, TRUE/FALSE,
 * array constants (`{0.3,0.7}`, `{"A","B";"C","D"}`), function calls with empty arguments,
 * unary minus and the binary operators + - * / & = <> < > <= >=. Evaluation is in evaluate.ts.
 */

/** A reference as written: cell or range (`b`), optional sheet, optional spill `#`. */
export interface RefToken {
  t: "ref";
  sheet?: string;
  a: string;
  b?: string;
  spill: boolean;
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | RefToken
  | { t: "table"; table: string; column: string }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

/** A literal of an array constant or a formula. */
export type Literal = number | string | boolean;

export type FormulaNode =
  | { k: "lit"; v: Literal }
  | { k: "array"; rows: Literal[][] }
  | { k: "ref"; ref: RefToken }
  | { k: "table"; table: string; column: string }
  | { k: "call"; name: string; args: (FormulaNode | null)[] }
  | { k: "bin"; op: string; a: FormulaNode; b: FormulaNode }
  | { k: "neg"; a: FormulaNode };

/** A formula this reader cannot read (the evaluator shows it as #NAME?). */
export class FormulaSyntaxError extends Error {}

const CELL = /^\$?[A-Z]{1,3}\$?\d+/;
// What may not follow a cell address for it to be one: "LOG10(" or "T2024[" are names.
const NOT_AFTER_CELL = /^[\p{L}\p{N}_.([]/u;
const NAME = /^[\p{L}_][\p{L}\p{N}_.]*/u;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/;
const OPERATOR = /^(<=|>=|<>|[-+*/&(),=<>{};])/;

/** Reads `"..."` (with `""` for a quote) starting at `i`; returns the text and the index after it. */
function readString(src: string, i: number): [string, number] {
  let s = "";
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] !== '"') s += src[j];
    else if (src[j + 1] === '"') s += src[j++];
    else return [s, j + 1];
  }
  throw new FormulaSyntaxError(`unterminated text in ${src}`);
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i])) {
      i++;
      continue;
    }
    if (src[i] === '"') {
      const [v, next] = readString(src, i);
      out.push({ t: "str", v });
      i = next;
      continue;
    }
    let rest = src.slice(i);
    let sheet: string | undefined;
    const q = /^'((?:[^']|'')+)'!/.exec(rest) ?? /^([\p{L}_][\p{L}\p{N}_.]*)!/u.exec(rest);
    if (q) {
      sheet = q[1].replace(/''/g, "'");
      i += q[0].length;
      rest = src.slice(i);
    }
    let m = CELL.exec(rest);
    if (m && !NOT_AFTER_CELL.test(rest.slice(m[0].length))) {
      i += m[0].length;
      const m2 = /^:(\$?[A-Z]{1,3}\$?\d+)/.exec(src.slice(i));
      if (m2) i += m2[0].length;
      const spill = src[i] === "#";
      if (spill) i++;
      out.push({ t: "ref", sheet, a: m[0], b: m2?.[1], spill });
      continue;
    }
    if (sheet !== undefined)
      throw new FormulaSyntaxError(`bad reference after ${sheet}! in ${src}`);
    if ((m = NUMBER.exec(rest))) {
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if ((m = NAME.exec(rest))) {
      i += m[0].length;
      if (src[i] === "[") {
        // Table[Column]: inside the brackets ' escapes the next character.
        let column = "";
        let j = i + 1;
        for (; j < src.length && src[j] !== "]"; j++) column += src[j] === "'" ? src[++j] : src[j];
        if (j >= src.length)
          throw new FormulaSyntaxError(`unterminated structured reference in ${src}`);
        out.push({ t: "table", table: m[0], column });
        i = j + 1;
      } else out.push({ t: "name", v: m[0].toUpperCase() });
      continue;
    }
    if ((m = OPERATOR.exec(rest))) {
      out.push({ t: "op", v: m[0] });
      i += m[0].length;
      continue;
    }
    throw new FormulaSyntaxError(`cannot read "${rest}" in ${src}`);
  }
  return out;
}

const PRECEDENCE: Record<string, number> = {
  "=": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "<>": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
};

/**
 * Parses a formula (with or without its leading "=").
 * @param src The formula text, e.g. `=CRM.TIER(G2#,"rank",{0.3,0.7})`.
 * @returns Its syntax tree.
 * @throws {FormulaSyntaxError} For text outside the supported grammar.
 * @example parseFormula("=A1*2") // { k: "bin", op: "*", a: { k: "ref", ... }, b: { k: "lit", v: 2 } }
 * Cost: O(length of the formula).
 */
export function parseFormula(src: string): FormulaNode {
  const toks = tokenize(src.replace(/^\s*=/, ""));
  let p = 0;
  const isOp = (v: string): boolean => {
    const t = toks[p];
    return t !== undefined && t.t === "op" && t.v === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new FormulaSyntaxError(`expected "${v}" in ${src}`);
    p++;
  };
  const literal = (): Literal => {
    const neg = isOp("-");
    if (neg) p++;
    const t = toks[p++];
    if (t?.t === "num") return neg ? -t.v : t.v;
    if (!neg && t?.t === "str") return t.v;
    if (!neg && t?.t === "name" && (t.v === "TRUE" || t.v === "FALSE")) return t.v === "TRUE";
    throw new FormulaSyntaxError(`bad array constant in ${src}`);
  };
  const arrayConstant = (): FormulaNode => {
    const rows: Literal[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(literal());
      if (isOp(",")) p++;
      else if (isOp(";")) {
        p++;
        rows.push([]);
      } else break;
    }
    expect("}");
    if (rows.some((r) => r.length !== rows[0].length))
      throw new FormulaSyntaxError(`ragged array constant in ${src}`);
    return { k: "array", rows };
  };
  const call = (name: string): FormulaNode => {
    expect("(");
    const args: (FormulaNode | null)[] = [];
    if (isOp(")")) {
      p++;
      return { k: "call", name, args };
    }
    for (;;) {
      args.push(isOp(",") || isOp(")") ? null : expr(0)); // an empty argument is omitted
      if (isOp(")")) {
        p++;
        return { k: "call", name, args };
      }
      expect(",");
    }
  };
  const primary = (): FormulaNode => {
    const t = toks[p++];
    if (!t) throw new FormulaSyntaxError(`unexpected end of ${src}`);
    switch (t.t) {
      case "num":
      case "str":
        return { k: "lit", v: t.v };
      case "ref":
        return { k: "ref", ref: t };
      case "table":
        return { k: "table", table: t.table, column: t.column };
      case "name":
        if (isOp("(")) return call(t.v);
        if (t.v === "TRUE" || t.v === "FALSE") return { k: "lit", v: t.v === "TRUE" };
        throw new FormulaSyntaxError(`unknown name ${t.v} in ${src}`);
      case "op":
        if (t.v === "-") return { k: "neg", a: primary() };
        if (t.v === "+") return primary();
        if (t.v === "{") return arrayConstant();
        if (t.v === "(") {
          const e = expr(0);
          expect(")");
          return e;
        }
        throw new FormulaSyntaxError(`unexpected "${t.v}" in ${src}`);
    }
  };
  // Precedence climbing: left-associative binary operators above `min`.
  const expr = (min: number): FormulaNode => {
    let a = primary();
    for (;;) {
      const t = toks[p];
      const prec = t?.t === "op" ? PRECEDENCE[t.v] : undefined;
      if (prec === undefined || prec <= min) return a;
      p++;
      a = { k: "bin", op: (t as { v: string }).v, a, b: expr(prec) };
    }
  };
  const e = expr(0);
  if (p !== toks.length)
    throw new FormulaSyntaxError(`unexpected text after the formula in ${src}`);
  return e;
}
