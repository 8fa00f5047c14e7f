/**
 * The tiering job, host-agnostic: from a list snapshot and the chosen columns, compute tiers,
 * checks, summary, Pareto data and the comparison with earlier tiers (`analyzeList`), then
 * build the write batches (`buildTierWrite`, `buildSummarySheet`). No Office, no React, no
 * I/O: the pane and the command line hand the batches to their WorkbookHost.
 */
import { isEmptyCell, type CellValue } from "../core/excel/cell";
import { columnLetter, rangeA1 } from "../core/excel/a1";
import { serialFromDate } from "../core/excel/dates";
import { readNumericColumn, type NumericColumn } from "../core/excel/number";
import { formulaString, formulaStringArray } from "../core/excel/formula";
import { checkList, type CheckReport } from "../core/list/checks";
import { findSumRows, type LeftOutReason } from "../core/list/extent";
import { notPutBack } from "../core/list/rowOverride";
import { compareByRow, MOVE_KINDS, type TierComparison } from "../core/list/compare";
import { migrationMatrix, type MigrationMatrix } from "../core/list/migration";
import type { TIERING_ROLES } from "../core/list/listRoles";
import {
  paretoSeries,
  summarizeTiers,
  type ParetoSeries,
  type TierSummary,
} from "../core/list/summary";
import {
  assignTiers,
  concentration,
  DEFAULT_PARETO_CUTS,
  DEFAULT_RANK_CUTS,
  resolveTierOptions,
  type GroupKey,
  type ResolvedTierOptions,
  type TierMethod,
} from "../core/tier";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import { isTierHeader } from "../core/tier/headers";
import type { CellInput, ListSnapshot, Rect, WriteOp } from "../host/types";
import { SheetLayout } from "./layout/sheetLayout";
import { checkTarget, listColumnCells, type TargetContent } from "./layout/conflicts";
import type { RoleColumns } from "./job";

/** Fill colours of the tiers, best first ("#RRGGBB"); more tiers than colours reuse them in turn. */
export const TIER_COLORS: readonly string[] = Object.freeze([
  "#C6EFCE", // A: light green
  "#DDEBF7", // B: light blue
  "#FFF2CC", // C: light yellow
  "#FCE4D6", // D: light orange
  "#FFC7CE", // E: light red
  "#E4DFEC", // F: light purple
  "#EDEDED", // G: light grey
  "#D9E1F2", // H: pale blue
]);

/** The share of customers the concentration line speaks of ("the top 20% hold ..."). */
export const CONCENTRATION_TOP_SHARE = 0.2;

/**
 * The tiering job's column roles: those of its schema (`TIERING_ROLES`), and `group` (tier within
 * the groups of this column: channel, region, rep ...), chosen apart.
 */
export type TierRole = (typeof TIERING_ROLES.shown)[number] | "group";

/** Columns of the list (0-based, within the list) the job uses, by role; sales is required. */
export type ListColumns = RoleColumns<TierRole> & { sales: number };

export interface AnalyzeOptions {
  method?: TierMethod;
  cuts?: readonly number[];
  labels?: readonly string[];
  /**
   * Sheet column (0-based) where the document's settings say an earlier run wrote its Tier
   * column (`SavedTiering.tierColumn`): recognised even if its header was renamed.
   */
  recordedTierColumn?: number;
}

/** Where the Tier column goes and what is there now. */
export interface TierColumnInfo {
  /** 0-based sheet column. */
  col: number;
  /** True when that column is the list's last column (an earlier Tier column the region took in). */
  inList: boolean;
  /** "none": empty; "earlierRun": a Tier column written before; "other": someone else's cells. */
  existing: "none" | "earlierRun" | "other";
  /** Non-empty cells there now (header included). */
  nonEmpty: number;
}

