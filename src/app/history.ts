/**
 * The order-history job (issue #6, "In the pane"), host-agnostic: from an order table
 * (customer, date, amount per line) it builds a quick preview for the pane (counts only, no
 * fitting) and the write batch of a new sheet holding the LIVE formula chain
 *
 *   CRM.RFM -> CRM.BGNBD, CRM.GAMMAGAMMA -> CRM.PALIVE, CRM.PURCHASES, CRM.SPEND, CRM.CLVHIST
 *
 * plus, with a holdout, the calibration/holdout check table and its chart. The fits run in
 * Excel's calculation engine (the custom functions), never in the pane, so a large table does
 * not freeze the pane; the pane only counts lines here (O(n log n)).
 *
 * How the chain references the RFM table. CRM.RFM spills a customers x 5 (or x 7) block, and
 * every later function wants single columns of it. The chain takes them with
 * `INDEX($A$4#,0,k)` (column k of the spill) rather than explicit ranges sized to today's
 * customer count: the count depends on the calibration end, which is an editable cell of the
 * sheet, and on orders added later, and explicit ranges would silently cut or pad the table
 * when it changes. `INDEX(ref#,0,k)` returns a reference, so it also works inside AVERAGEIFS
 * and COUNTIFS (which refuse arrays), and it needs nothing newer than dynamic arrays, which
 * spilling functions need anyway (CHOOSECOLS would need Excel 2024). Fitted parameters are
 * referenced as fixed 1 x 5 / 1 x 4 ranges: a fit always spills that wide, and a failed fit is
 * one error cell at the start of the range, which the downstream functions pass on.
 *
 * Sheet layout (SheetLayout): title row 0, note row 1, headers row 2, formulas row 3: RFM at
 * A4, the per-customer columns right of it; one blank column, then from the header row down,
 * one blank row apart: the settings block (labels + editable values), the BG/NBD and
 * Gamma-Gamma fits with labels and status, and the check table with its chart below them.
 * Every reference in the formulas is taken from the placed blocks. See {@link HistoryLayout}.
 */
import { isEmptyCell } from "../core/excel/cell";
import { columnLetter, quoteSheetName, rangeA1, sheetRangeA1 } from "../core/excel/a1";
import { optionalCellNumber } from "../core/excel/number";
import { ORDER_TABLE_ROLES, type OrderRole } from "../core/list/orderRoles";
import { DAYS_PER_MONTH, rfmSummary } from "../core/history";
import { isoFromSerial, toSerialDay } from "../core/excel/dates";
import { formulaString } from "../core/excel/formula";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import type { CellInput, FormulaInput, ListSnapshot, WriteOp } from "../host/types";
import { SheetLayout } from "./layout/sheetLayout";
import { firstDataRow } from "./tiering";
import type { HistoryProblem, OrderIssue } from "../core/history/problems";
export type { HistoryProblem, OrderIssue } from "../core/history/problems";

/**
 * Columns of the order table (0-based, within the list): one per role of its schema
 * (`ORDER_TABLE_ROLES`: customer, date, amount), all required.
 */
export type OrderColumns = Record<OrderRole, number>;

export { ORDER_TABLE_ROLES as HISTORY_ROLES };

/** Settings of the chain; dates are Excel serial days. */
export interface HistoryOptions {
  /** End of the calibration period (default: the latest order date). */
  asOf?: number;
  /** End of a holdout period after asOf (default: none). */
  holdoutEnd?: number;
  /** Horizon of expected purchases and CLV, in months (default 12). */
  months?: number;
  /** Discount rate per month (default 0.01). */
  monthlyDiscount?: number;
  /** Margin on spend, 0..1 (default 1). */
  margin?: number;
  /** Days per period of recency and age (default 7: weeks). */
  periodDays?: number;
}

export const HISTORY_DEFAULTS = Object.freeze({
  months: 12,
  monthlyDiscount: 0.01,
  margin: 1,
  periodDays: 7,
});

/** At most this many issues are listed (all are counted). */
export const MAX_LISTED_ISSUES = 20;

