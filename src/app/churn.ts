/**
 * The Churn view's job (issue #7, PRODUCT 2.10), host-agnostic: write the lapsed customers as a
 * table on a "Churn watch" sheet ("流失预警") with a churn-reason dropdown, win-back cost and
 * success-probability inputs, and live formulas for the expected return and the decision.
 *
 * Finding the sheet again (re-runs): the last run's sheet, size and default inputs are kept in
 * the document setting {@link CHURN_WATCH_SETTING}. If that sheet was renamed or deleted, a sheet
 * named "Churn watch" or "流失预警" (any case) is used instead; failing both, a new sheet (with a
 * unique name) is created. The table always starts at A1 of its sheet. {@link readChurnWatch}
 * does this lookup and the read; pass its result as `existing`.
 *
 * A re-run REWRITES the table in place (one `clear` op over the old table, then a new table; if
 * Excel refuses a write after the clear, the Office.js host puts the old table back from the
 * copy it made before clearing, see host/officeBackup.ts) and never loses what the user typed: reasons, costs, probabilities, notes and any column the user
 * added to the table are carried over, matched by customer id when both runs have one, else by
 * name (trimmed, case-insensitive). A customer no longer lapsed stays, marked "No longer
 * lapsed", when the user typed anything on its row; otherwise it is dropped. A cost or
 * probability equal to the previous run's default counts as not typed, so a new default applies.
 * An existing sheet whose first row has no Customer header is not ours: a new sheet is made.
 */
