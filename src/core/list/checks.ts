/**
 * Data checks run before tiering (PRODUCT 2.1, 2.5): what will be left untiered and which
 * records are incomplete, reported as codes with 1-based worksheet row numbers. The pane and
 * the command line turn codes into sentences in the user's language.
 */
import { isEmptyCell } from "../excel/cell";
import { readNumericColumn, type NumericColumn } from "../excel/number";

export type CheckCode =
  /** The list has no data rows. */
  | "emptyList"
  /** No sales column was given (the list has no numeric column to tier by). */
  | "noNumericColumn"
  /** The sales column holds no number at all. */
  | "noSalesValues"
  /** The sales column holds only error cells (all "#N/A"): `errors` names them. */
  | "salesAllErrors"
  /** Sales cells that are not numbers: those rows are left untiered. */
  | "salesNotNumeric"
  /** Blank sales cells in customer rows: left untiered. */
  | "salesBlank"
  /** The same customer name on several rows. */
  | "duplicateCustomer"
  /** Customer rows without an owner (rep): incomplete record. */
  | "missingRep"
  /** Customer rows without an area: incomplete record. */
  | "missingArea";

export interface CheckIssue {
  code: CheckCode;
  /** "error": nothing can be tiered; "warning": tiering proceeds, the rows are reported. */
  severity: "error" | "warning";
  /** How many rows the issue concerns. */
  count: number;
  /** 1-based worksheet row numbers, ascending (empty for list-wide problems). */
  rows: number[];
  /** For salesAllErrors: the errors shown (["#N/A"], or ["#N/A", "#REF!"] for several). */
  errors?: string[];
  /** For duplicateCustomer: each repeated name (as first written) and its rows. */
  duplicates?: Array<{ name: string; rows: number[] }>;
}

export interface CheckReport {
  /** False when an error-severity issue means nothing should be written. */
  ok: boolean;
  issues: CheckIssue[];
}

/** Columns to check (0-based, within the rows); any may be omitted. */
export interface CheckColumns {
  sales?: number;
  customer?: number;
  rep?: number;
  area?: number;
}

/** Text key of a customer name: trimmed, inner spaces collapsed, case folded. */
function nameKey(v: unknown): string {
  return String(v).trim().replace(/\s+/g, " ").toLowerCase();
}

/** An error value as hosts pass it to the core: "#N/A", "#VALUE!", "#REF!", "#DIV/0!" ... */
const ERROR_TEXT =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|GETTING_DATA|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

/** True for a cell holding an Excel error value. */
export function isErrorText(v: unknown): boolean {
  return typeof v === "string" && ERROR_TEXT.test(v.trim());
}

/**
 * Checks a list's data rows. Fully blank rows and rows in `skip` (left out of the list: totals,
 * notes ...) are skipped by every check.
 *
 * @param rows Data rows.
 * @param columns The sales, customer, rep and area columns (those given are checked).
 * @param firstSheetRow 1-based worksheet row number of `rows[0]` (e.g. 2 under a header in row 1).
 * @param sales The sales column already read with `readNumericColumn` (read here when omitted).
 * @param skip Rows left out of the list (1 = skip), as blank rows are.
 * @returns The issues found and whether tiering can go ahead.
 * @example
 * checkList([["Ann", 10], ["Bob", "n/a"], ["Ann", 5]], { customer: 0, sales: 1 }, 2).issues
 * // [{ code: "salesNotNumeric", rows: [3], ... }, { code: "duplicateCustomer", rows: [2, 4], ... }]
 * Cost: O(rows) (hashing for duplicates).
 */
export function checkList(
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  columns: CheckColumns,
  firstSheetRow: number,
  sales?: NumericColumn,
  skip?: ArrayLike<number>
): CheckReport {
  const issues: CheckIssue[] = [];
  const n = rows.length;
  const fail = (code: CheckCode): CheckReport => {
    issues.push({ code, severity: "error", count: 0, rows: [] });
    return { ok: false, issues };
  };
  if (n === 0) return fail("emptyList");
  if (columns.sales === undefined) return fail("noNumericColumn");
  const col = sales ?? readNumericColumn(rows, columns.sales);

  const blankRow = new Uint8Array(n);
  let dataRows = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    let blank = true;
    if (r && !skip?.[i]) for (let c = 0; c < r.length && blank; c++) blank = isEmptyCell(r[c]);
    blankRow[i] = blank ? 1 : 0;
    if (!blank) dataRows++;
  }
  if (dataRows === 0) return fail("emptyList");
  let numbers = 0;
  for (let i = 0; i < n; i++) if (!blankRow[i] && col.values[i] === col.values[i]) numbers++;
  if (numbers === 0) {
    // Say "all #N/A" rather than "no numbers" when the column is made of error cells.
    const errors = new Set<string>();
    let other = 0;
    for (const i of col.invalidRows) {
      if (blankRow[i]) continue;
      const v = rows[i]?.[columns.sales];
      if (isErrorText(v)) errors.add(String(v).trim().toUpperCase());
      else other++;
    }
    if (errors.size > 0 && other === 0)
      issues.push({
        code: "salesAllErrors",
        severity: "error",
        count: 0,
        rows: [],
        errors: [...errors],
      });
    else issues.push({ code: "noSalesValues", severity: "error", count: 0, rows: [] });
  }

  const sheetRows = (idx: number[]): number[] =>
    idx.filter((i) => !blankRow[i]).map((i) => i + firstSheetRow);
  const warn = (code: CheckCode, idx: number[]): void => {
    const r = sheetRows(idx);
    if (r.length > 0) issues.push({ code, severity: "warning", count: r.length, rows: r });
  };
  warn("salesNotNumeric", col.invalidRows);
  warn("salesBlank", col.blankRows);

  if (columns.customer !== undefined) {
    const c = columns.customer;
    const byName = new Map<string, { name: string; rows: number[] }>();
    for (let i = 0; i < n; i++) {
      const v = rows[i]?.[c];
      if (blankRow[i] || isEmptyCell(v)) continue;
      const key = nameKey(v);
      const e = byName.get(key);
      if (e) e.rows.push(i + firstSheetRow);
      else byName.set(key, { name: String(v).trim(), rows: [i + firstSheetRow] });
    }
    const duplicates = [...byName.values()].filter((e) => e.rows.length > 1);
    if (duplicates.length > 0) {
      const all = duplicates.flatMap((d) => d.rows).sort((a, b) => a - b);
      issues.push({
        code: "duplicateCustomer",
        severity: "warning",
        count: all.length,
        rows: all,
        duplicates,
      });
    }
  }
  const missing = (code: CheckCode, c: number | undefined): void => {
    if (c === undefined) return;
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (!blankRow[i] && isEmptyCell(rows[i]?.[c])) idx.push(i);
    warn(code, idx);
  };
  missing("missingRep", columns.rep);
  missing("missingArea", columns.area);

  return { ok: !issues.some((i) => i.severity === "error"), issues };
}