export interface TieringResult {
  sheet: string;
  columns: ListColumns;
  options: ResolvedTierOptions;
  /** 0-based sheet row of the first data row. */
  dataRow: number;
  /** Data rows. */
  rowCount: number;
  /** Sales as read (NaN for blank/invalid), with the blank and invalid rows. */
  sales: NumericColumn;
  /** Tier index per row (0 best, -1 untiered). */
  tierIndex: Int32Array;
  /** Tier label per row, null where untiered. */
  tiers: (string | null)[];
  summary: TierSummary;
  concentration: { topShare: number; share: number };
  paretoSeries: ParetoSeries;
  checks: CheckReport;
  /**
   * Present when a previous tier column was given or an earlier run's Tier column exists; with
   * the migration matrix (previous tier x current tier, the current sales moved per cell).
   */
  comparison?: TierComparison & {
    source: "column" | "earlierRun";
    column: number;
    migration: MigrationMatrix;
  };
  tierColumn: TierColumnInfo;
  /**
   * Rows of the list that are not customers and were left out (never tiered, never in the
   * checks): blank, total/subtotal (by label, formula, table totals row or by value: the sum of
   * the rows above), repeated header, note. 1-based sheet rows, ascending.
   */
  leftOut: Array<{ row: number; reason: LeftOutReason }>;
  /** Header of the sales column ("" if none) and its letter, e.g. "D". */
  salesHeader: string;
  salesColumnLetter: string;
  /** A1 range of the sales cells, e.g. "D2:D501". */
  salesRange: string;
  /** A1 range of the group cells when grouping. */
  groupRange?: string;
}

/** 0-based sheet row of a snapshot's first data row. */
export function firstDataRow(s: ListSnapshot): number {
  return s.headerless ? s.row : s.row + 1;
}

/**
 * Where the Tier column goes: over an earlier run's Tier column when there is one (the list's
 * last column, which a plain range's current region takes in after a first run, or the
 * column right of the list), else the column right of the list.
 *
 * @param s The list.
 * @param taken List columns in use (sales, group ...): never the Tier column.
 * @param recordedTierColumn Sheet column recorded in the settings by an earlier run.
 * @returns The target column and what holds it.
 */
export function locateTierColumn(
  s: ListSnapshot,
  taken: readonly number[] = [],
  recordedTierColumn?: number
): TierColumnInfo {
  const width = s.header.length;
  const last = width - 1;
  const lastCol = s.col + last;
  if (
    width >= 2 &&
    !s.headerless &&
    !taken.includes(last) &&
    (isTierHeader(s.header[last]) || recordedTierColumn === lastCol)
  ) {
    const { nonEmpty } = checkTarget(listColumnCells(s, last), true);
    return { col: lastCol, inList: true, existing: "earlierRun", nonEmpty };
  }
  const right = s.rightColumn;
  const earlier =
    !s.headerless &&
    (isTierHeader(right[0]) ||
      (recordedTierColumn === s.col + width && right.some((v) => !isEmptyCell(v))));
  const check = checkTarget(right, earlier);
  return {
    col: s.col + width,
    inList: false,
    existing: EXISTING[check.content],
    nonEmpty: check.nonEmpty,
  };
}

/** The Tier column's words for what the shared rule finds (the right column is always read). */
const EXISTING: Record<TargetContent, TierColumnInfo["existing"]> = {
  empty: "none",
  own: "earlierRun",
  user: "other",
  unread: "other",
};

function checkColumn(name: string, c: number | undefined, width: number): void {
  if (c === undefined) return;
  if (!Number.isInteger(c) || c < 0 || c >= width) {
    throw new RangeError(`${name} column ${String(c)} is outside the list (0..${width - 1}).`);
  }
}

/** The group key of a cell, as CRM.TIER reads its groups argument: trimmed, case folded; blank null. */
export function groupKeyOf(v: unknown): GroupKey {
  if (isEmptyCell(v)) return null;
  if (v instanceof Date) return String(serialFromDate(v)); // Excel passes dates as serials
  return String(v).trim().toLowerCase();
}

/**
 * Tiers a list and computes everything the pane and the command line show: checks, per-tier
 * summary, concentration, Pareto data and the comparison with earlier tiers (the column chosen
 * as previous tier, else an earlier run's Tier column). Pure: nothing is written.
 *
 * When the checks find an error (empty list, no sales values) nobody is tiered and
 * `checks.ok` is false: callers show the message and write nothing.
 *
 * @param snapshot The list.
 * @param columns Columns to use (0-based within the list); `sales` is required.
 * @param options Method, cuts, labels; the Tier column recorded by an earlier run.
 * @returns The result (see {@link TieringResult}).
 * @throws {RangeError} For a column outside the list, or invalid cuts (from resolveTierOptions).
 * @throws {TypeError} For invalid method or labels (from resolveTierOptions).
 * @example
 * const r = analyzeList(snapshot, { sales: 3, customer: 0 }, { method: "rank" });
 * r.tiers // ["A", "B", null, ...]; r.summary.rows[0].customers; r.salesRange // "D2:D501"
 * Cost: O(n) for rank tiers (O(n log n) for Pareto and for the chart's sort).
 */
