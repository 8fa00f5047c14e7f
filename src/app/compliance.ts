/**
 * The plan-against-actual job (issue 13 part 3), host-agnostic (shared by `crm compliance`,
 * `crm plan --done` and the pane's Visit plan tab): read a plan sheet as `crm plan` and the pane
 * write it (by its headers, English or Chinese), read a visit log, match the one to the other,
 * and lay out the "Visit compliance" sheet.
 *
 * No rule lives here: the figures are `core/visits/compliance`, reading and matching the log
 * `core/visits`; this module maps sheets to those inputs and the result to writes.
 */
import { isEmptyCell } from "../core/excel/cell";
import { isoToDayNumber, dayNumberToIso } from "../core/plan/calendar";
import { serialFromIso } from "../core/excel/dates";
import type { CustomerId, PlanCustomer } from "../core/plan";
import { guessColumns } from "../core/list/columns";
import {
  cellDate,
  computeCompliance,
  customerIdColumn,
  guessVisitLogColumns,
  matchVisitLog,
  nameKey,
  readVisitLog,
  type ComplianceCounts,
  type ComplianceReport,
  type CustomerTarget,
  type LogProblem,
  type PlanVisitRef,
  type UnmatchedVisit,
  type VisitLog,
  type VisitLogColumns,
} from "../core/visits";
import { messages } from "../i18n/messages";
import type { ComplianceInputCode } from "../i18n/types";
import { LOCALES, type Locale } from "../i18n/locale";

import { SheetLayout } from "./layout/sheetLayout";
import {
  type CellInput,
  type CellValue,
  type ListSnapshot,
  type WorkbookHost,
  type WriteOp,
} from "../host/types";

export type { ComplianceInputCode };

/** A plan or log the job cannot read: `message` is English, `code` for other languages. */
export class ComplianceInputError extends Error {
  constructor(
    readonly code: ComplianceInputCode,
    message: string,
    /** What is missing (columns, roles), for the localised message. */
    readonly detail: string[] = []
  ) {
    super(message);
    this.name = "ComplianceInputError";
  }
}

/** A plan sheet as read back. */
export interface PlanTable {
  readonly sheet: string;
  /** The language its headers are in. */
  readonly locale: Locale;
  /** First day of the plan (week 1). */
  readonly start: string;
  readonly weeks: number;
  readonly visits: PlanVisitRef[];
  /** Reps in plan order. */
  readonly reps: string[];
  /** Every customer of the plan (planned and unscheduled): name, rep, tier. */
  readonly customers: { name: string; rep: string; tier: string }[];
}

const planSheetBases = (): string[] =>
  LOCALES.map((l) => messages(l).plan.sheet.planSheet({ start: "" }).trim());

/**
 * The plan sheets of a workbook, in workbook order: names starting "Visit plan" / "拜访计划"
 * (as the plan job names them, also with a " (2)" suffix).
 *
 * @param names The workbook's sheet names.
 * @returns The plan sheet names.
 * @example planSheetNames(["客户清单", "拜访计划 2025-11-03", "路线图 2025-11-03"]) // ["拜访计划 2025-11-03"]
 */
export function planSheetNames(names: readonly string[]): string[] {
  const bases = planSheetBases();
  return names.filter((n) => bases.some((b) => n.trim().startsWith(b)));
}

type PlanKey = "date" | "rep" | "customer" | "tier" | "week";

