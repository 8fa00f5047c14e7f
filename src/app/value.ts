/**
 * The Value view's jobs (issue #7, PRODUCT 2.6-2.8), host-agnostic: from a list snapshot and the
 * user's choices, plan the write of a Segment, CLV or Score (+ score tier) column at the right
 * of the list, as live CRM.* formulas or as values. Nothing here talks to Excel: each build
 * returns the `WriteOp`s and whether they need the user's go-ahead; the pane applies them.
 *
 * How a pane drives it:
 *   const plan = buildSegmentWrite(snapshot, { x, y, matrix: "loyalty", output: "formulas", locale });
 *   if (plan.needsConfirmation && !(await askUser(plan.conflict))) return;
 *   await host.apply(plan.ops);
 * (`replaceExisting: true` gives the same ops with `needsConfirmation` false, once asked.)
 *
 * Where columns go: over this job's own column from an earlier run when the list has one (a
 * header equal to this job's header in any language), else the first column right of the list.
 * Writing over any non-empty cell (ours from an earlier run, or the user's) needs confirmation.
 *
 * Formulas: one formula in the first data row that spills down (`=CRM.SEGMENT(D2:D101,...)`),
 * the column's other data cells cleared so the spill has room. Excel tables do not let dynamic
 * arrays spill, so when the list is a table, formulas are written per row instead: CLV per row is
 * exact; a per-row segment needs fixed cuts (the medians now, see note "tableFixedCuts"); a score
 * needs the whole column, so it is written as values (note "tableValues").
 */