export function analyzeList(
  snapshot: ListSnapshot,
  columns: ListColumns,
  options: AnalyzeOptions = {}
): TieringResult {
  const width = snapshot.header.length;
  if (columns.sales === undefined) throw new RangeError(`a sales column is required.`);
  checkColumn("sales", columns.sales, width);
  checkColumn("customer", columns.customer, width);
  checkColumn("group", columns.group, width);
  checkColumn("previousTier", columns.previousTier, width);
  checkColumn("rep", columns.rep, width);
  checkColumn("area", columns.area, width);
  const opts = resolveTierOptions({
    method: options.method,
    cuts: options.cuts,
    labels: options.labels,
  });
  const rows = snapshot.rows;
  const n = rows.length;
  const dataRow = firstDataRow(snapshot);
  const sales = readNumericColumn(rows, columns.sales);
  // Rows that are not customers: found by the reader, plus totals only the sales tell apart.
  const skip = new Uint8Array(n);
  const reasons = new Map<number, LeftOutReason>();
  for (const l of snapshot.leftOut ?? []) {
    skip[l.index] = 1;
    reasons.set(l.index, l.reason);
  }
  const names = columns.customer === undefined ? undefined : rows.map((r) => r[columns.customer!]);
  for (const i of notPutBack(findSumRows(sales.values, names, skip), snapshot.putBack)) {
    skip[i] = 1;
    reasons.set(i, "total");
  }
  if (reasons.size > 0) {
    for (const i of reasons.keys()) sales.values[i] = NaN;
    sales.blankRows = sales.blankRows.filter((i) => !skip[i]);
    sales.invalidRows = sales.invalidRows.filter((i) => !skip[i]);
  }
  const leftOut = [...reasons]
    .sort((a, b) => a[0] - b[0])
    .map(([i, reason]) => ({ row: dataRow + 1 + i, reason }));
  const checks = checkList(rows, columns, dataRow + 1, sales, skip);

  let tierIndex: Int32Array;
  if (checks.ok) {
    let groups: GroupKey[] | undefined;
    if (columns.group !== undefined) {
      const g = columns.group;
      groups = rows.map((r) => groupKeyOf(r[g]));
    }
    tierIndex = assignTiers(sales.values, opts, groups);
  } else {
    tierIndex = new Int32Array(n).fill(-1);
  }
  const tiers = Array.from(tierIndex, (t) => (t >= 0 ? opts.labels[t] : null));
  const tieredValues = sales.values.map((v, i) => (tierIndex[i] >= 0 ? v : NaN));
  // The summary counts customers: the rows left out are not "untiered customers".
  const customer = (_: number, i: number) => !skip[i];
  const summary = summarizeTiers(
    tieredValues.filter(customer),
    tierIndex.filter(customer),
    opts.labels
  );
  const share = checks.ok ? concentration(tieredValues, CONCENTRATION_TOP_SHARE) : NaN;
  const pareto = paretoSeries(tieredValues, tierIndex, opts.labels);

  const taken = [columns.sales, columns.customer, columns.group, columns.rep, columns.area].filter(
    (c): c is number => c !== undefined
  );
  const tierColumn = locateTierColumn(snapshot, taken, options.recordedTierColumn);
  let comparison: TieringResult["comparison"];
  const prevIdx = columns.previousTier;
  if (prevIdx !== undefined) {
    const prev = rows.map((r) => r[prevIdx]);
    const source =
      tierColumn.inList && tierColumn.col === snapshot.col + prevIdx ? "earlierRun" : "column";
    comparison = {
      ...compareByRow(prev, tierIndex, opts.labels),
      source,
      column: snapshot.col + prevIdx,
      migration: migrationMatrix(prev, tiers, { values: sales.values, order: opts.labels }),
    };
  } else if (tierColumn.existing === "earlierRun") {
    const prev: CellValue[] = tierColumn.inList
      ? rows.map((r) => r[tierColumn.col - snapshot.col])
      : snapshot.rightColumn.slice(snapshot.headerless ? 0 : 1);
    comparison = {
      ...compareByRow(prev, tierIndex, opts.labels),
      source: "earlierRun",
      column: tierColumn.col,
      migration: migrationMatrix(prev, tiers, { values: sales.values, order: opts.labels }),
    };
  }

  const salesCol = snapshot.col + columns.sales;
  const result: TieringResult = {
    sheet: snapshot.sheet,
    columns: { ...columns },
    options: opts,
    dataRow,
    rowCount: n,
    sales,
    tierIndex,
    tiers,
    summary,
    concentration: { topShare: CONCENTRATION_TOP_SHARE, share },
    paretoSeries: pareto,
    checks,
    leftOut,
    tierColumn,
    salesHeader: snapshot.header[columns.sales] ?? "",
    salesColumnLetter: columnLetter(salesCol),
    salesRange: rangeA1(dataRow, salesCol, Math.max(1, n)),
  };
  if (comparison) result.comparison = comparison;
  if (columns.group !== undefined)
    result.groupRange = rangeA1(dataRow, snapshot.col + columns.group, Math.max(1, n));
  return result;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The `=CRM.TIER(...)` formula for a result: the sales range, then only the arguments that
 * differ from the defaults (method, cuts as an array constant, labels, group range); a skipped
 * argument in the middle is left empty, which Excel passes as omitted.
 *
 * @param r The analysis.
 * @returns e.g. `=CRM.TIER(D2:D501)` or `=CRM.TIER(D2:D501,"pareto",,,B2:B501)`.
 * @example tierFormula(analyzeList(s, { sales: 3 }, { cuts: [0.1, 0.3, 0.6] })) // '=CRM.TIER(D2:D501,,{0.1,0.3,0.6})'
 */
export function tierFormula(r: TieringResult): string {
  const o = r.options;
  const defaultCuts = o.method === "rank" ? DEFAULT_RANK_CUTS : DEFAULT_PARETO_CUTS;
  const cutsDefault = sameNumbers(o.cuts, defaultCuts);
  const labelsDefault =
    resolveTierOptions({ method: o.method, cuts: o.cuts }).labels.join("\u0000") ===
    o.labels.join("\u0000");
  const args: string[] = [
    r.salesRange,
    o.method === "rank" ? "" : formulaString(o.method),
    cutsDefault ? "" : `{${o.cuts.map((c) => String(c)).join(",")}}`,
    labelsDefault ? "" : formulaStringArray(o.labels),
    r.groupRange ?? "",
  ];
  while (args.length > 1 && args[args.length - 1] === "") args.pop();
  return `=CRM.TIER(${args.join(",")})`;
}

/** Document-settings key under which the column choice for a sheet is remembered. */
export function settingsKey(sheet: string): string {
  return `crm.columns.${sheet}`;
}

/** What a run remembers in the document's settings for a sheet. */
export interface SavedTiering {
  version: 1;
  /** 0-based sheet column of the list's first column. */
  listCol: number;
  /** Each chosen column by index (within the list) and header text. */
  columns: Partial<Record<TierRole, { index: number; header: string }>>;
  /** 0-based sheet column of the Tier column written. */
  tierColumn: number;
  tierHeader: string;
  method: TierMethod;
  cuts: number[];
  labels: string[];
  output: "values" | "formulas";
}

/**
 * The column choice remembered for a sheet, mapped onto the list as it is now: a column is
 * found by its header text first (the list may have gained columns), else by its old position
 * when the header there is blank or unchanged.
 *
 * @param saved The value read from settings (anything: validated here).
 * @param header The list's current header.
 * @returns The columns found (possibly none), or undefined when nothing usable is saved.
 * @example restoreColumns(saved, ["客户名称", "渠道", "销售额"]) // { customer: 0, sales: 2 }
 */
export function restoreColumns(
  saved: unknown,
  header: readonly string[]
): Partial<ListColumns> | undefined {
  if (!saved || typeof saved !== "object" || (saved as SavedTiering).version !== 1)
    return undefined;
  const cols = (saved as SavedTiering).columns;
  if (!cols || typeof cols !== "object") return undefined;
  const out: Partial<ListColumns> = {};
  for (const [role, v] of Object.entries(cols)) {
    if (!v || typeof v.index !== "number" || typeof v.header !== "string") continue;
    const byHeader = v.header !== "" ? header.indexOf(v.header) : -1;
    const unique = byHeader >= 0 && header.lastIndexOf(v.header) === byHeader;
    const at = unique
      ? byHeader
      : v.index < header.length && (header[v.index] === v.header || header[v.index] === "")
        ? v.index
        : -1;
    if (at >= 0) out[role as TierRole] = at;
  }
  return out;
}

export interface TierWriteOptions {
  output: "values" | "formulas";
  locale: Locale;
  /** The user agreed to replace what is in the target column. */
  replaceExisting: boolean;
  /**
   * "auto" (default): over an earlier run's Tier column when there is one, else right of the
   * list. "right": always the column right of the list (e.g. the user declined to replace a
   * column that only looks like an earlier Tier column).
   */
  placement?: "auto" | "right";
}

/** Something the caller should tell the user about the write. */
export interface TierWriteNote {
  /**
   * "valuesInTable": formulas were asked for, but the list is an Excel table (see buildTierWrite).
   * "valuesWithTotals": formulas were asked for, but total rows inside the list hold numbers a
   * `=CRM.TIER(...)` over the column would rank as customers.
   */
  code: "valuesInTable" | "valuesWithTotals";
}

export interface TierWritePlan {
  ops: WriteOp[];
  /** Set (and `ops` empty) when the target holds cells and `replaceExisting` was false. */
  needsConfirmation?: {
    reason: "existingTierColumn" | "nonEmptyTarget";
    /** 0-based sheet column and its letter. */
    col: number;
    columnLetter: string;
    /** Non-empty cells that would be replaced. */
    nonEmpty: number;
  };
  notes: TierWriteNote[];
  /** The cells the Tier column covers (header included). */
  target: Rect;
  /** How the tiers were written. */
  output: "values" | "formulas";
}

/**
 * The write batch of the Tier column: a localized header (none for a headerless list) and the
 * tiers as values or as ONE spilling `=CRM.TIER(...)` formula in the first data cell (the rest
 * of the column cleared with "" so the spill has room), conditional-format colours per label,
 * an autofit, and the column choice saved in the document's settings.
 *
 * Target: an earlier run's Tier column if there is one, else the column right of the list.
 * Nothing is written over a non-empty cell unless `replaceExisting`: without it a non-empty
 * target returns `needsConfirmation` and no ops (an earlier Tier column: "existingTierColumn";
 * other content: "nonEmptyTarget").
 *
 * Excel tables: a dynamic array cannot spill inside a table (#SPILL!), and a column written
 * right next to a table may be absorbed into it, so for a table the tiers are written as
 * values even when formulas were asked for, with a "valuesInTable" note for the user.
 * (A per-row calculated column would re-rank the whole column in every cell: O(n^2).)
 *
 * @param snapshot The list the result was computed from.
 * @param result The analysis (must have `checks.ok`).
 * @param options Output kind, locale of the header, whether replacing was agreed.
 * @returns The ops, or the confirmation needed; notes; the target rectangle.
 * @throws {Error} When the result's checks failed (nothing to write).
 * @example buildTierWrite(snap, result, { output: "formulas", locale: "en", replaceExisting: false }).ops[0]
 * // { kind: "values", sheet, row: 0, col: 4, values: [["Tier"], [{ formula: "=CRM.TIER(D2:D501)" }], [""], ...] }
 * Cost: O(n).
 */
export function buildTierWrite(
  snapshot: ListSnapshot,
  result: TieringResult,
  options: TierWriteOptions
): TierWritePlan {
  if (!result.checks.ok)
    throw new Error(
      `nothing to write: the list failed its checks (${result.checks.issues[0]?.code}).`
    );
  const t = messages(options.locale).tiering.sheet;
  let info = result.tierColumn;
  if (options.placement === "right" && info.inList) {
    const check = checkTarget(snapshot.rightColumn, false);
    info = {
      col: snapshot.col + snapshot.header.length,
      inList: false,
      existing: EXISTING[check.content],
      nonEmpty: check.nonEmpty,
    };
  }
  const n = result.rowCount;
  const headerRows = snapshot.headerless ? 0 : 1;
  const target: Rect = {
    sheet: snapshot.sheet,
    row: snapshot.row,
    col: info.col,
    rows: n + headerRows,
    cols: 1,
  };
  const notes: TierWriteNote[] = [];
  let output = options.output;
  if (output === "formulas" && snapshot.tableName) {
    output = "values";
    notes.push({ code: "valuesInTable" });
  }
  const numericLeftOut = result.leftOut.some((l) => {
    const v = snapshot.rows[l.row - 1 - result.dataRow]?.[result.columns.sales];
    return !isEmptyCell(v) && (l.reason === "total" || l.reason === "user");
  });
  if (output === "formulas" && numericLeftOut) {
    output = "values";
    notes.push({ code: "valuesWithTotals" });
  }
  if (info.nonEmpty > 0 && !options.replaceExisting) {
    return {
      ops: [],
      needsConfirmation: {
        reason: info.existing === "earlierRun" ? "existingTierColumn" : "nonEmptyTarget",
        col: info.col,
        columnLetter: columnLetter(info.col),
        nonEmpty: info.nonEmpty,
      },
      notes,
      target,
      output,
    };
  }
  const values: CellInput[][] = new Array(n + headerRows);
  if (headerRows) values[0] = [t.tierHeader];
  if (output === "formulas") {
    values[headerRows] = [{ formula: tierFormula(result) }];
    for (let i = 1; i < n; i++) values[headerRows + i] = [""];
  } else {
    const shared = result.options.labels.map((l) => [l]);
    for (let i = 0; i < n; i++) {
      const k = result.tierIndex[i];
      values[headerRows + i] = k >= 0 ? shared[k] : [""];
    }
  }
  const labels = result.options.labels;
  const saved: SavedTiering = {
    version: 1,
    listCol: snapshot.col,
    columns: {},
    tierColumn: info.col,
    tierHeader: t.tierHeader,
    method: result.options.method,
    cuts: result.options.cuts.slice(),
    labels: labels.slice(),
    output,
  };
  for (const [role, index] of Object.entries(result.columns)) {
    if (typeof index === "number")
      saved.columns[role as TierRole] = { index, header: snapshot.header[index] ?? "" };
  }
  const ops: WriteOp[] = [
    { kind: "values", sheet: snapshot.sheet, row: snapshot.row, col: info.col, values },
    {
      kind: "tierFormat",
      sheet: snapshot.sheet,
      row: result.dataRow,
      col: info.col,
      rows: Math.max(1, n),
      labels: labels.slice(),
      colors: labels.map((_, i) => TIER_COLORS[i % TIER_COLORS.length]),
    },
    { kind: "autofit", sheet: snapshot.sheet, col: info.col, cols: 1 },
    { kind: "setting", key: settingsKey(snapshot.sheet), value: saved },
  ];
  return { ops, notes, target, output };
}

/**
 * The sheet rectangle of a data row of the list (for "click a row to select it").
 *
 * @param snapshot The list.
 * @param index 0-based data-row index (as in comparison and check row lists minus offsets).
 * @returns The row across the list's columns.
 * @example listRowRect(snap, 0) // { sheet, row: snap.row + 1, col: snap.col, rows: 1, cols: snap.header.length }
 */
export function listRowRect(snapshot: ListSnapshot, index: number): Rect {
  return {
    sheet: snapshot.sheet,
    row: firstDataRow(snapshot) + index,
    col: snapshot.col,
    rows: 1,
    cols: snapshot.header.length,
  };
}

/** Rank range text of a Pareto bucket: "7" or "1-500". */
function rankText(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/**
 * The "Tier summary" sheet: a new sheet with a unique name holding a title, the per-tier
 * table (its total row under the Excel table, outside it), the untiered count, the
 * concentration line (and the share rule when some sales are negative), the comparison with
 * earlier tiers when there is one, the Pareto data (rank range, sales per customer,
 * cumulative share, tier) at column H, and a native column + line chart over those cells.
 *
 * Layout (SheetLayout, one blank row between blocks): title A1; tier table from A3 (header)
 * with K tiers, its total row right under it (outside the sortable table); the untiered and concentration lines; the comparison caption
 * and table; two blank rows, then the chart (18 x 6 cells, A-F). The Pareto data sits right of
 * that block (one blank column: H) from the tier table's header row, and the chart's series
 * refer to where it was placed.
 *
 * @param result The analysis.
 * @param existingSheetNames The workbook's sheet names (for a unique name).
 * @param locale Language of the texts.
 * @returns The ops: addSheet, values, tables, chart, autofits.
 * @throws {Error} When the result's checks failed.
 * @example buildSummarySheet(result, ["Sheet1"], "zh")[0] // { kind: "addSheet", name: "分级汇总", activate: true }
 * Cost: O(K + chart points).
 */
export function buildSummarySheet(
  result: TieringResult,
  existingSheetNames: readonly string[],
  locale: Locale
): WriteOp[] {
  if (!result.checks.ok)
    throw new Error(
      `nothing to summarise: the list failed its checks (${result.checks.issues[0]?.code}).`
    );
  const t = messages(locale).tiering.sheet;
  const sheet = SheetLayout.newSheet(t.summarySheet, existingSheetNames, { activate: true });
  const s = result.summary;
  // Left: title, tier table, lines, comparison, then the chart; the Pareto data at its right.
  const left = sheet.down({ row: 0, col: 0 });
  left.title(
    t.summaryTitle({ sheet: result.sheet, sales: result.salesHeader || result.salesColumnLetter })
  );
  const tableRows: CellInput[][] = s.rows.map((r) => [
    r.label,
    r.customers,
    r.customerShare,
    r.sales,
    nanToBlank(r.salesShare),
  ]);
  const formats = [null, "#,##0", "0.0%", "#,##0.00", "0.0%"];
  const tiers = left.table({
    header: [
      t.table.tier,
      t.table.customers,
      t.table.customerShare,
      t.table.sales,
      t.table.salesShare,
    ],
    rows: tableRows,
    numberFormats: formats,
  });
  // The total row sits right under the table, not in it: sorting the table would move a total
  // row that is one of its rows (issue 11 item 8). One write per cell, each with its format.
  const totalRow: CellInput[] = [
    t.total,
    s.tiered,
    s.tiered > 0 ? 1 : 0,
    s.totalSales,
    s.positiveSales > 0 ? 1 : "",
  ];
  left.place(
    1,
    totalRow.length,
    (b) =>
      totalRow.map((v, c) => ({
        kind: "values" as const,
        sheet: b.sheet,
        row: b.row,
        col: b.col + c,
        values: [[v]],
        ...(formats[c] ? { numberFormat: formats[c]! } : {}),
      })),
    { gap: 0 }
  );
  const lines: string[] = [];
  if (s.untiered > 0) lines.push(t.untiered({ count: s.untiered }));
  lines.push(
    t.concentration({ topShare: result.concentration.topShare, share: result.concentration.share })
  );
  if (s.negative.customers > 0)
    lines.push(
      t.negativeShares({
        customers: s.negative.customers,
        sales: s.negative.sales.toLocaleString("en-US", { maximumFractionDigits: 2 }),
      })
    );
  left.lines(lines);

  if (result.comparison) {
    const c = result.comparison;
    left.title(t.comparison.caption);
    const kinds = MOVE_KINDS.filter((k) => k !== "unknown" || c.counts.unknown > 0);
    left.table(
      {
        header: [t.comparison.change, t.comparison.customers],
        rows: kinds.map((k) => [t.comparison[k], c.counts[k]]),
        numberFormats: [null, "#,##0"],
      },
      { gap: 0 }
    );
  }
  const chartArea = left.reserve(SUMMARY_CHART.rows, SUMMARY_CHART.cols, { gap: 2 });

  const pts = result.paretoSeries.points;
  const pareto = sheet.down({ row: tiers.row, col: left.right + 1 }).table({
    header: [t.pareto.ranks, t.pareto.salesPerCustomer, t.pareto.cumulativeShare, t.pareto.tier],
    rows: pts.map((p) => [
      rankText(p.fromRank, p.toRank),
      p.mean,
      p.cumulativeShare,
      result.options.labels[p.tier] ?? "",
    ]),
    numberFormats: [null, "#,##0.00", "0.0%", null],
  });
  if (pts.length > 0) {
    const x = pareto.columnRange(0);
    sheet.chart(chartArea, {
      type: "paretoCombo",
      title: t.paretoChartTitle,
      series: [
        { name: t.pareto.salesPerCustomer, x, y: pareto.columnRange(1) },
        {
          name: t.pareto.cumulativeShare,
          x,
          y: pareto.columnRange(2),
          secondary: true,
          line: true,
        },
      ],
    });
  }
  // Column A holds the title and sentences that may overflow: fit only the numbers.
  sheet.autofit(tiers.col + 1, tiers.cols - 1);
  sheet.autofit(pareto.col, pareto.cols);
  return sheet.ops();
}

/** Size of the Pareto chart on the summary sheet, in cells. */
const SUMMARY_CHART = { rows: 18, cols: 6 };

function nanToBlank(x: number): number | string {
  return Number.isFinite(x) ? x : "";
}