/** What the pane shows before writing: counts only, nothing fitted. */
export interface OrderPreview {
  /** Valid order lines. */
  orders: number;
  /** Lines blank in all three columns (CRM.RFM skips them). */
  blankRows: number;
  /** Lines CRM.RFM would refuse, the first {@link MAX_LISTED_ISSUES}. */
  issues: OrderIssue[];
  issueCount: number;
  /** Distinct customers among the valid lines. */
  customers: number;
  /** Earliest and latest order date (serial days); undefined without valid lines. */
  firstDate?: number;
  lastDate?: number;
  /** The calibration end used (given, else the latest order date). */
  asOf?: number;
  holdoutEnd?: number;
  /** Lines on or before asOf. */
  calibrationOrders: number;
  /** Customers whose first order is on or before asOf (the RFM table's rows). */
  calibrationCustomers: number;
  /** Calibration customers with at least one repeat purchase day. */
  repeatBuyers: number;
  /** repeatBuyers / calibrationCustomers (NaN when there are none). */
  repeatShare: number;
  /** Lines in (asOf, holdoutEnd] (0 without a holdout). */
  holdoutOrders: number;
}

function columnsOk(s: ListSnapshot, c: OrderColumns): boolean {
  const w = s.header.length;
  const ok = (k: number) => Number.isInteger(k) && k >= 0 && k < w;
  return (
    ok(c.customer) &&
    ok(c.date) &&
    ok(c.amount) &&
    new Set([c.customer, c.date, c.amount]).size === 3
  );
}

/**
 * Reads the order lines as CRM.RFM will (same rules: blank lines skipped; a blank or non-text
 * customer, a non-date date or a non-number amount is an issue) and counts what the pane shows.
 * Fits nothing: the models run in Excel from the formulas.
 *
 * @param snapshot The order table.
 * @param columns Customer, date and amount columns.
 * @param options Only `asOf` and `holdoutEnd` matter here.
 * @returns The counts (see {@link OrderPreview}).
 * @throws {RangeError} For columns outside the list or not distinct.
 * @example previewOrders(snap, { customer: 0, date: 1, amount: 2 }).repeatShare // 0.4
 * Cost: O(n log n) for n lines (CRM.RFM's summary, without any model).
 */
export function previewOrders(
  snapshot: ListSnapshot,
  columns: OrderColumns,
  options: HistoryOptions = {}
): OrderPreview {
  if (!columnsOk(snapshot, columns))
    throw new RangeError("customer, date and amount must be three distinct columns of the list.");
  const first = firstDataRow(snapshot);
  const ids: Array<string | number> = [];
  const days: number[] = [];
  const amounts: number[] = [];
  const issues: OrderIssue[] = [];
  let issueCount = 0;
  let blankRows = 0;
  const issue = (i: number, problem: OrderIssue["problem"]) => {
    issueCount++;
    if (issues.length < MAX_LISTED_ISSUES) issues.push({ row: first + i + 1, problem });
  };
  snapshot.rows.forEach((r, i) => {
    const c = r[columns.customer];
    const d = r[columns.date];
    const a = r[columns.amount];
    if (isEmptyCell(c) && isEmptyCell(d) && isEmptyCell(a)) {
      blankRows++;
      return;
    }
    if (isEmptyCell(c) || (typeof c !== "string" && typeof c !== "number"))
      return issue(i, "customer");
    const day = toSerialDay(d);
    if (day === undefined) return issue(i, "date");
    const amount = optionalCellNumber(a); // CRM.RFM reads it so too (args.numberCell)
    if (amount === undefined) return issue(i, "amount");
    ids.push(c);
    days.push(day);
    amounts.push(amount);
  });
  const n = ids.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  const preview: OrderPreview = {
    orders: n,
    blankRows,
    issues,
    issueCount,
    customers: 0,
    calibrationOrders: 0,
    calibrationCustomers: 0,
    repeatBuyers: 0,
    repeatShare: NaN,
    holdoutOrders: 0,
  };
  if (n === 0) return preview;
  preview.firstDate = lo;
  preview.lastDate = hi;
  const lines = { customers: ids, days, amounts };
  // All customers: the summary as of the last order counts every customer once.
  preview.customers = rfmSummary(lines, { asOf: hi }).customers.length;
  const asOf = options.asOf ?? hi;
  preview.asOf = asOf;
  const hold =
    options.holdoutEnd !== undefined && options.holdoutEnd > asOf ? options.holdoutEnd : undefined;
  if (options.holdoutEnd !== undefined) preview.holdoutEnd = options.holdoutEnd;
  for (const d of days) {
    if (d <= asOf) preview.calibrationOrders++;
    else if (hold !== undefined && d <= hold) preview.holdoutOrders++;
  }
  const cal = rfmSummary(lines, { asOf });
  preview.calibrationCustomers = cal.customers.length;
  for (let k = 0; k < cal.frequency.length; k++) if (cal.frequency[k] > 0) preview.repeatBuyers++;
  preview.repeatShare = cal.customers.length ? preview.repeatBuyers / cal.customers.length : NaN;
  return preview;
}