/** Column of each plan field in a header row, in whichever language matches best. */
function planColumns(header: readonly unknown[]): {
  locale: Locale;
  cols: Partial<Record<PlanKey, number>>;
  dayWeek?: number;
  unscheduled: { customer?: number; rep?: number; tier?: number };
} {
  const h = header.map((v) => nameKey(v));
  let best: ReturnType<typeof planColumns> | null = null;
  let bestFound = -1;
  for (const locale of LOCALES) {
    const t = messages(locale).plan.sheet;
    const at = (text: string): number | undefined => {
      const i = h.indexOf(nameKey(text));
      return i < 0 ? undefined : i;
    };
    // The three tables share row 0; their headers differ on purpose ("Rep" / "Rep " / "Owner").
    const cols: Partial<Record<PlanKey, number>> = {};
    for (const k of ["date", "rep", "customer", "tier", "week"] as const) {
      const i = h.indexOf(t.columns[k]);
      if (i >= 0) cols[k] = i;
    }
    const found = Object.keys(cols).length;
    if (found > bestFound) {
      bestFound = found;
      const dw = h.indexOf(t.dayColumns.week);
      best = {
        locale,
        cols,
        ...(dw >= 0 ? { dayWeek: dw } : {}),
        unscheduled: {
          customer: at(t.unscheduledColumns.customer),
          rep: at(t.unscheduledColumns.rep),
          tier: at(t.unscheduledColumns.tier),
        },
      };
    }
  }
  return best!;
}

const text = (v: unknown): string => (v instanceof Date ? (cellDate(v)?.date ?? "") : nameKey(v));

/**
 * Reads a plan sheet's cells: the visit table by its headers (Date, Rep, Customer, Tier, Week or
 * 日期, 业务员, 客户, 等级, 周次; other columns, such as times, are ignored), the day summary's
 * weeks and the unscheduled customers beside it. The plan's start is the date in the sheet name
 * when it agrees with the week numbers, else the earliest week-1 visit.
 *
 * @param sheet The sheet name.
 * @param cells The sheet's values from A1 (row 0 = headers).
 * @returns The plan.
 * @throws {ComplianceInputError} PLAN_COLUMNS when a needed header is missing, EMPTY_PLAN when
 *   the table has no visit.
 * Cost: O(cells).
 */
export function parsePlanCells(sheet: string, cells: readonly (readonly unknown[])[]): PlanTable {
  const { locale, cols, dayWeek, unscheduled } = planColumns(cells[0] ?? []);
  const need = ["date", "rep", "customer", "tier"] as const;
  const missing = need.filter((k) => cols[k] === undefined);
  if (missing.length > 0) {
    const names = missing.map((k) => messages(locale).plan.sheet.columns[k]);
    throw new ComplianceInputError(
      "PLAN_COLUMNS",
      `sheet "${sheet}" is not a visit plan: no ${names.map((n) => `"${n}"`).join(", ")} column in its first row`,
      names
    );
  }
  const visits: PlanVisitRef[] = [];
  const weeksSeen: { day: number; week: number }[] = [];
  let maxWeek = 0;
  const reps: string[] = [];
  const customers = new Map<string, { name: string; rep: string; tier: string }>();
  const addCustomer = (name: string, rep: string, tier: string): void => {
    const k = JSON.stringify([name, rep]);
    if (name !== "" && !customers.has(k)) customers.set(k, { name, rep, tier });
  };
  for (let r = 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const d = cellDate(row[cols.date!]);
    if (d) {
      const rep = text(row[cols.rep!]);
      const customer = text(row[cols.customer!]);
      const tier = text(row[cols.tier!]);
      visits.push({ rep, customer, tier, date: d.date });
      if (!reps.includes(rep)) reps.push(rep);
      addCustomer(customer, rep, tier);
      const w = cols.week !== undefined ? Number(row[cols.week]) : NaN;
      if (Number.isInteger(w) && w >= 1) {
        weeksSeen.push({ day: isoToDayNumber(d.date), week: w });
        maxWeek = Math.max(maxWeek, w);
      }
    }
    const dw = dayWeek !== undefined ? Number(row[dayWeek]) : NaN;
    if (Number.isInteger(dw) && dw >= 1) maxWeek = Math.max(maxWeek, dw);
    if (unscheduled.customer !== undefined) {
      const name = text(row[unscheduled.customer]);
      const rep = unscheduled.rep !== undefined ? text(row[unscheduled.rep]) : "";
      addCustomer(name, rep, unscheduled.tier !== undefined ? text(row[unscheduled.tier]) : "");
    }
  }
  if (visits.length === 0)
    throw new ComplianceInputError("EMPTY_PLAN", `sheet "${sheet}" has no planned visit`);

  const fits = (start: number): boolean =>
    weeksSeen.every(({ day, week }) => Math.floor((day - start) / 7) + 1 === week);
  const named = /(\d{4}-\d{2}-\d{2})/.exec(sheet);
  let start: number | undefined;
  if (named) {
    try {
      const s = isoToDayNumber(named[1]);
      if (fits(s)) start = s;
    } catch {
      // not a date: fall back to the table
    }
  }
  if (start === undefined) {
    const days = visits.map((v) => isoToDayNumber(v.date));
    const week1 = weeksSeen.filter((x) => x.week === 1).map((x) => x.day);
    // Loops, not Math.min(...days): a plan of 100,000+ visits would overflow the call stack.
    start = (week1.length > 0 ? week1 : days).reduce((m, d) => Math.min(m, d), Infinity);
  }
  const lastDay = visits.reduce((m, v) => Math.max(m, isoToDayNumber(v.date)), -Infinity);
  const weeks = Math.max(maxWeek, Math.floor((lastDay - start) / 7) + 1);
  return {
    sheet,
    locale,
    start: dayNumberToIso(start),
    weeks,
    visits,
    reps,
    customers: [...customers.values()],
  };
}

