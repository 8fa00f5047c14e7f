/**
 * A tiny formula evaluator for the preview's in-memory workbook: computes `=CRM.TIER(...)`
 * (what the pane writes as live formulas) with the custom function's own implementation and
 * spills the result, so the preview grid shows tiers as Excel would. Other formulas show "#NAME?".
 */
import { columnIndex } from "../core/a1";
import { tierImpl } from "../functions/tier";
import type { CellValue } from "../core/cell";
import type { MemorySheet } from "../host/memoryWorkbook";

/** CustomFunctions.Error stand-in outside Excel (the implementation makes per-cell errors with it). */
export function installCustomFunctionsStub(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  class CfError {
    constructor(
      readonly code: string,
      readonly message?: string
    ) {}
  }
  g.CustomFunctions = { Error: CfError, ErrorCode: {}, associate: () => undefined };
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = "";
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "{" || ch === "(")) depth++;
    if (!quoted && (ch === "}" || ch === ")")) depth--;
    if (!quoted && depth === 0 && ch === ",") {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

function rangeValues(sheet: MemorySheet, ref: string): unknown[][] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref);
  if (!m) return null;
  const c0 = columnIndex(m[1]);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnIndex(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const out: unknown[][] = [];
  for (let r = r0; r <= r1; r++) {
    const line: unknown[] = [];
    for (let c = c0; c <= c1; c++) {
      const v = sheet.cells[r]?.[c];
      line.push(v === undefined || (typeof v === "object" && v !== null && !(v instanceof Date)) ? null : v);
    }
    out.push(line);
  }
  return out;
}

function argValue(sheet: MemorySheet, a: string): unknown {
  if (a === "") return undefined;
  if (/^".*"$/.test(a)) return a.slice(1, -1).replace(/""/g, '"');
  if (/^\{.*\}$/.test(a)) return [a.slice(1, -1).split(",").map((x) => (/^".*"$/.test(x.trim()) ? x.trim().slice(1, -1) : Number(x)))];
  if (/^-?\d+(\.\d+)?$/.test(a)) return Number(a);
  return rangeValues(sheet, a);
}

/** Evaluates a formula cell of the preview workbook (a spilling 2-D result for CRM.TIER). */
export function evaluatePreviewFormula(sheet: MemorySheet, _row: number, _col: number, formula: string): CellValue | CellValue[][] {
  const m = /^=\s*CRM\.TIER\((.*)\)\s*$/i.exec(formula);
  if (!m) return "#NAME?";
  const args = splitArgs(m[1]).map((a) => argValue(sheet, a));
  const out = tierImpl(args[0], args[1], args[2], args[3], args[4]);
  return out.map((r) => r.map((v) => (typeof v === "object" && v !== null ? String((v as { code?: string }).code ?? "#VALUE!") : (v as CellValue))));
}