/**
 * What stops the chain from being written as asked (empty when it can be written).
 *
 * @param preview The preview of the same table and options.
 * @param options The settings.
 * @returns Problem codes, most basic first.
 * @example historyProblems(previewOrders(s, cols), { months: 0 }) // ["badMonths"]
 */
export function historyProblems(
  preview: OrderPreview,
  options: HistoryOptions = {}
): HistoryProblem[] {
  const out: HistoryProblem[] = [];
  if (preview.orders === 0 && preview.issueCount === 0) out.push("noOrders");
  if (preview.issueCount > 0) out.push("badRows");
  else if (preview.orders > 0 && preview.calibrationCustomers === 0)
    out.push("noCalibrationCustomers");
  const asOf = options.asOf ?? preview.lastDate;
  if (options.holdoutEnd !== undefined && asOf !== undefined && !(options.holdoutEnd > asOf))
    out.push("holdoutNotAfterAsOf");
  const months = options.months ?? HISTORY_DEFAULTS.months;
  if (!(Number.isInteger(months) && months >= 1 && months <= 1200)) out.push("badMonths");
  const d = options.monthlyDiscount ?? HISTORY_DEFAULTS.monthlyDiscount;
  if (!(d > -1 && Number.isFinite(d))) out.push("badDiscount");
  const m = options.margin ?? HISTORY_DEFAULTS.margin;
  if (!(m >= 0 && m <= 1)) out.push("badMargin");
  const p = options.periodDays ?? HISTORY_DEFAULTS.periodDays;
  if (!(p > 0 && Number.isFinite(p))) out.push("badPeriodDays");
  return out;
}