/** Rows read per round trip when reading a plan sheet through a host. */
const PLAN_CHUNK_ROWS = 4000;
/** Columns of a plan sheet's first row looked at (its three tables fit well inside). */
const PLAN_MAX_COLS = 80;

/**
 * Reads a plan sheet through a host (Excel or memory): the header row, then row blocks until a
 * row where every table of the sheet has ended.
 *
 * @param host The workbook.
 * @param sheet The plan sheet's name.
 * @returns The plan.
 * @throws {ComplianceInputError} As {@link parsePlanCells}.
 * Cost: one round trip per 4,000 rows.
 */
export async function readPlanSheet(host: WorkbookHost, sheet: string): Promise<PlanTable> {
  const [header] = await host.readRect({ sheet, row: 0, col: 0, rows: 1, cols: PLAN_MAX_COLS });
  let width = header.length;
  while (width > 0 && isEmptyCell(header[width - 1])) width--;
  const cells: CellValue[][] = [header.slice(0, width)];
  if (width === 0) return parsePlanCells(sheet, cells);
  for (let row = 1; ; row += PLAN_CHUNK_ROWS) {
    const block = await host.readRect({ sheet, row, col: 0, rows: PLAN_CHUNK_ROWS, cols: width });
    const end = block.findIndex((r) => r.every((v) => isEmptyCell(v)));
    cells.push(...(end < 0 ? block : block.slice(0, end)));
    if (end >= 0 || block.length < PLAN_CHUNK_ROWS) break;
  }
  return parsePlanCells(sheet, cells);
}

/** A visit log as read from a list snapshot. */
export interface LogReading extends VisitLog {
  readonly sheet: string;
  readonly columns: VisitLogColumns;
  /** Header texts of the columns used. */
  readonly headers: { rep?: string; customer: string; date: string; time?: string };
  /** 1-based sheet row of a 0-based log data row (for messages). */
  readonly sheetRow: (row: number) => number;
}

/**
 * Reads a visit log from the list found on its sheet (header row required).
 *
 * @param snapshot The log's list.
 * @param requireRep Whether a rep column is needed (compliance: yes; re-plan: no).
 * @returns The visits, problem rows and columns used.
 * @throws {ComplianceInputError} LOG_HEADERLESS, LOG_COLUMNS (naming the roles not found), EMPTY_LOG.
 */