import { rangeA1 } from "../core/excel/a1";
import { formulaStringArray } from "../core/excel/formula";
import type { CellValue } from "../core/excel/cell";
import { clvMany } from "../core/clv";
import { currentValues, potentialValues } from "../core/currentValue";
import { VALUE_CLASS_IDS, VALUE_CLASS_LABELS, valueClasses } from "../core/valueClass";
import { readNumericColumn } from "../core/excel/number";
import { scoreMany } from "../core/score";
import { MATRIX_SEGMENTS, SEGMENT_LABELS, segmentMany, type SegmentMatrix } from "../core/segment";
import { assignTiers, resolveTierOptions } from "../core/tier";
import { LOCALES, type Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import type { ValueSheetText } from "../i18n/types";
import type { CellInput, ListSnapshot, Rect, WorkbookHost, WriteOp } from "../host/types";
import { checkTarget, listColumnCells } from "./layout/conflicts";

/** Live formulas (recalculate with the data) or plain values. */
export type OutputMode = "values" | "formulas";

/** Why a plan needs the user's go-ahead. */
export type WriteConflict =
  /** Nothing in the way. */
  | "none"
  /** This job's own column from an earlier run will be replaced. */
  | "replaceOwn"
  /** Non-empty cells the add-in did not write would be overwritten. */
  | "overwriteCells"
  /** A target column beyond the snapshot's right column was not read (pass `beyond`): ask to be safe. */
  | "unknownCells";

/** Remarks the pane may show next to the result. */
export type WriteNote =
  /** The list is a table: per-row CRM.SEGMENT formulas with the cuts fixed at today's values. */
  | "tableFixedCuts"
  /** The list is a table: the score and its tier were written as values (a table cannot hold a spill). */
  | "tableValues"
  /**
   * Formulas were asked for, but rows left out of the list (a total row) hold numbers a live
   * formula over the column would count: written as values (as `crm tier` does).
   */
  | "valuesWithTotals";

/** A planned column write. */
export interface ColumnWritePlan {
  /** The ops to apply (also when confirmation is needed: apply them once the user agrees). */
  ops: WriteOp[];
  /** True when the ops overwrite non-empty cells and `replaceExisting` was not set. */
  needsConfirmation: boolean;
  conflict: WriteConflict;
  /** Where each written column sits: header row plus data rows. */
  columns: Rect[];
  /** The formula of the first data row of each written column (formulas output), for display. */
  formulas: string[];
  notes: WriteNote[];
}

/** Options shared by every column write. */
export interface CommonWriteOptions {
  output: OutputMode;
  locale: Locale;
  /** The user agreed to overwrite: `needsConfirmation` is then false. */
  replaceExisting?: boolean;
  /**
   * Values of the columns beyond `snapshot.rightColumn` that a multi-column write (the score
   * and its tier) will cover, each `rows.length + 1` long, header first: read them with
   * {@link readBeyond}. Without them those cells count as unknown (confirmation asked).
   */
  beyond?: CellValue[][];
}

/** Options of {@link buildSegmentWrite}. Columns are 0-based indices into `snapshot.header`. */
export interface SegmentWriteOptions extends CommonWriteOptions {
  x: number;
  y: number;
  matrix: SegmentMatrix;
  xCut?: number;
  yCut?: number;
}

/** Options of {@link buildClvWrite}. */
export interface ClvWriteOptions extends CommonWriteOptions {
  /** Margin column, or adjacent period columns left to right (one range). */
  margin: number | number[];
  /** Retention: a rate 0..1 for everyone, or a column of per-customer rates. Omitted: 1. */
  retention?: number | { col: number };
  /** Discount rate per period (omitted: CRM.CLV's default 0.1). */
  discount?: number;
  /** Horizon in periods (omitted: CRM.CLV's default; 0 = infinite). */
  periods?: number;
  /** Acquisition cost: one amount, or a column. Omitted: 0. */
  acquisitionCost?: number | { col: number };
}

/** One indicator of a score. */
export interface ScoreIndicator {
  col: number;
  /** Weight (any scale: normalised to sum 1, e.g. slider percentages). Default 1. */
  weight?: number;
  /** 1 higher is better (default), -1 lower is better. */
  direction?: 1 | -1;
}

/** Options of {@link buildScoreWrite}. */
export interface ScoreWriteOptions extends CommonWriteOptions {
  indicators: ScoreIndicator[];
  /** Cuts of the score tiers (default CRM.TIER's 0.2, 0.6). */
  tierCuts?: number[];
  /** Tier labels, one more than the cuts (default A, B, C...). */
  tierLabels?: string[];
}

/** A number as formula text (formulas are always written in en-US syntax). */
function num(x: number): string {
  if (!Number.isFinite(x))
    throw new RangeError(`A formula argument must be a finite number, got ${x}.`);
  return String(x);
}

/** `(a,b,,d)` argument text with the trailing omitted arguments dropped. */
function args(list: (string | undefined)[]): string {
  let end = list.length;
  while (end > 0 && list[end - 1] === undefined) end--;
  return list
    .slice(0, end)
    .map((a) => a ?? "")
    .join(",");
}

/** Checks each column given (by what it is for; undefined: not chosen) is one of the list's. */
function checkCols(snapshot: ListSnapshot, cols: Record<string, number | undefined>): void {
  for (const [what, col] of Object.entries(cols))
    if (col !== undefined) checkCol(snapshot, col, what);
}

function checkCol(snapshot: ListSnapshot, col: number, what: string): void {
  if (!Number.isInteger(col) || col < 0 || col >= snapshot.header.length) {
    throw new RangeError(
      `${what}: column ${col} is not a column of the list (0..${snapshot.header.length - 1}).`
    );
  }
}

function checkRows(snapshot: ListSnapshot): number {
  const n = snapshot.rows.length;
  if (n === 0) throw new RangeError("The list has no data rows.");
  return n;
}

/** Data range of list column `j` (relative A1, same sheet as the written column). */
function dataRange(s: ListSnapshot, j: number): string {
  return rangeA1(s.row + 1, s.col + j, s.rows.length);
}

/** Cell of list column `j` in data row `r`. */
function dataCell(s: ListSnapshot, j: number, r: number): string {
  return rangeA1(s.row + 1 + r, s.col + j, 1);
}

/** The column headers the Value jobs write (keys of `messages(locale).value.sheet`). */
type ValueHeader = {
  [K in keyof ValueSheetText]: ValueSheetText[K] extends string ? K : never;
}[keyof ValueSheetText];

/** The header of a job's column in every language (lower case), to find it on a re-run. */
function headerVariants(key: ValueHeader): Set<string> {
  return new Set(LOCALES.map((l) => messages(l).value.sheet[key].trim().toLowerCase()));
}

interface Placement {
  /** Absolute sheet columns. */
  cols: number[];
  conflict: WriteConflict;
}

/**
 * Where the job's columns go (one header set per column, every language): over the job's own
 * columns from an earlier run (found by the first column's header), else right of the list; and
 * what is in the way.
 */
function place(
  s: ListSnapshot,
  headers: readonly ValueHeader[],
  beyond: CellValue[][] | undefined
): Placement {
  const ownHeaders = headers.map(headerVariants);
  const k = ownHeaders.length;
  const isOwn = (j: number, i: number) =>
    j < s.header.length && ownHeaders[i].has(s.header[j].trim().toLowerCase());
  const own = s.header.findIndex((_, j) => isOwn(j, 0));
  const start = own >= 0 ? own : s.header.length;
  const cols: number[] = [];
  let overwrite = false;
  let unknown = false;
  for (let i = 0; i < k; i++) {
    const j = start + i; // index relative to the list's first column
    cols.push(s.col + j);
    let cells: CellValue[] | undefined;
    if (j < s.header.length) cells = listColumnCells(s, j);
    else if (j === s.header.length) cells = s.rightColumn;
    else cells = beyond?.[j - s.header.length - 1];
    const content = checkTarget(cells, isOwn(j, i)).content;
    if (content === "unread") unknown = true;
    else if (content === "user") overwrite = true; // our own earlier column: "replaceOwn" below
  }
  const conflict: WriteConflict = overwrite
    ? "overwriteCells"
    : unknown
      ? "unknownCells"
      : own >= 0
        ? "replaceOwn"
        : "none";
  return { cols, conflict };
}

/**
 * The rectangle of the columns beyond `snapshot.rightColumn` that a `k`-column write could cover
 * (header row included), or undefined when there are none (k <= 1).
 *
 * @param snapshot The list.
 * @param k Columns the job writes (the score job writes 2).
 * @returns The rectangle to read into `beyond`.
 * @example beyondRect(snapshot, 2) // the column two to the right of the list
 */
export function beyondRect(snapshot: ListSnapshot, k: number): Rect | undefined {
  if (k <= 1) return undefined;
  return {
    sheet: snapshot.sheet,
    row: snapshot.row,
    col: snapshot.col + snapshot.header.length + 1,
    rows: snapshot.rows.length + 1,
    cols: k - 1,
  };
}

/**
 * Reads the cells `beyondRect` names, as the `beyond` option wants them (one array per column).
 *
 * @param host The workbook (or a job's planning context).
 * @param snapshot The list.
 * @param k Columns the job writes.
 * @returns The columns' values, or undefined when k <= 1.
 */
export async function readBeyond(
  host: Pick<WorkbookHost, "readRect">,
  snapshot: ListSnapshot,
  k: number
): Promise<CellValue[][] | undefined> {
  const rect = beyondRect(snapshot, k);
  if (!rect) return undefined;
  const grid = await host.readRect(rect);
  const out: CellValue[][] = [];
  for (let c = 0; c < rect.cols; c++) out.push(grid.map((row) => row[c] ?? null));
  return out;
}

/** A column of output: the header, then the data rows (with their number format, if any). */
function columnOps(
  s: ListSnapshot,
  col: number,
  header: string,
  cells: CellInput[],
  numberFormat?: string
): WriteOp[] {
  if (!numberFormat)
    return [
      {
        kind: "values",
        sheet: s.sheet,
        row: s.row,
        col,
        values: [[header], ...cells.map((c) => [c])],
      },
    ];
  return [
    { kind: "values", sheet: s.sheet, row: s.row, col, values: [[header]] },
    {
      kind: "values",
      sheet: s.sheet,
      row: s.row + 1,
      col,
      values: cells.map((c) => [c]),
      numberFormat,
    },
  ];
}

/** A spilling formula in the first data row; the other data cells cleared so the spill has room. */
function spillCells(n: number, formula: string): CellInput[] {
  const cells: CellInput[] = new Array(n).fill("");
  cells[0] = { formula };
  return cells;
}

function finish(
  s: ListSnapshot,
  placement: Placement,
  ops: WriteOp[],
  formulas: string[],
  notes: WriteNote[],
  replace: boolean | undefined
): ColumnWritePlan {
  const n = s.rows.length;
  ops.push({
    kind: "autofit",
    sheet: s.sheet,
    col: placement.cols[0],
    cols: placement.cols.length,
  });
  return {
    ops,
    needsConfirmation: placement.conflict !== "none" && !replace,
    conflict: placement.conflict,
    columns: placement.cols.map((col) => ({
      sheet: s.sheet,
      row: s.row,
      col,
      rows: n + 1,
      cols: 1,
    })),
    formulas,
    notes,
  };
}

/**
 * Plans the Segment column (PRODUCT 2.7): `=CRM.SEGMENT(x, y, matrix[, xCut, yCut[, labels]])`
 * spilling from the first data row, or the labels as values (the labels CRM.SEGMENT returns, so
 * both outputs agree; blank where x or y is not a number). Labels follow the workbook's language
 * (`locale`): English ones are the function's defaults, others are passed as its labels.
 *
 * @param snapshot The list.
 * @param o Axes (list column indices), matrix, optional cuts (default: medians), output, locale.
 * @returns The plan: ops, whether to ask first, the column written, the formula.
 * @throws {RangeError} For a column outside the list, a list without data rows, or a non-finite cut.
 * @example buildSegmentWrite(s, { x: 3, y: 4, matrix: "loyalty", output: "formulas", locale: "en" }).formulas
 *   // ['=CRM.SEGMENT(D2:D101,E2:E101,"loyalty")']
 * Cost: O(n).
 */
export function buildSegmentWrite(snapshot: ListSnapshot, o: SegmentWriteOptions): ColumnWritePlan {
  const n = checkRows(snapshot);
  checkCols(snapshot, { x: o.x, y: o.y });
  const placement = place(snapshot, ["segment"], o.beyond);
  const text = messages(o.locale).value.sheet;
  const header = text.segment;
  // Labels in the workbook's language; the function's own (English) defaults need no argument.
  const order = MATRIX_SEGMENTS[o.matrix];
  const labels = labelsArg(
    order.map((id) => text.segments[id]),
    order.map((id) => SEGMENT_LABELS[id])
  );
  const notes: WriteNote[] = [];
  const formulas: string[] = [];
  let cells: CellInput[];
  if (o.output === "formulas" && !snapshot.tableName) {
    const f = `=CRM.SEGMENT(${args([dataRange(snapshot, o.x), dataRange(snapshot, o.y), `"${o.matrix}"`, cut(o.xCut), cut(o.yCut), labels])})`;
    formulas.push(f);
    cells = spillCells(n, f);
  } else {
    const xs = readNumericColumn(snapshot.rows, o.x).values;
    const ys = readNumericColumn(snapshot.rows, o.y).values;
    const res = segmentMany(xs, ys, o.matrix, o.xCut, o.yCut);
    if (o.output === "formulas") {
      // A table: one formula per row, cuts fixed (a per-row call cannot see the column's median).
      if (o.xCut === undefined || o.yCut === undefined) notes.push("tableFixedCuts");
      const xc = Number.isNaN(res.xCut) ? undefined : num(res.xCut);
      const yc = Number.isNaN(res.yCut) ? undefined : num(res.yCut);
      cells = new Array(n);
      for (let r = 0; r < n; r++) {
        cells[r] = {
          formula: `=CRM.SEGMENT(${args([dataCell(snapshot, o.x, r), dataCell(snapshot, o.y, r), `"${o.matrix}"`, xc, yc, labels])})`,
        };
      }
      formulas.push((cells[0] as { formula: string }).formula);
    } else {
      cells = res.ids.map((id) => (id === undefined ? "" : text.segments[id]));
    }
  }
  return finish(
    snapshot,
    placement,
    columnOps(snapshot, placement.cols[0], header, cells),
    formulas,
    notes,
    o.replaceExisting
  );
}

/** A formula's labels argument `{"a","b",...}`, or none when the labels are the defaults. */
function labelsArg(names: readonly string[], defaults: readonly string[]): string | undefined {
  if (names.every((l, i) => l === defaults[i])) return undefined;
  return formulaStringArray(names);
}

function cut(c: number | undefined): string | undefined {
  return c === undefined ? undefined : num(c);
}

/** Checks that margin columns are adjacent and in order (one range), returns [first, count]. */
function marginSpan(s: ListSnapshot, margin: number | number[]): [number, number] {
  const cols = typeof margin === "number" ? [margin] : margin;
  if (cols.length === 0) throw new RangeError("Give at least one margin column.");
  cols.forEach((c, i) => {
    checkCol(s, c, "margin");
    if (i > 0 && c !== cols[i - 1] + 1)
      throw new RangeError("Margin period columns must be adjacent, left to right.");
  });
  return [cols[0], cols.length];
}

/**
 * Plans the CLV column (PRODUCT 2.6): `=CRM.CLV(margin, [retention], [discount], [periods],
 * [acquisitionCost])` spilling from the first data row (per row in a table: CLV is per customer,
 * so that is exact), or the values computed by the same core. Values output leaves a cell
 * blank where CRM.CLV would give a blank or an error (blank or text margin, bad rate).
 *
 * @param snapshot The list.
 * @param o Margin column(s), retention, discount, horizon, acquisition cost, output, locale.
 * @returns The plan.
 * @throws {RangeError} For columns outside the list, non-adjacent margin columns, non-finite
 *   numbers; {@link ClvError} (values output) for a discount <= -1 or a bad horizon.
 * @example buildClvWrite(s, { margin: 5, retention: 0.8, output: "formulas", locale: "en" }).formulas
 *   // ["=CRM.CLV(F2:F101,0.8)"]
 * Cost: O(n x periods).
 */
export function buildClvWrite(snapshot: ListSnapshot, o: ClvWriteOptions): ColumnWritePlan {
  const n = checkRows(snapshot);
  const [m0, mc] = marginSpan(snapshot, o.margin);
  checkCols(snapshot, {
    retention: typeof o.retention === "object" ? o.retention.col : undefined,
    "acquisition cost": typeof o.acquisitionCost === "object" ? o.acquisitionCost.col : undefined,
  });
  const placement = place(snapshot, ["clv"], o.beyond);
  const header = messages(o.locale).value.sheet.clv;
  const formulas: string[] = [];
  let cells: CellInput[];
  if (o.output === "formulas") {
    const formulaAt = (r: number | undefined): string => {
      const ref = (j: number, cols = 1) =>
        r === undefined
          ? rangeA1(snapshot.row + 1, snapshot.col + j, n, cols)
          : rangeA1(snapshot.row + 1 + r, snapshot.col + j, 1, cols);
      const opt = (v: number | { col: number } | undefined) =>
        v === undefined ? undefined : typeof v === "number" ? num(v) : ref(v.col);
      const list = [
        ref(m0, mc),
        opt(o.retention),
        cut(o.discount),
        cut(o.periods),
        opt(o.acquisitionCost),
      ];
      return `=CRM.CLV(${args(list)})`;
    };
    if (snapshot.tableName) {
      cells = new Array(n);
      for (let r = 0; r < n; r++) cells[r] = { formula: formulaAt(r) };
      formulas.push(formulaAt(0));
    } else {
      const f = formulaAt(undefined);
      formulas.push(f);
      cells = spillCells(n, f);
    }
  } else {
    cells = clvValues(snapshot, o, m0, mc);
  }
  return finish(
    snapshot,
    placement,
    columnOps(snapshot, placement.cols[0], header, cells, "#,##0.00"),
    formulas,
    [],
    o.replaceExisting
  );
}

/** CLV values with CRM.CLV's cell rules: blank row blank, a blank period 0, text blanks the row. */
function clvValues(s: ListSnapshot, o: ClvWriteOptions, m0: number, mc: number): CellInput[] {
  const n = s.rows.length;
  const margin = new Float64Array(n * mc);
  const blankRow = new Uint8Array(n);
  const badRow = new Uint8Array(n);
  for (let t = 0; t < mc; t++) {
    const col = readNumericColumn(s.rows, m0 + t);
    for (let k = 0; k < n; k++)
      margin[k * mc + t] = col.values[k] === col.values[k] ? col.values[k] : 0;
    for (const k of col.blankRows) blankRow[k]++;
    for (const k of col.invalidRows) badRow[k] = 1;
  }
  for (let k = 0; k < n; k++) if (badRow[k] || blankRow[k] === mc) margin[k * mc] = NaN; // NaN: the core skips the row
  let retention: Float64Array | undefined;
  let perCustomer = false;
  if (typeof o.retention === "number") retention = Float64Array.of(o.retention);
  else if (o.retention) {
    retention = readNumericColumn(s.rows, o.retention.col).values;
    perCustomer = true;
  }
  let ac: Float64Array | undefined;
  if (typeof o.acquisitionCost === "number") ac = Float64Array.of(o.acquisitionCost);
  else if (o.acquisitionCost) {
    const col = readNumericColumn(s.rows, o.acquisitionCost.col);
    ac = col.values.map((v) => (v === v ? v : 0)); // a blank cost is 0, as in CRM.CLV
    for (const k of col.invalidRows) ac[k] = NaN;
  }
  const res = clvMany({
    n,
    margin,
    marginCols: mc,
    retention,
    retentionCols: 1,
    retentionPerCustomer: perCustomer,
    acquisitionCost: ac,
    discountRate: o.discount,
    periods: o.periods,
  });
  const out: CellInput[] = new Array(n);
  for (let k = 0; k < n; k++) out[k] = Number.isFinite(res.values[k]) ? res.values[k] : "";
  return out;
}

/**
 * Plans the Score column and its tier column (PRODUCT 2.8): `=CRM.SCORE(indicators, {weights},
 * {directions})` spilling from the first data row (indicators one range when adjacent and in
 * order, else `HSTACK(...)` of the columns), and beside it `=CRM.TIER(<score cell>#[, "rank",
 * {cuts}[, {labels}]])` over the score's spill. Values output (and any table list) writes the
 * numbers and tiers computed by the same core.
 *
 * @param snapshot The list.
 * @param o Indicators (column, weight, direction), tier cuts/labels, output, locale.
 * @returns The plan (two columns).
 * @throws {RangeError} For no indicator, a column outside the list, bad weights or
 *   directions, or invalid tier cuts/labels.
 * @example buildScoreWrite(s, { indicators: [{ col: 3 }, { col: 4, direction: -1 }], output: "formulas", locale: "en" }).formulas
 *   // ["=CRM.SCORE(D2:E101,,{1,-1})", "=CRM.TIER(G2#)"]   (list A:F)
 * Cost: O(n k).
 */
export function buildScoreWrite(snapshot: ListSnapshot, o: ScoreWriteOptions): ColumnWritePlan {
  const n = checkRows(snapshot);
  const ind = o.indicators;
  if (ind.length === 0) throw new RangeError("Choose at least one indicator column.");
  ind.forEach((i) => {
    checkCol(snapshot, i.col, "indicator");
    if (i.weight !== undefined && !(i.weight >= 0 && Number.isFinite(i.weight)))
      throw new RangeError(`Weights must be >= 0, got ${i.weight}.`);
    if (i.direction !== undefined && i.direction !== 1 && i.direction !== -1)
      throw new RangeError("A direction is 1 or -1.");
  });
  const tierOpts = { cuts: o.tierCuts, labels: o.tierLabels };
  resolveTierOptions(tierOpts); // validates cuts and labels now, before anything is written
  const placement = place(snapshot, ["score", "scoreTier"], o.beyond);
  const text = messages(o.locale).value.sheet;
  const weighted = ind.some((i) => i.weight !== undefined);
  const reversed = ind.some((i) => i.direction === -1);
  const formulas: string[] = [];
  const notes: WriteNote[] = [];
  let scoreCells: CellInput[];
  let tierCells: CellInput[];
  if (o.output === "formulas" && !snapshot.tableName) {
    const adjacent = ind.every((i, k) => k === 0 || i.col === ind[k - 1].col + 1);
    const range = adjacent
      ? rangeA1(snapshot.row + 1, snapshot.col + ind[0].col, n, ind.length)
      : `HSTACK(${ind.map((i) => dataRange(snapshot, i.col)).join(",")})`;
    const w = weighted ? `{${ind.map((i) => num(i.weight ?? 1)).join(",")}}` : undefined;
    const d = reversed ? `{${ind.map((i) => String(i.direction ?? 1)).join(",")}}` : undefined;
    const fScore = `=CRM.SCORE(${args([range, w, d])})`;
    const spill = `${rangeA1(snapshot.row + 1, placement.cols[0], 1)}#`;
    const cuts = o.tierCuts ? `{${o.tierCuts.map(num).join(",")}}` : undefined;
    const labels = o.tierLabels ? formulaStringArray(o.tierLabels) : undefined;
    const fTier = `=CRM.TIER(${args([spill, cuts || labels ? `"rank"` : undefined, cuts, labels])})`;
    formulas.push(fScore, fTier);
    scoreCells = spillCells(n, fScore);
    tierCells = spillCells(n, fTier);
  } else {
    if (o.output === "formulas") notes.push("tableValues");
    const k = ind.length;
    const v = new Float64Array(n * k);
    const blanks = new Uint8Array(n);
    const bad = new Uint8Array(n);
    ind.forEach((i, j) => {
      const col = readNumericColumn(snapshot.rows, i.col);
      for (let r = 0; r < n; r++) v[r * k + j] = col.values[r];
      for (const r of col.blankRows) blanks[r]++;
      for (const r of col.invalidRows) bad[r] = 1;
    });
    const s = scoreMany(
      v,
      n,
      k,
      weighted ? ind.map((i) => i.weight ?? 1) : undefined,
      reversed ? ind.map((i) => i.direction ?? 1) : undefined
    );
    // As CRM.SCORE: an all-blank row is not scored; a row with text gets no score (an error there).
    const scores = new Float64Array(n);
    for (let r = 0; r < n; r++) scores[r] = blanks[r] === k || bad[r] ? NaN : s[r];
    const tiers = assignTiers(scores, tierOpts);
    const labels = resolveTierOptions(tierOpts).labels;
    scoreCells = Array.from(scores, (x) => (x === x ? x : ""));
    tierCells = Array.from(tiers, (t) => (t < 0 ? "" : labels[t]));
  }
  const ops = [
    ...columnOps(snapshot, placement.cols[0], text.score, scoreCells, "0.0"),
    ...columnOps(snapshot, placement.cols[1], text.scoreTier, tierCells),
  ];
  return finish(snapshot, placement, ops, formulas, notes, o.replaceExisting);
}

/** Options of {@link buildValueClassWrite}. Columns are 0-based indices into `snapshot.header`. */
export interface ValueClassWriteOptions extends CommonWriteOptions {
  value: number;
  costToServe?: number;
  potential?: number;
  /** Share of customers that are most valuable (omitted: CRM.VALUECLASS's default 0.05). */
  topShare?: number;
}

/**
 * Plans the Value class column (PRODUCT 2.7, issue 15): `=CRM.VALUECLASS(value, [cost],
 * [potential], [topShare], [labels])` spilling from the first data row, the labels given in the
 * workbook's language (English needs none: they are the function's defaults); or the classes
 * as values, computed by the same core (blank where CRM.VALUECLASS gives a blank or an error).
 * In an Excel table the classes are values (note "tableValues"): the top share ranks the whole
 * column, which a per-row formula cannot see.
 *
 * @param snapshot The list.
 * @param o Value, cost-to-serve and potential columns, top share, output, locale.
 * @returns The plan.
 * @throws {RangeError} For a column outside the list, no data rows, or a top share outside (0, 1].
 * @example buildValueClassWrite(s, { value: 3, output: "formulas", locale: "en" }).formulas
 *   // ["=CRM.VALUECLASS(D2:D101)"]
 * Cost: O(n).
 */
export function buildValueClassWrite(
  snapshot: ListSnapshot,
  o: ValueClassWriteOptions
): ColumnWritePlan {
  const n = checkRows(snapshot);
  checkCols(snapshot, { value: o.value, "cost to serve": o.costToServe, potential: o.potential });
  if (o.topShare !== undefined && !(o.topShare > 0 && o.topShare <= 1))
    throw new RangeError(`The top share must be above 0 and at most 1, got ${o.topShare}.`);
  const placement = place(snapshot, ["valueClass"], o.beyond);
  const text = messages(o.locale).value.sheet;
  const names = VALUE_CLASS_IDS.map((id) => text.classes[id]);
  const formulas: string[] = [];
  const notes: WriteNote[] = [];
  let cells: CellInput[];
  if (o.output === "formulas" && !snapshot.tableName) {
    const f = `=CRM.VALUECLASS(${args([
      dataRange(snapshot, o.value),
      o.costToServe === undefined ? undefined : dataRange(snapshot, o.costToServe),
      o.potential === undefined ? undefined : dataRange(snapshot, o.potential),
      cut(o.topShare),
      labelsArg(names, VALUE_CLASS_LABELS),
    ])})`;
    formulas.push(f);
    cells = spillCells(n, f);
  } else {
    if (o.output === "formulas") notes.push("tableValues");
    const col = (c: number | undefined) =>
      c === undefined ? undefined : readNumericColumn(snapshot.rows, c);
    const v = col(o.value) as ReturnType<typeof readNumericColumn>;
    const cost = col(o.costToServe);
    const pot = col(o.potential);
    const values = Float64Array.from(v.values);
    // As CRM.VALUECLASS: text in any of the columns gives that row an error there, a blank here.
    const bad = new Set([
      ...v.invalidRows,
      ...(cost?.invalidRows ?? []),
      ...(pot?.invalidRows ?? []),
    ]);
    const classes = valueClasses(values, {
      costToServe: cost?.values,
      potential: pot?.values,
      topShare: o.topShare,
    });
    cells = Array.from(classes, (c, k) => (c < 0 || bad.has(k) ? "" : names[c]));
  }
  return finish(
    snapshot,
    placement,
    columnOps(snapshot, placement.cols[0], text.valueClass, cells),
    formulas,
    notes,
    o.replaceExisting
  );
}

/** Options of {@link buildCurrentValueWrite}. */
export interface CurrentValueWriteOptions extends CommonWriteOptions {
  /** Profit per period now. */
  profit: number;
  /** Potential profit per period: when given, a Potential value column is written beside. */
  potential?: number;
  /** Horizon in periods, >= 1 (omitted: the functions' default 5). */
  periods?: number;
  /** Discount rate per period (omitted: the functions' default 0.1). */
  discount?: number;
}

/**
 * Plans the Current value column (`=CRM.CCV(profit, [periods], [discount])`) and, when a
 * potential profit column is given, the Potential value column beside it (`=CRM.CPV(potential,
 * profit, [periods], [discount])`), spilling from the first data row; one formula per row in an
 * Excel table (both are per customer, so that is exact); or the values from the same core.
 *
 * @param snapshot The list.
 * @param o Profit and potential columns, horizon, discount, output, locale.
 * @returns The plan (one or two columns).
 * @throws {RangeError} For a column outside the list or no data rows; {@link ClvError} (values
 *   output) for a bad horizon or discount.
 * @example buildCurrentValueWrite(s, { profit: 4, potential: 5, output: "formulas", locale: "en" }).formulas
 *   // ["=CRM.CCV(E2:E101)", "=CRM.CPV(F2:F101,E2:E101)"]
 * Cost: O(n).
 */
export function buildCurrentValueWrite(
  snapshot: ListSnapshot,
  o: CurrentValueWriteOptions
): ColumnWritePlan {
  const n = checkRows(snapshot);
  checkCols(snapshot, { profit: o.profit, "potential profit": o.potential });
  const withCpv = o.potential !== undefined;
  const placement = place(snapshot, withCpv ? ["ccv", "cpv"] : ["ccv"], o.beyond);
  const text = messages(o.locale).value.sheet;
  const formulas: string[] = [];
  const tail = [cut(o.periods), cut(o.discount)];
  const ccvAt = (r?: number) =>
    `=CRM.CCV(${args([r === undefined ? dataRange(snapshot, o.profit) : dataCell(snapshot, o.profit, r), ...tail])})`;
  const cpvAt = (r?: number) => {
    const p = o.potential as number;
    const refs =
      r === undefined
        ? [dataRange(snapshot, p), dataRange(snapshot, o.profit)]
        : [dataCell(snapshot, p, r), dataCell(snapshot, o.profit, r)];
    return `=CRM.CPV(${args([...refs, ...tail])})`;
  };
  let ccvCells: CellInput[];
  let cpvCells: CellInput[] = [];
  if (o.output === "formulas") {
    const perRow = (at: (r?: number) => string) => {
      const cells: CellInput[] = new Array(n);
      for (let r = 0; r < n; r++) cells[r] = { formula: at(r) };
      return cells;
    };
    if (snapshot.tableName) {
      ccvCells = perRow(ccvAt);
      if (withCpv) cpvCells = perRow(cpvAt);
    } else {
      ccvCells = spillCells(n, ccvAt());
      if (withCpv) cpvCells = spillCells(n, cpvAt());
    }
    formulas.push(ccvAt(snapshot.tableName ? 0 : undefined));
    if (withCpv) formulas.push(cpvAt(snapshot.tableName ? 0 : undefined));
  } else {
    const h = { periods: o.periods, discountRate: o.discount };
    const profit = readNumericColumn(snapshot.rows, o.profit);
    const show = (res: { values: Float64Array }, bad: Set<number>): CellInput[] =>
      Array.from(res.values, (x, k) => (Number.isFinite(x) && !bad.has(k) ? x : ""));
    ccvCells = show(currentValues(profit.values, h), new Set(profit.invalidRows));
    if (withCpv) {
      const pot = readNumericColumn(snapshot.rows, o.potential as number);
      const bad = new Set([...profit.invalidRows, ...pot.invalidRows]);
      cpvCells = show(potentialValues(pot.values, profit.values, h), bad);
    }
  }
  const ops = columnOps(snapshot, placement.cols[0], text.ccv, ccvCells, "#,##0.00");
  if (withCpv) ops.push(...columnOps(snapshot, placement.cols[1], text.cpv, cpvCells, "#,##0.00"));
  return finish(snapshot, placement, ops, formulas, [], o.replaceExisting);
}