/** A column name inside a structured reference: [ ] # ' are escaped with a quote. */
function structuredColumn(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

/**
 * The reference of one column of the order table as the chain writes it: the table's
 * structured reference (`Orders[Amount]`, which grows with the table) when the list is an
 * Excel table with a header there, else the sheet-qualified absolute range of its data rows
 * (`'Orders'!$C$2:$C$501`).
 *
 * @param s The order table.
 * @param col Column within the list.
 * @returns The reference text.
 * @example orderColumnRef(snap, 2) // "'Orders'!$C$2:$C$501"
 */
export function orderColumnRef(s: ListSnapshot, col: number): string {
  const h = s.header[col] ?? "";
  if (s.tableName && !s.headerless && h.trim() !== "")
    return `${s.tableName}[${structuredColumn(h)}]`;
  return sheetRangeA1(s.sheet, firstDataRow(s), s.col + col, Math.max(1, s.rows.length));
}

/** Where everything sits on the new sheet (0-based rows/cols), for the pane and the tests. */
export interface HistoryLayout {
  /** Header row; the formulas are on the row under it. */
  headerRow: number;
  /** Anchor of CRM.RFM (A4). */
  rfm: { row: number; col: number; cols: number };
  /** Anchors of the per-customer columns (row = rfm.row). */
  pAlive: number;
  expectedPurchases: number;
  expectedSpend: number;
  clv: number;
  predictedHoldout?: number;
  /** Value cells of the settings block (column `settings.col`). */
  settings: {
    labelCol: number;
    col: number;
    asOf: number;
    holdoutEnd?: number;
    periodDays: number;
    months: number;
    monthlyDiscount: number;
    margin: number;
    horizonPeriods: number;
  };
  /** Fit rows: the formula spills from `col` to the right; status value at (statusRow, col + 1). */
  bgnbd: { row: number; col: number; statusRow: number };
  gammaGamma: { row: number; col: number; statusRow: number };
  /** Check table: header row, first group row, groups (0..6 and 7+), columns. */
  check?: { headerRow: number; firstRow: number; groups: number; col: number };
}

/** The cells of the settings block. */
type SettingKey =
  "asOf" | "holdoutEnd" | "periodDays" | "months" | "monthlyDiscount" | "margin" | "horizonPeriods";

export interface HistorySheetPlan {
  sheet: string;
  ops: WriteOp[];
  layout: HistoryLayout;
  /** The formula of each anchor, by name (the same texts as in `ops`), for display and tests. */
  formulas: Record<string, string>;
}

/** Frequency groups of the check table: 0..6 and "7+". */
export const CHECK_GROUPS = 8;

/** Document-settings key under which the column choice for an order sheet is remembered. */
export function historySettingsKey(sheet: string): string {
  return `crm.history.${sheet}`;
}

/** What a run remembers for an order sheet (the pane restores the columns and settings). */
export interface SavedHistory {
  version: 1;
  columns: Record<keyof OrderColumns, { index: number; header: string }>;
  months: number;
  monthlyDiscount: number;
  margin: number;
  periodDays: number;
}

/**
 * The write batch of a new "Order history <calibration end>" sheet with the live formula chain
 * (see the module comment for the layout and why spill references are taken with INDEX).
 *
 * Every setting is a cell of the sheet (calibration end, holdout end, days per period, months,
 * monthly discount, margin) and every formula reads it there, so the user can refit by editing
 * a cell. The order table's columns are referenced sheet-qualified (or by structured reference
 * for an Excel table).
 *
 * @param snapshot The order table.
 * @param columns Customer, date and amount columns.
 * @param options The settings (defaults: asOf = latest order date, 12 months, 1% a month,
 *   margin 1, 7 days per period, no holdout).
 * @param existingSheetNames The workbook's sheets (for a unique name).
 * @param locale Language of the sheet's texts.
 * @returns The sheet name, ops, layout and formulas.
 * @throws {RangeError} When {@link historyProblems} finds a problem (message lists the codes).
 * @example buildHistorySheet(snap, { customer: 0, date: 1, amount: 2 }, {}, ["Orders"], "en").formulas.rfm
 * // "=CRM.RFM('Orders'!$A$2:$A$9,'Orders'!$B$2:$B$9,'Orders'!$C$2:$C$9,$L$4,$L$6)"
 * Cost: O(n log n) for the preview; the batch itself is O(1) cells.
 */
export function buildHistorySheet(
  snapshot: ListSnapshot,
  columns: OrderColumns,
  options: HistoryOptions,
  existingSheetNames: readonly string[],
  locale: Locale
): HistorySheetPlan {
  if (!columnsOk(snapshot, columns))
    throw new RangeError("customer, date and amount must be three distinct columns of the list.");
  const preview = previewOrders(snapshot, columns, options);
  const problems = historyProblems(preview, options);
  if (problems.length)
    throw new RangeError(`cannot write the order-history chain: ${problems.join(", ")}.`);
  const t = messages(locale).history.sheet;
  const asOf = options.asOf ?? (preview.lastDate as number);
  const hold = options.holdoutEnd;
  const holdout = hold !== undefined;
  const months = options.months ?? HISTORY_DEFAULTS.months;
  const discount = options.monthlyDiscount ?? HISTORY_DEFAULTS.monthlyDiscount;
  const margin = options.margin ?? HISTORY_DEFAULTS.margin;
  const periodDays = options.periodDays ?? HISTORY_DEFAULTS.periodDays;
  const layout = SheetLayout.newSheet(
    t.sheetName({ date: isoFromSerial(asOf) }),
    existingSheetNames,
    { activate: true }
  );
  const sheet = layout.name;
  // Formulas by name, filled once every block is placed (they refer to each other's cells).
  const formulas: Record<string, string> = {};
  const formulaOf = (key: string) => (): CellInput => ({ formula: formulas[key] });

  // ---- left: title and note, then the per-customer columns (headers, one row of anchors).
  const h = t.headers;
  const headers: string[] = [h.customer, h.frequency, h.recency, h.age, h.monetary];
  if (holdout) headers.push(h.holdoutPurchases, h.holdoutLength);
  const rfmCols = headers.length;
  headers.push(h.pAlive, h.expectedPurchases, h.expectedSpend, h.clv);
  if (holdout) headers.push(h.predictedHoldout);
  const anchorCols: Record<string, number> = {
    rfm: 0,
    pAlive: rfmCols,
    expectedPurchases: rfmCols + 1,
    expectedSpend: rfmCols + 2,
    clv: rfmCols + 3,
  };
  if (holdout) anchorCols.predictedHoldout = rfmCols + 4;
  const source =
    snapshot.tableName ??
    `${quoteSheetName(snapshot.sheet)}!${rangeA1(snapshot.row, snapshot.col, snapshot.rows.length + (snapshot.headerless ? 0 : 1), snapshot.header.length)}`;
  const hdr = (c: number) => snapshot.header[c] || columnLetter(snapshot.col + c);
  const left = layout.down({ row: 0, col: 0 });
  left.lines([
    t.title({
      source,
      customer: hdr(columns.customer),
      date: hdr(columns.date),
      amount: hdr(columns.amount),
    }),
    t.note,
  ]);
  const chain = left.grid(
    {
      header: headers,
      count: 1,
      rows: () => {
        const anchors: CellInput[] = new Array(headers.length).fill("");
        for (const [key, c] of Object.entries(anchorCols)) anchors[c] = { formula: formulas[key] };
        return [anchors];
      },
    },
    { gap: 0 }
  );

  // ---- right, after one blank column: settings, the two fits, the holdout check and its chart.
  const right = layout.down({ row: chain.row, col: left.right + 1 });
  const st = t.settings;
  right.title(st.caption);
  const DATE = "yyyy-mm-dd";
  const settings = right.keyValue<SettingKey>(
    [
      { key: "asOf", label: st.asOf, value: asOf, numberFormat: DATE },
      holdout ? { key: "holdoutEnd", label: st.holdoutEnd, value: hold, numberFormat: DATE } : null, // the row stays, so the cells below keep their place with or without a holdout
      { key: "periodDays", label: st.periodDays, value: periodDays },
      { key: "months", label: st.months, value: months },
      { key: "monthlyDiscount", label: st.monthlyDiscount, value: discount },
      { key: "margin", label: st.margin, value: margin },
      { key: "horizonPeriods", label: st.horizonPeriods, value: formulaOf("horizonPeriods") },
    ],
    { gap: 0 }
  );
  // A fit: caption, labels, the formula spilling one row `labels.length` wide, its status.
  const fit = (caption: string, labels: string[], key: string) => {
    right.title(caption);
    right.values([labels], {}, { gap: 0 });
    const at = right.spill(() => formulas[key], { rows: 1, cols: labels.length }, { gap: 0 });
    const status = right.values([[t.status.label, formulaOf(`${key}Status`)]], {}, { gap: 0 });
    return { at, status };
  };
  const bg = t.bgnbd;
  const bgFit = fit(bg.caption, [bg.r, bg.alpha, bg.a, bg.b, bg.logLikelihood], "bgnbd");
  const gg = t.gammaGamma;
  const ggFit = fit(gg.caption, [gg.p, gg.q, gg.gamma, gg.logLikelihood], "gammaGamma");

  // ---- references
  const cell = (k: SettingKey) => settings.valueCell(k);
  const spill = `${chain.dataCell(0, 0, true)}#`;
  const rfmCol = (k: number) => `INDEX(${spill},0,${k})`;
  const F = rfmCol(2);
  const R = rfmCol(3);
  const T = rfmCol(4);
  const M = rfmCol(5);
  const bgRange = bgFit.at.range(0, 0, 1, bgFit.at.cols, true);
  const ggRange = ggFit.at.range(0, 0, 1, ggFit.at.cols, true);
  const orders = [columns.customer, columns.date, columns.amount].map((c) =>
    orderColumnRef(snapshot, c)
  );
  formulas.rfm = `=CRM.RFM(${orders.join(",")},${cell("asOf")},${cell("periodDays")}${holdout ? `,${cell("holdoutEnd")}` : ""})`;
  formulas.bgnbd = `=CRM.BGNBD(${F},${R},${T})`;
  formulas.gammaGamma = `=CRM.GAMMAGAMMA(${F},${M})`;
  formulas.horizonPeriods = `=${cell("months")}*${DAYS_PER_MONTH}/${cell("periodDays")}`;
  formulas.pAlive = `=CRM.PALIVE(${F},${R},${T},${bgRange})`;
  formulas.expectedPurchases = `=CRM.PURCHASES(${cell("horizonPeriods")},${F},${R},${T},${bgRange})`;
  formulas.expectedSpend = `=CRM.SPEND(${F},${M},${ggRange})`;
  formulas.clv = `=CRM.CLVHIST(${F},${R},${T},${M},${bgRange},${ggRange},${cell("months")},${cell("monthlyDiscount")},${cell("margin")},${cell("periodDays")})`;
  const status = (at: string) =>
    `=IF(ISNA(${at}),${formulaString(t.status.notConverged)},IF(ISERROR(${at}),${formulaString(t.status.inputError)},${formulaString(t.status.ok)}))`;
  formulas.bgnbdStatus = status(bgFit.at.cell());
  formulas.gammaGammaStatus = status(ggFit.at.cell());
  if (holdout)
    formulas.predictedHoldout = `=CRM.PURCHASES(INDEX(${spill},1,7),${F},${R},${T},${bgRange})`;

  const out: HistoryLayout = {
    headerRow: chain.row,
    rfm: { row: chain.dataRow, col: chain.col, cols: rfmCols },
    pAlive: chain.col + anchorCols.pAlive,
    expectedPurchases: chain.col + anchorCols.expectedPurchases,
    expectedSpend: chain.col + anchorCols.expectedSpend,
    clv: chain.col + anchorCols.clv,
    settings: {
      labelCol: settings.col,
      col: settings.col + 1,
      asOf: settings.rowOfKey("asOf"),
      periodDays: settings.rowOfKey("periodDays"),
      months: settings.rowOfKey("months"),
      monthlyDiscount: settings.rowOfKey("monthlyDiscount"),
      margin: settings.rowOfKey("margin"),
      horizonPeriods: settings.rowOfKey("horizonPeriods"),
    },
    bgnbd: { row: bgFit.at.row, col: bgFit.at.col, statusRow: bgFit.status.row },
    gammaGamma: { row: ggFit.at.row, col: ggFit.at.col, statusRow: ggFit.status.row },
  };

  // Calibration/holdout check: mean actual vs predicted holdout purchases by calibration frequency.
  if (holdout) {
    out.predictedHoldout = chain.col + anchorCols.predictedHoldout;
    out.settings.holdoutEnd = settings.rowOfKey("holdoutEnd");
    const pred = `${chain.dataCell(0, anchorCols.predictedHoldout, true)}#`;
    const actual = rfmCol(6);
    const rows: CellInput[][] = [];
    for (let g = 0; g < CHECK_GROUPS; g++) {
      const last = g === CHECK_GROUPS - 1;
      const label = last ? `${g}+` : String(g);
      const crit = last ? formulaString(`>=${g}`) : String(g);
      rows.push([
        label,
        { formula: `=COUNTIFS(${F},${crit})` },
        { formula: `=IFERROR(AVERAGEIFS(${actual},${F},${crit}),"")` },
        { formula: `=IFERROR(AVERAGEIFS(${pred},${F},${crit}),"")` },
      ]);
    }
    formulas.checkCustomers0 = (rows[0][1] as FormulaInput).formula;
    formulas.checkActual0 = (rows[0][2] as FormulaInput).formula;
    formulas.checkPredicted0 = (rows[0][3] as FormulaInput).formula;
    formulas.checkActualLast = (rows[CHECK_GROUPS - 1][2] as FormulaInput).formula;
    right.title(t.check.caption);
    const check = right.grid(
      {
        header: [t.check.group, t.check.customers, t.check.actual, t.check.predicted],
        rows,
        numberFormat: "0.00",
      },
      { gap: 0 }
    );
    out.check = {
      headerRow: check.row,
      firstRow: check.dataRow,
      groups: CHECK_GROUPS,
      col: check.col,
    };
    const x = check.columnRange(0);
    right.chart(
      {
        type: "column",
        title: t.check.chartTitle,
        series: [
          { name: t.check.actual, x, y: check.columnRange(2) },
          { name: t.check.predicted, x, y: check.columnRange(3) },
        ],
      },
      { rows: 16, cols: 6 }
    );
  }

  layout.freeze(chain.dataRow);
  layout.autofit(chain.col, chain.cols);
  // The settings and fit columns; the chart's extra column is not fitted.
  layout.autofit(right.col, bgFit.at.cols);
  const ops = layout.ops();
  const header = (k: number) => snapshot.header[k] ?? "";
  const saved: SavedHistory = {
    version: 1,
    columns: {
      customer: { index: columns.customer, header: header(columns.customer) },
      date: { index: columns.date, header: header(columns.date) },
      amount: { index: columns.amount, header: header(columns.amount) },
    },
    months,
    monthlyDiscount: discount,
    margin,
    periodDays,
  };
  ops.push({ kind: "setting", key: historySettingsKey(snapshot.sheet), value: saved });
  return { sheet, ops, layout: out, formulas };
}