export function readLogSnapshot(snapshot: ListSnapshot, requireRep: boolean): LogReading {
  if (snapshot.headerless)
    throw new ComplianceInputError(
      "LOG_HEADERLESS",
      `the visit log on sheet "${snapshot.sheet}" has no header row (it needs Rep, Customer, Date or 业务员, 客户, 日期)`
    );
  const g = guessVisitLogColumns(snapshot.header, snapshot.rows);
  const missing = g.missing.filter((r) => requireRep || r !== "rep");
  if (missing.length > 0)
    throw new ComplianceInputError(
      "LOG_COLUMNS",
      `the visit log on sheet "${snapshot.sheet}" has no ${missing.join(", ")} column (headers: ${snapshot.header.map((h) => `"${h}"`).join(", ")}); name them Rep, Customer, Date or 业务员, 客户, 日期`,
      missing
    );
  const columns = g.columns as VisitLogColumns;
  const log = readVisitLog(snapshot.rows, columns);
  if (log.visits.length === 0 && log.problems.length === 0)
    throw new ComplianceInputError(
      "EMPTY_LOG",
      `the visit log on sheet "${snapshot.sheet}" has no rows`
    );
  const h = (i: number | undefined) => (i === undefined ? undefined : snapshot.header[i]);
  return {
    ...log,
    sheet: snapshot.sheet,
    columns,
    headers: {
      customer: h(columns.customer)!,
      date: h(columns.date)!,
      ...(columns.rep !== undefined ? { rep: h(columns.rep) } : {}),
      ...(columns.time !== undefined ? { time: h(columns.time) } : {}),
    },
    sheetRow: (row) => snapshot.row + 2 + row,
  };
}

/** The compliance job's result. */
export interface ComplianceResult {
  readonly plan: PlanTable;
  readonly log: LogReading;
  readonly report: ComplianceReport;
  /** Log visits not matched to the plan's customers or reps. */
  readonly unmatched: UnmatchedVisit[];
  /** Log rows not read (no customer, no date). */
  readonly problems: LogProblem[];
}

/**
 * Compares a plan with a visit log: log reps and customers matched to the plan's (exactly after
 * normalisation; near-misses reported), then the figures of `computeCompliance`.
 *
 * @param plan The plan sheet as read.
 * @param log The visit log as read (with a rep column).
 * @param asOf ISO date.
 * @param list The customer list the plan was made from, when at hand: its id column (客户编号,
 *   Customer ID ...) lets the log name customers by id.
 * @returns The figures and what was not counted.
 */
export function checkCompliance(
  plan: PlanTable,
  log: LogReading,
  asOf: string,
  list?: ListSnapshot
): ComplianceResult {
  const ids = list ? listIds(list) : new Map<string, unknown[]>();
  const targets: CustomerTarget<{ name: string; rep: string }>[] = plan.customers.map((c) => ({
    keys: [c.name, ...(ids.get(JSON.stringify([c.name, c.rep])) ?? ids.get(c.name) ?? [])],
    label: c.name,
    rep: c.rep,
    target: { name: c.name, rep: c.rep },
  }));
  const m = matchVisitLog(log.visits, targets, plan.reps);
  const done = m.matched.map((x) => ({
    rep: x.rep,
    customer: x.customer.name,
    date: x.visit.date,
  }));
  const report = computeCompliance(plan.visits, done, {
    asOf,
    start: plan.start,
    weeks: plan.weeks,
  });
  return { plan, log, report, unmatched: m.unmatched, problems: log.problems };
}

/**
 * Ids of a customer list by [name, rep] and by name (names as `nameKey` gives them), from its id
 * column and the customer/rep columns the list guess finds; empty when the list has no id column.
 */
function listIds(list: ListSnapshot): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  const idCol = customerIdColumn(list.header);
  const roles = guessColumns(list.header, list.rows).roles;
  if (idCol === undefined || roles.customer === undefined || roles.customer === idCol) return out;
  const add = (k: string, id: unknown) => out.set(k, [...(out.get(k) ?? []), id]);
  for (const r of list.rows) {
    const name = nameKey(r[roles.customer]);
    if (name === "" || nameKey(r[idCol]) === "") continue;
    add(JSON.stringify([name, roles.rep !== undefined ? nameKey(r[roles.rep]) : ""]), r[idCol]);
    add(name, r[idCol]);
  }
  return out;
}