import { cellText, isEmptyCell, type CellValue } from "../core/excel/cell";
import { formulaString } from "../core/excel/formula";
import {
  CHURN_REASON_IDS,
  DEFAULT_WIN_BACK_PROBABILITY,
  winBackReturn,
  type ChurnCustomer,
  type ChurnReasonId,
  type LapsedCustomer,
  type LapsedFlag,
  type WinBackDecision,
} from "../core/churn";
import { toSerialDay } from "../core/excel/dates";
import { DEFAULT_TREND_WINDOW } from "../core/trend";
import { optionalCellNumber as num, readNumericColumn } from "../core/excel/number";
import { LOCALES, type Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import type { ChurnSheetText } from "../i18n/types";
import { SheetLayout } from "./layout/sheetLayout";
import { type CellInput, type ListSnapshot, type Rect, type WriteOp } from "../host/types";
import type { PlanContext, RoleColumns } from "./job";
import type { ChurnRole } from "./churnGuess";

/** Document setting recording where the Churn watch table is. */
export const CHURN_WATCH_SETTING = "crm.churnWatch";

/** What {@link CHURN_WATCH_SETTING} holds. */
export interface ChurnWatchSetting {
  sheet: string;
  /** Size of the table written last time, header included (it starts at A1). */
  rows: number;
  cols: number;
  /** Defaults written into the input cells last time (so untouched inputs can take new ones). */
  successProbability: number;
  defaultCost?: number;
}

/** Rows and columns read past the recorded table size: rows or columns the user added. */
const READ_SLACK_ROWS = 500;
const READ_SLACK_COLS = 10;

/** The previous Churn watch table as read from the workbook. */
export interface ExistingChurnWatch {
  sheet: string;
  /** Values from A1 of that sheet, header row first (as `host.readRect` returns them). */
  values: CellValue[][];
  /** The setting of the last run, when there was one. */
  setting?: ChurnWatchSetting;
}

/**
 * The sheet holding the previous Churn watch table: the recorded one if it still exists, else a
 * sheet with the default name in any language.
 *
 * @param setting The recorded setting (may be undefined).
 * @param sheetNames The workbook's sheets.
 * @returns The sheet name as the workbook spells it, or undefined.
 * @example findChurnWatchSheet(undefined, ["Data", "流失预警"]) // "流失预警"
 */
export function findChurnWatchSheet(
  setting: ChurnWatchSetting | undefined,
  sheetNames: readonly string[]
): string | undefined {
  const find = (n: string) => sheetNames.find((s) => s.toLowerCase() === n.toLowerCase());
  if (setting?.sheet) {
    const hit = find(setting.sheet);
    if (hit) return hit;
  }
  for (const l of LOCALES) {
    const hit = find(messages(l).churn.sheet.sheetName);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The rectangle to read for the previous table: the recorded size plus slack for rows and
 * columns the user added.
 *
 * @param sheet The Churn watch sheet.
 * @param setting The recorded setting (undefined: a default size).
 * @returns The rectangle from A1.
 */
export function churnWatchReadRect(sheet: string, setting?: ChurnWatchSetting): Rect {
  return {
    sheet,
    row: 0,
    col: 0,
    rows: (setting?.rows ?? 1) + READ_SLACK_ROWS,
    cols: (setting?.cols ?? 15) + READ_SLACK_COLS,
  };
}

/**
 * Looks up and reads the previous Churn watch table (one setting read, one sheet list, one
 * rectangle read).
 *
 * @param host The workbook (a WorkbookHost, or a job's planning context).
 * @returns What {@link buildChurnWatch} wants as `existing`, or undefined when there is none.
 */
export async function readChurnWatch(
  host: Pick<PlanContext, "getSetting" | "sheetNames" | "readRect">
): Promise<ExistingChurnWatch | undefined> {
  const setting = (await host.getSetting(CHURN_WATCH_SETTING)) as ChurnWatchSetting | undefined;
  const sheet = findChurnWatchSheet(setting, await host.sheetNames());
  if (!sheet) return undefined;
  const values = await host.readRect(churnWatchReadRect(sheet, setting));
  return {
    sheet,
    values,
    setting: setting && setting.sheet.toLowerCase() === sheet.toLowerCase() ? setting : undefined,
  };
}

/**
 * List columns (0-based within the list) that describe customers for churn: one per role of
 * CHURN_ROLES (value: recent value or CLV), the customer's always chosen.
 */
export type ChurnColumns = RoleColumns<ChurnRole> & { customer: number };

/**
 * The list's customers as the lapsed check reads them (rows without a name are skipped).
 *
 * @param snapshot The list.
 * @param cols Which column holds what.
 * @returns One entry per named customer, `row` the 0-based data row.
 * @example churnCustomersFromList(s, { customer: 0, lastOrder: 5, value: 3 })
 * Cost: O(n).
 */
export function churnCustomersFromList(
  snapshot: ListSnapshot,
  cols: ChurnColumns
): ChurnCustomer[] {
  const value =
    cols.value === undefined ? undefined : readNumericColumn(snapshot.rows, cols.value).values;
  const pAlive =
    cols.pAlive === undefined ? undefined : readNumericColumn(snapshot.rows, cols.pAlive).values;
  const out: ChurnCustomer[] = [];
  snapshot.rows.forEach((row, r) => {
    const name = row[cols.customer];
    if (isEmptyCell(name)) return;
    const c: ChurnCustomer = { row: r, name: cellText(name) };
    if (cols.id !== undefined && !isEmptyCell(row[cols.id])) c.id = cellText(row[cols.id]);
    if (cols.rep !== undefined && !isEmptyCell(row[cols.rep])) c.rep = cellText(row[cols.rep]);
    if (cols.lastOrder !== undefined) {
      const v = row[cols.lastOrder];
      c.lastOrder = typeof v === "number" || v instanceof Date || typeof v === "string" ? v : null;
    }
    if (value) c.value = value[r];
    if (pAlive && pAlive[r] === pAlive[r]) c.pAlive = pAlive[r];
    out.push(c);
  });
  return out;
}

/** Options of {@link buildChurnWatch}. */
export interface ChurnWatchOptions {
  /** The previous table (from {@link readChurnWatch}); omitted: first run. */
  existing?: ExistingChurnWatch;
  locale: Locale;
  /** The workbook's sheets (for a unique name when creating). */
  sheetNames: readonly string[];
  /** Success probability written into new rows (default {@link DEFAULT_WIN_BACK_PROBABILITY}). */
  successProbability?: number;
  /** Win-back cost written into new rows (omitted: left blank for the user, counted as 0). */
  defaultCost?: number;
  /** The lapsed rule given to `findLapsed` (same values), for the "Flagged by" text (default 60 days). */
  days?: number;
  /** The P(alive) threshold given to `findLapsed`; omitted: the text says "Low P(alive)". */
  pAliveThreshold?: number;
  /** The trend window given to `findDeclining`, for the "Flagged by" text (default 3 periods). */
  window?: number;
}

/** One row of the Churn watch table, as written (the pane can list these). */
export interface ChurnWatchRow {
  name: string;
  id?: string;
  rep?: string;
  lastOrder?: number;
  daysSince?: number;
  value?: number;
  pAlive?: number;
  /** Sales trend of a customer flagged "declining". */
  trend?: number;
  flags: LapsedFlag[];
  /** False for a customer kept from an earlier run that is no longer lapsed. */
  lapsed: boolean;
  /** The standard reason recorded, when it is one. */
  reasonId?: ChurnReasonId;
  /** The reason cell's text ("" when none). */
  reason: string;
  cost?: number;
  probability?: number;
  notes: string;
  /** value x probability - cost (undefined when an input is missing or invalid). */
  expectedReturn?: number;
  decision?: WinBackDecision;
}

/** The planned write and what it contains. */
export interface ChurnWatchPlan {
  ops: WriteOp[];
  /** The sheet written. */
  sheet: string;
  /** True when the sheet is created by these ops. */
  created: boolean;
  rows: ChurnWatchRow[];
  summary: {
    /** Customers flagged now (lapsed, or declining). */
    lapsed: number;
    /** Customers kept from an earlier run though no longer lapsed. */
    noLongerLapsed: number;
    /** Customers flagged only because their sales decline (counted in `lapsed` too). */
    declining: number;
    winBack: number;
    letGo: number;
    /** Sum of the value at stake of the lapsed customers. */
    valueAtStake: number;
    /** Sum of the expected return of the "win back" rows. */
    expectedReturn: number;
    /** Recorded reasons by id (`custom`: a reason typed that is not a standard one). */
    reasons: Record<ChurnReasonId | "custom", number>;
  };
}

type Role = keyof ChurnSheetText["headers"];
const ROLES: Role[] = [
  "customer",
  "id",
  "rep",
  "lastOrder",
  "daysSince",
  "valueAtStake",
  "pAlive",
  "flaggedBy",
  "status",
  "reason",
  "cost",
  "probability",
  "expectedReturn",
  "decision",
  "notes",
];

/** Header text (lower-cased, any language) -> role. */
function roleOfHeader(): Map<string, Role> {
  const m = new Map<string, Role>();
  for (const l of LOCALES) {
    for (const r of ROLES) m.set(messages(l).churn.sheet.headers[r].trim().toLowerCase(), r);
  }
  return m;
}

/** Reason label (lower-cased, any language) -> id. */
function reasonIdOfLabel(): Map<string, ChurnReasonId> {
  const m = new Map<string, ChurnReasonId>();
  for (const l of LOCALES) {
    for (const id of CHURN_REASON_IDS)
      m.set(messages(l).churn.sheet.reasons[id].trim().toLowerCase(), id);
  }
  return m;
}

/** A row of the previous table: what identifies the customer, what the user typed, their own columns. */
interface OldRow extends Pick<
  ChurnWatchRow,
  "name" | "id" | "rep" | "lastOrder" | "daysSince" | "value" | "pAlive"
> {
  reason: CellValue;
  cost: CellValue;
  probability: CellValue;
  notes: CellValue;
  extra: CellValue[];
  used: boolean;
}

interface OldTable {
  rows: OldRow[];
  extraHeaders: string[];
  /** Extent to clear: header row included. */
  height: number;
  width: number;
}

/** Parses the previous table; undefined when its header has no Customer column (not ours). */
function parseOld(values: CellValue[][]): OldTable | undefined {
  const header = values[0] ?? [];
  let width = 0;
  while (width < header.length && !isEmptyCell(header[width])) width++;
  const roles = roleOfHeader();
  const colOf = new Map<Role, number>();
  const extraCols: number[] = [];
  for (let c = 0; c < width; c++) {
    const role = roles.get(cellText(header[c]).toLowerCase());
    if (role !== undefined && !colOf.has(role)) colOf.set(role, c);
    else extraCols.push(c);
  }
  const nameCol = colOf.get("customer");
  if (nameCol === undefined) return undefined;
  const at = (row: CellValue[], r: Role): CellValue => {
    const c = colOf.get(r);
    return c === undefined ? null : (row[c] ?? null);
  };
  const rows: OldRow[] = [];
  let height = 1;
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    let any = false;
    for (let c = 0; c < width; c++) if (!isEmptyCell(row[c] ?? null)) any = true;
    if (!any) continue;
    height = r + 1;
    const name = cellText(row[nameCol]);
    if (name === "") continue; // nothing to match it by
    const id = cellText(at(row, "id"));
    const rep = cellText(at(row, "rep"));
    const o: OldRow = {
      name,
      reason: at(row, "reason"),
      cost: at(row, "cost"),
      probability: at(row, "probability"),
      notes: at(row, "notes"),
      extra: extraCols.map((c) => row[c] ?? null),
      used: false,
    };
    if (id) o.id = id;
    if (rep) o.rep = rep;
    const lo = at(row, "lastOrder");
    const last = lo === null ? undefined : toSerialDay(lo);
    if (last !== undefined) o.lastOrder = last;
    o.daysSince = num(at(row, "daysSince"));
    o.value = num(at(row, "valueAtStake"));
    o.pAlive = num(at(row, "pAlive"));
    rows.push(o);
  }
  return { rows, extraHeaders: extraCols.map((c) => cellText(header[c])), height, width };
}

const nameKey = (s: string) => s.trim().toLowerCase();

/**
 * Plans the Churn watch sheet: a table of the lapsed customers (in the order given: sorted by
 * value at stake by {@link findLapsed}) followed by customers kept from the previous run, with
 * the user's inputs carried over (see the module comment for the matching rules).
 *
 * Columns: Customer, [Customer ID], Rep, Last order, Days since, Value at stake, [P(alive)],
 * Flagged by, Status, Churn reason (dropdown: the standard reasons + Other), Win-back cost,
 * Success probability, Expected return (`=value*p-cost`), Decision
 * (`=IF(expected>0,"Win back","Let go")`, localised), Notes, then any columns the user added.
 * ID and P(alive) appear when some row has one.
 *
 * @param lapsed The lapsed customers, in the order to list them.
 * @param o Previous table, locale, sheet names and the default inputs.
 * @returns The ops (create or rewrite, the dropdown, freeze, the setting) and the rows written.
 * @throws {RangeError} For a default probability outside 0..1 or a negative default cost.
 * @example buildChurnWatch(findLapsed(customers, { asOf }), { locale: "en", sheetNames: ["Data"] }).sheet // "Churn watch"
 * Cost: O((n + m) x columns) for n lapsed and m previous rows.
 */
export function buildChurnWatch(
  lapsed: readonly LapsedCustomer[],
  o: ChurnWatchOptions
): ChurnWatchPlan {
  const p0 = o.successProbability ?? DEFAULT_WIN_BACK_PROBABILITY;
  if (!(p0 >= 0 && p0 <= 1))
    throw new RangeError(`The success probability must be between 0 and 1, got ${p0}.`);
  if (o.defaultCost !== undefined && !(o.defaultCost >= 0 && Number.isFinite(o.defaultCost))) {
    throw new RangeError(`The default win-back cost must be a number >= 0, got ${o.defaultCost}.`);
  }
  const t = messages(o.locale).churn.sheet;
  const old = o.existing ? parseOld(o.existing.values) : undefined;
  const created = old === undefined;
  // Our own sheet is rewritten in place (what the user typed is carried over below); a sheet
  // that is not ours is never written over: a new sheet with a unique name is made instead.
  const layout =
    old && o.existing
      ? SheetLayout.existingSheet(o.existing.sheet)
      : SheetLayout.newSheet(t.sheetName, o.sheetNames, { activate: true });
  const sheet = layout.name;
  const prevP = o.existing?.setting?.successProbability;
  const prevCost = o.existing?.setting?.defaultCost;

  // Index the old rows: by id, and by name for rows matched by name.
  const byId = new Map<string, OldRow>();
  const byName = new Map<string, OldRow>();
  for (const r of old?.rows ?? []) {
    if (r.id !== undefined && !byId.has(r.id)) byId.set(r.id, r);
    if (!byName.has(nameKey(r.name))) byName.set(nameKey(r.name), r);
  }
  const match = (id: string | undefined, name: string): OldRow | undefined => {
    let r = id !== undefined ? byId.get(id) : undefined;
    // A name match only counts when the ids do not contradict each other.
    if (!r) {
      const byN = byName.get(nameKey(name));
      if (byN && (byN.id === undefined || id === undefined)) r = byN;
    }
    return r && !r.used ? r : undefined;
  };
  const reasonIds = reasonIdOfLabel();
  const typedNumber = (v: CellValue, previousDefault: number | undefined): number | undefined => {
    const x = num(v);
    return x === undefined || (previousDefault !== undefined && x === previousDefault)
      ? undefined
      : x;
  };

  interface Draft extends ChurnWatchRow {
    extra: CellValue[];
    reasonCell: CellValue;
  }
  const drafts: Draft[] = [];
  const withInputs = (
    base: Omit<Draft, "reason" | "cost" | "probability" | "notes" | "extra" | "reasonCell">,
    prev?: OldRow
  ): Draft => {
    const reasonText = prev ? cellText(prev.reason) : "";
    const reasonId = reasonIds.get(reasonText.toLowerCase());
    const cost = (prev && typedNumber(prev.cost, prevCost)) ?? o.defaultCost;
    const probability = (prev && typedNumber(prev.probability, prevP)) ?? p0;
    const d: Draft = {
      ...base,
      // A standard reason is rewritten in today's language (it must match the dropdown).
      reason: reasonId ? t.reasons[reasonId] : reasonText,
      reasonCell: reasonId ? t.reasons[reasonId] : prev ? prev.reason : null,
      probability,
      notes: prev ? cellText(prev.notes) : "",
      extra: prev ? prev.extra : (old?.extraHeaders ?? []).map(() => null),
    };
    if (reasonId) d.reasonId = reasonId;
    if (cost !== undefined) d.cost = cost;
    if (
      d.value !== undefined &&
      Number.isFinite(d.value) &&
      probability >= 0 &&
      probability <= 1 &&
      (cost ?? 0) >= 0
    ) {
      d.expectedReturn = winBackReturn(d.value, probability, cost ?? 0);
      d.decision = d.expectedReturn > 0 ? "winBack" : "letGo";
    }
    return d;
  };

  for (const c of lapsed) {
    const prev = match(c.id, c.name);
    if (prev) prev.used = true;
    const base: Omit<Draft, "reason" | "cost" | "probability" | "notes" | "extra" | "reasonCell"> =
      { name: c.name, flags: c.flags.slice(), lapsed: true };
    if (c.id !== undefined) base.id = c.id;
    const rep = c.rep ?? prev?.rep;
    if (rep !== undefined) base.rep = rep;
    if (c.lastOrder !== undefined) base.lastOrder = c.lastOrder;
    if (c.daysSince !== undefined) base.daysSince = c.daysSince;
    if (Number.isFinite(c.value)) base.value = c.value;
    if (c.pAlive !== undefined) base.pAlive = c.pAlive;
    if (c.trend !== undefined) base.trend = c.trend;
    drafts.push(withInputs(base, prev));
  }
  // Previous rows not lapsed any more: kept when the user typed something on them.
  for (const r of old?.rows ?? []) {
    if (r.used) continue;
    const typed =
      !isEmptyCell(r.reason) ||
      !isEmptyCell(r.notes) ||
      typedNumber(r.cost, prevCost) !== undefined ||
      typedNumber(r.probability, prevP) !== undefined ||
      r.extra.some((v) => !isEmptyCell(v));
    if (!typed) continue;
    r.used = true;
    const base: Omit<Draft, "reason" | "cost" | "probability" | "notes" | "extra" | "reasonCell"> =
      { name: r.name, flags: [], lapsed: false };
    if (r.id !== undefined) base.id = r.id;
    if (r.rep !== undefined) base.rep = r.rep;
    if (r.lastOrder !== undefined) base.lastOrder = r.lastOrder;
    if (r.daysSince !== undefined) base.daysSince = r.daysSince;
    if (r.value !== undefined) base.value = r.value;
    if (r.pAlive !== undefined) base.pAlive = r.pAlive;
    drafts.push(withInputs(base, r));
  }

  // Columns.
  const hasId = drafts.some((d) => d.id !== undefined);
  const hasPAlive = drafts.some((d) => d.pAlive !== undefined);
  const roles: Role[] = ROLES.filter((r) => (r !== "id" || hasId) && (r !== "pAlive" || hasPAlive));
  const colOf = new Map<Role, number>(roles.map((r, i) => [r, i]));
  const header = [...roles.map((r) => t.headers[r]), ...(old?.extraHeaders ?? [])];
  const formats: Record<Role, string | null> = {
    customer: null,
    id: null,
    rep: null,
    lastOrder: "yyyy-mm-dd",
    daysSince: "0",
    valueAtStake: "#,##0",
    pAlive: "0%",
    flaggedBy: null,
    status: null,
    reason: null,
    cost: "#,##0",
    probability: "0%",
    expectedReturn: "#,##0",
    decision: null,
    notes: null,
  };
  const numberFormats = [
    ...roles.map((r) => formats[r]),
    ...(old?.extraHeaders ?? []).map(() => null),
  ];
  const days = o.days ?? 60;
  const flagText = (f: LapsedFlag, d: ChurnWatchRow) =>
    f === "daysSince"
      ? t.flags.daysSince(days)
      : f === "declining"
        ? t.flags.declining(d.trend ?? NaN, o.window ?? DEFAULT_TREND_WINDOW)
        : t.flags.lowPAlive(o.pAliveThreshold);
  // A customer flagged only for its falling sales is "declining", not yet "lapsed".
  const statusOf = (d: ChurnWatchRow) =>
    !d.lapsed
      ? t.status.recovered
      : d.flags.every((f) => f === "declining")
        ? t.status.declining
        : t.status.lapsed;

  if (old) {
    const prevRows = o.existing?.setting?.rows ?? 0;
    const prevCols = o.existing?.setting?.cols ?? 0;
    layout.add({
      kind: "clear",
      sheet,
      row: 0,
      col: 0,
      rows: Math.max(old.height, prevRows, 1),
      cols: Math.max(old.width, prevCols, 1),
    });
  }
  // The table at A1; each row's formulas refer to its own cells where the table placed them.
  const table = layout.down({ row: 0, col: 0 }).table({
    header,
    numberFormats,
    count: drafts.length,
    rows: () =>
      drafts.map((d, i) => {
        const at = (r: Role) => table.dataCell(i, colOf.get(r) as number);
        const cell: Record<Role, CellInput> = {
          customer: d.name,
          id: d.id ?? "",
          rep: d.rep ?? "",
          lastOrder: d.lastOrder ?? "",
          daysSince: d.daysSince ?? "",
          valueAtStake: d.value ?? "",
          pAlive: d.pAlive ?? "",
          flaggedBy: d.flags.map((f) => flagText(f, d)).join("; "),
          status: statusOf(d),
          reason: d.reasonCell ?? "",
          cost: d.cost ?? "",
          probability: d.probability ?? "",
          expectedReturn: {
            formula: `=${at("valueAtStake")}*${at("probability")}-${at("cost")}`,
          },
          decision: {
            formula: `=IF(${at("expectedReturn")}>0,${formulaString(t.decision.winBack)},${formulaString(t.decision.letGo)})`,
          },
          notes: d.notes,
        };
        return [...roles.map((r) => cell[r]), ...d.extra.map((v) => v ?? "")];
      }),
  });
  if (drafts.length > 0) {
    layout.add({
      kind: "listValidation",
      sheet,
      row: table.dataRow,
      col: table.col + (colOf.get("reason") as number),
      rows: table.dataRows,
      source: CHURN_REASON_IDS.map((id) => t.reasons[id]),
    });
  }
  layout.freeze(table.dataRow);
  layout.autofit(table.col, table.cols);
  const ops = layout.ops();
  const setting: ChurnWatchSetting = {
    sheet,
    rows: table.rows,
    cols: table.cols,
    successProbability: p0,
  };
  if (o.defaultCost !== undefined) setting.defaultCost = o.defaultCost;
  ops.push({ kind: "setting", key: CHURN_WATCH_SETTING, value: setting });

  const reasons = Object.fromEntries([...CHURN_REASON_IDS, "custom"].map((k) => [k, 0])) as Record<
    ChurnReasonId | "custom",
    number
  >;
  let winBack = 0;
  let letGo = 0;
  let stake = 0;
  let expected = 0;
  const out: ChurnWatchRow[] = drafts.map((d) => {
    const row: ChurnWatchRow & { extra?: CellValue[]; reasonCell?: CellValue } = { ...d };
    delete row.extra; // sheet-only fields: the pane gets the plain row
    delete row.reasonCell;
    return row;
  });
  for (const d of out) {
    if (d.reasonId) reasons[d.reasonId]++;
    else if (d.reason !== "") reasons.custom++;
    if (!d.lapsed) continue;
    if (d.value !== undefined) stake += d.value;
    if (d.decision === "winBack") {
      winBack++;
      expected += d.expectedReturn as number;
    } else if (d.decision === "letGo") letGo++;
  }
  return {
    ops,
    sheet,
    created,
    rows: out,
    summary: {
      lapsed: out.filter((d) => d.lapsed).length,
      noLongerLapsed: out.filter((d) => !d.lapsed).length,
      declining: out.filter((d) => d.lapsed && d.flags.every((f) => f === "declining")).length,
      winBack,
      letGo,
      valueAtStake: stake,
      expectedReturn: expected,
      reasons,
    },
  };
}