const PCT = "0.0%";
const DATE = "yyyy-mm-dd";
/** Columns fitted at least (the widest table has 7; wider ones widen the fit). */
const MIN_FITTED_COLS = 8;

/**
 * The figures of a compliance table, in the order every table shows them (the sheet's tables,
 * the pane's per-rep table): the four counts, then the rate.
 */
export const COMPLIANCE_COUNTS = [
  "planned",
  "onPlan",
  "offPlan",
  "missed",
  "compliance",
] as const satisfies readonly (keyof ComplianceCounts)[];

/** Where {@link buildComplianceSheet} put things. */
export interface ComplianceLayout {
  sheet: string;
  /** 0-based row of the by-rep table's header. */
  repTableRow: number;
}

/**
 * The writes of the "Visit compliance" sheet: title and definitions, then tables by rep (with a
 * total row), by rep and week, by tier, the top-tier visits missed, and the log rows not counted.
 * Counts are numbers, compliance a fraction formatted as a percentage (blank when nothing was
 * due), dates real dates.
 *
 * @param result The job's result.
 * @param sheetNames Existing sheet names (the new sheet's name avoids them).
 * @param locale Language of the sheet.
 * @returns The batch and the layout.
 */
export function buildComplianceSheet(
  result: ComplianceResult,
  sheetNames: readonly string[],
  locale: Locale
): { ops: WriteOp[]; layout: ComplianceLayout } {
  const t = messages(locale).compliance.sheet;
  const r = result.report;
  const layout = SheetLayout.newSheet(t.sheetName, sheetNames, { activate: true });
  const sheet = layout.name;
  const countHeaders = COMPLIANCE_COUNTS.map((k) => t.counts[k]);
  const countCells = (c: ComplianceCounts): CellInput[] => COMPLIANCE_COUNTS.map((k) => c[k]);
  // The title and definitions head the sheet but are written last (see the end); the sections
  // follow a blank row under them, two blank rows apart.
  const head = layout.down({ row: 0, col: 0 }).reserve(2, 1);
  const flow = layout.down({ row: head.bottom + 1, col: head.col }, 2);
  const table = (
    caption: string,
    header: string[],
    rows: CellInput[][],
    formats: (string | null)[]
  ) => {
    flow.title(caption);
    return flow.table({ header, rows, numberFormats: formats }, { gap: 0 }).row;
  };
  const fmtCounts = [null, null, null, null, PCT];
  const repTableRow = table(
    t.byRep.caption,
    [t.byRep.rep, ...countHeaders],
    [...r.reps.map((x) => [x.rep, ...countCells(x)]), [t.total, ...countCells(r.total)]],
    [null, ...fmtCounts]
  );
  table(
    t.byWeek.caption,
    [t.byWeek.rep, t.byWeek.week, ...countHeaders],
    r.weeks.map((x) => [x.rep, x.week, ...countCells(x)]),
    [null, null, ...fmtCounts]
  );
  table(
    t.byTier.caption,
    [t.byTier.tier, ...countHeaders],
    r.tiers.map((x) => [x.tier, ...countCells(x)]),
    [null, ...fmtCounts]
  );
  const top = t.missedTop;
  const missedCaption = top.caption({ tier: "A" });
  if (r.missedTop.length > 0)
    table(
      missedCaption,
      [top.rep, top.customer, top.date, top.week, top.doneOn],
      r.missedTop.map((m) => [
        m.rep,
        m.customer,
        serialFromIso(m.date),
        m.week,
        m.doneOn === null ? null : serialFromIso(m.doneOn),
      ]),
      [null, null, DATE, null, DATE]
    );
  else flow.lines([missedCaption, top.none]);
  const u = t.unmatched;
  const notCounted: CellInput[][] = [
    ...result.problems.map((p) => ({
      row: p.row,
      code: p.code,
      near: [] as string[],
      cells: [null, null, p.value || null] as CellInput[],
    })),
    ...result.unmatched.map((x) => ({
      row: x.visit.row,
      code: x.code,
      near: x.nearMisses,
      cells: [x.visit.rep, x.visit.customer, serialFromIso(x.visit.date)] as CellInput[],
    })),
  ]
    .sort((a, b) => a.row - b.row)
    .map((x) => [
      result.log.sheetRow(x.row),
      ...x.cells,
      u.codes[x.code],
      x.near.join(", ") || null,
    ]);
  if (notCounted.length > 0)
    table(u.caption, [u.row, u.rep, u.customer, u.date, u.problem, u.nearMisses], notCounted, [
      null,
      null,
      null,
      DATE,
      null,
      null,
    ]);
  else flow.lines([u.caption, u.none]);
  layout.autofit(flow.col, Math.max(MIN_FITTED_COLS, flow.cols));
  // After the autofit, so the long title lines do not widen column A (Excel fits the widths
  // to the cells present when the autofit runs).
  layout.add({
    kind: "values",
    sheet,
    row: head.row,
    col: head.col,
    values: [[t.title({ plan: result.plan.sheet, asOf: r.asOf })], [t.definitions]],
  });
  return { ops: layout.ops(), layout: { sheet, repTableRow } };
}

/** Visits done per customer for a re-plan, and what of the log was not counted. */
export interface DoneCounts {
  /** Visits done within the horizon per customer id (one per customer and day). */
  readonly done: Map<CustomerId, number>;
  readonly counted: number;
  /** Matched visits dated outside the horizon (not counted). */
  readonly outsideHorizon: number;
  readonly unmatched: UnmatchedVisit[];
  readonly problems: LogProblem[];
}

/**
 * Counts a visit log toward the customers of a list, for a re-plan: each log row matched to a
 * customer by the list's id column (when it has one) or its name, exactly after normalisation
 * (a repeated name settled by the rep); visits within the horizon count, one per customer and
 * day (a visit reported twice counts once).
 *
 * @param log The visit log as read.
 * @param customers The planner's customers (`id` = data row index of `snapshot`).
 * @param snapshot The customer list (for its id column).
 * @param start The horizon's first day (ISO).
 * @param weeks The horizon's length.
 * @returns The counts and what was not counted.
 * Cost: O(log + customers), plus near-miss searches for unmatched names.
 */
export function countDoneVisits(
  log: VisitLog,
  customers: readonly PlanCustomer[],
  snapshot: ListSnapshot,
  start: string,
  weeks: number
): DoneCounts {
  const idCol = customerIdColumn(snapshot.header);
  const targets: CustomerTarget<CustomerId>[] = customers.map((c) => ({
    keys: [c.name, idCol !== undefined ? snapshot.rows[c.id as number]?.[idCol] : null],
    label: c.name ?? String(c.id),
    rep: nameKey(c.rep),
    target: c.id,
  }));
  const m = matchVisitLog(log.visits, targets);
  const first = isoToDayNumber(start);
  const last = first + 7 * weeks - 1;
  const done = new Map<CustomerId, number>();
  const seen = new Set<string>();
  let outsideHorizon = 0;
  let counted = 0;
  for (const x of m.matched) {
    const d = isoToDayNumber(x.visit.date);
    if (d < first || d > last) {
      outsideHorizon++;
      continue;
    }
    const k = JSON.stringify([x.customer, d]);
    if (seen.has(k)) continue;
    seen.add(k);
    done.set(x.customer, (done.get(x.customer) ?? 0) + 1);
    counted++;
  }
  return { done, counted, outsideHorizon, unmatched: m.unmatched, problems: log.problems };
}
