/**
 * The visit-plan job, host-agnostic (shared by the command line and the pane's "Visit plan"
 * tab): from the list in front of the user to the planner's input, and from the planner's
 * result to the batch of writes that puts the plan sheets into the workbook.
 *
 * No rule lives here: tiers come from `core/tier`, the plan from `core/plan`, cell parsing from
 * `core/list`; this module only maps columns and lays out sheets.
 */
import { cellText, isEmptyCell } from "../core/excel/cell";
import { cellNumber } from "../core/excel/number";
import { columnLetter } from "../core/excel/a1";
import {
  parseLatLng,
  parseOpeningHours,
  planDayRows,
  planTableRows,
  unscheduledRows,
  PLAN_COLUMNS,
  PLAN_DAY_COLUMNS,
  UNSCHEDULED_COLUMNS,
} from "../core/plan";
import type { NoTierCode, PlanCustomer, VisitPlan } from "../core/plan";
import { findSumRows, type LeftOutRow } from "../core/list/extent";
import { notPutBack } from "../core/list/rowOverride";
import { assignTiers, resolveTierOptions, type GroupKey, type TierOptions } from "../core/tier";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import type { PlanRole } from "../core/plan/planRoles";
import type { ExtraColumn } from "../core/plan/extraColumns";
import { SheetLayout, SheetNames } from "./layout/sheetLayout";
import type { RoleColumns } from "./job";
import { type CellInput, type ListSnapshot, type WriteOp } from "../host/types";

/**
 * Which list column (0-based, within the list) holds what, by role: the plan's schema's
 * (`PLAN_ROLES`: customer, this period's tier, else sales to tier on the fly, rep, area,
 * address, lat + lng else a combined "lat,lng" column), the columns found by header alone
 * (`PLAN_EXTRA_ROLES`: opening hours, phone), and `group` (tier the sales within the groups of
 * this column, PRODUCT 2.3). Every role optional but a tier source (tier or sales).
 */
export type PlanColumns = RoleColumns<PlanRole | ExtraColumn | "group">;

/** What {@link planCustomers} made of the list. */
export interface PlanInput {
  customers: PlanCustomer[];
  /** Where the tiers came from. */
  tierSource: "column" | "sales";
  /** Data rows (0-based within the list) skipped because they are entirely empty. */
  emptyRows: number[];
  /**
   * Data rows (0-based within the list) that are not customers and were not planned: blank,
   * total/subtotal (also a sum row found by value when tiering from sales), repeated header,
   * note (see `classifyRows`, `findSumRows`).
   */
  leftOut: LeftOutRow[];
  /** Customers with a usable position. */
  located: number;
  /** Customers with opening hours. */
  withHours: number;
  /** Opening-hours cells that could not be read (planned without a window; shown to the user). */
  unreadHours: { row: number; text: string }[];
  /** Phone per customer id (the data row index), where the list has one. */
  phones: Map<number, string>;
}

/**
 * The planner's customers from a list snapshot. The customer id is the data row index (0-based),
 * so every row is its own customer even when names repeat.
 *
 * @param snapshot The list (header and data rows).
 * @param columns Column choice (0-based within the list); needs `tier` or `sales`.
 * @param tierOptions Method, cuts and labels for tiering on the fly (defaults of PRODUCT 2.1).
 * @returns The customers in row order, how the tiers were found, skipped empty rows and how many
 *   customers have coordinates. A row whose tier is blank (or whose sales are not a number, when
 *   tiering on the fly) keeps tier "" so the planner reports it as unscheduled, never drops it.
 * @throws {RangeError} When neither a tier nor a sales column is given, or a column is outside the list.
 * @example
 * planCustomers({ sheet: "S", row: 0, col: 0, header: ["Name", "Tier"], rows: [["Ann", "A"]], rightColumn: [] }, { customer: 0, tier: 1 })
 * // { customers: [{ id: 0, name: "Ann", tier: "A", ... }], tierSource: "column", emptyRows: [], located: 0 }
 * Cost: O(rows) plus the tiering (O(n) rank, O(n log n) Pareto).
 */
export function planCustomers(
  snapshot: ListSnapshot,
  columns: PlanColumns,
  tierOptions?: TierOptions
): PlanInput {
  const width = snapshot.header.length;
  for (const [role, c] of Object.entries(columns)) {
    if (c !== undefined && (!Number.isInteger(c) || c < 0 || c >= width)) {
      throw new RangeError(`column for ${role} (${c}) is outside the list (${width} columns).`);
    }
  }
  if (columns.tier === undefined && columns.sales === undefined) {
    throw new RangeError("a tier column or a sales column (to tier on the fly) is needed.");
  }
  const rows = snapshot.rows;
  const emptyRows: number[] = [];
  const skip = new Uint8Array(rows.length);
  const leftOut: LeftOutRow[] = [...(snapshot.leftOut ?? [])];
  for (const l of leftOut) skip[l.index] = 1;
  if (columns.tier === undefined) {
    // Tiering from sales: a total row with no label is found by its value, as the Tiering tab does.
    const sales = Float64Array.from(rows, (r) => cellNumber(r[columns.sales!]));
    const names =
      columns.customer === undefined ? undefined : rows.map((r) => r[columns.customer!]);
    for (const i of notPutBack(findSumRows(sales, names, skip), snapshot.putBack)) {
      skip[i] = 1;
      leftOut.push({ index: i, reason: "total" });
    }
    leftOut.sort((a, b) => a.index - b.index);
  }
  const kept: number[] = [];
  rows.forEach((r, i) => {
    if (r.every((v) => isEmptyCell(v))) emptyRows.push(i);
    else if (!skip[i]) kept.push(i);
  });

  let tiers: string[];
  let tierSource: PlanInput["tierSource"];
  if (columns.tier !== undefined) {
    tierSource = "column";
    tiers = kept.map((i) => cellText(rows[i][columns.tier!]));
  } else {
    tierSource = "sales";
    const opts = resolveTierOptions(tierOptions);
    const values = Float64Array.from(kept, (i) => cellNumber(rows[i][columns.sales!]));
    const groups: GroupKey[] | undefined =
      columns.group === undefined ? undefined : kept.map((i) => cellText(rows[i][columns.group!]));
    const idx = assignTiers(values, opts, groups);
    tiers = Array.from(idx, (t) => (t < 0 ? "" : opts.labels[t]));
  }
  // The real reason a row has no tier, for the unscheduled list.
  const noTier = (i: number, tier: string): NoTierCode | undefined => {
    if (tier !== "") return undefined;
    if (columns.tier !== undefined) return "TIER_BLANK";
    return isEmptyCell(rows[i][columns.sales!]) ? "SALES_BLANK" : "SALES_NOT_NUMBER";
  };

  let located = 0;
  let withHours = 0;
  const unreadHours: PlanInput["unreadHours"] = [];
  const phones = new Map<number, string>();
  const customers = kept.map((i, k): PlanCustomer => {
    const r = rows[i];
    let lat: number | undefined;
    let lng: number | undefined;
    if (columns.lat !== undefined && columns.lng !== undefined) {
      const a = cellNumber(r[columns.lat]);
      const b = cellNumber(r[columns.lng]);
      if (Number.isFinite(a) && Number.isFinite(b)) [lat, lng] = [a, b];
    } else if (columns.latlng !== undefined) {
      const p = parseLatLng(r[columns.latlng]);
      if (p) [lat, lng] = [p.lat, p.lng];
    }
    if (lat !== undefined) located++;
    let openingHours: PlanCustomer["openingHours"];
    if (columns.openingHours !== undefined) {
      const cell = r[columns.openingHours];
      const hours = parseOpeningHours(cell instanceof Date ? null : cell);
      if (hours === undefined) unreadHours.push({ row: i, text: cellText(cell) });
      else if (hours !== null) {
        openingHours = hours;
        withHours++;
      }
    }
    if (columns.phone !== undefined && cellText(r[columns.phone]) !== "")
      phones.set(i, cellText(r[columns.phone]));
    const name = columns.customer !== undefined ? cellText(r[columns.customer]) : "";
    const why = noTier(i, tiers[k]);
    return {
      id: i,
      name: name || `#${snapshot.row + 2 + i}`, // the sheet row number when there is no name
      tier: tiers[k],
      ...(why ? { noTier: why } : {}),
      rep: columns.rep !== undefined ? cellText(r[columns.rep]) : "",
      area: columns.area !== undefined ? cellText(r[columns.area]) : "",
      address: columns.address !== undefined ? cellText(r[columns.address]) : "",
      ...(lat !== undefined ? { lat, lng } : {}),
      ...(openingHours ? { openingHours } : {}),
    };
  });
  return { customers, tierSource, emptyRows, leftOut, located, withHours, unreadHours, phones };
}

/** Where {@link buildPlanSheets} put things (for messages and tests). */
export interface PlanSheetsLayout {
  planSheet: string;
  /** The route-map sheet, or null when no customer has coordinates. */
  routeSheet: string | null;
  /** 0-based column of the per-day summary and of the unscheduled list on the plan sheet. */
  dayCol: number;
  unscheduledCol: number;
  /** Number of route charts (one per rep with located visits). */
  charts: number;
}

const DATE_FORMAT = "yyyy-mm-dd";
const KM_FORMAT = "0.0";
const DEG_FORMAT = "0.000000";
const TIME_FORMAT = "hh:mm";
const HOURS_FORMAT = "0.00";

const DAY_FORMATS: Partial<Record<(typeof PLAN_DAY_COLUMNS)[number], string>> = {
  date: DATE_FORMAT,
  km: KM_FORMAT,
  start: TIME_FORMAT,
  end: TIME_FORMAT,
  workHours: HOURS_FORMAT,
  travelHours: HOURS_FORMAT,
};

/** Route charts on the route-map sheet: their size in cells, and how many side by side. */
const ROUTE_CHART = { rows: 20, cols: 8 };
const CHARTS_PER_ROW = 2;

/**
 * The writes that add the plan sheets: "Visit plan <start>" (localised, unique) with the visit
 * table (header frozen, filters on, dates as real dates), the per-rep per-day summary and the
 * unscheduled list beside it; and, when coordinates exist, "Route map <start>" with one
 * XY-scatter chart per rep (one series per day, points joined in route order) over data ranges
 * on that sheet.
 *
 * @param plan The planner's result.
 * @param sheetNames The workbook's existing sheet names (new names avoid them).
 * @param locale Language of headers, weekday names and reasons.
 * @param startDate The horizon's first day (ISO), used in the sheet names.
 * @returns The batch of writes and where things went.
 * @example
 * const { ops } = buildPlanSheets(plan, ["Customers"], "en", "2025-11-03");
 * await host.apply(ops);
 * Cost: O(visits + days).
 */
export function buildPlanSheets(
  plan: VisitPlan,
  sheetNames: readonly string[],
  locale: Locale,
  startDate: string
): { ops: WriteOp[]; layout: PlanSheetsLayout } {
  const t = messages(locale).plan.sheet;
  const names = new SheetNames(sheetNames);
  const sheet = SheetLayout.newSheet(t.planSheet({ start: startDate }), names, { activate: true });
  const planSheet = sheet.name;
  const weekdayLabel = (n: number) => t.weekdays[n - 1] ?? String(n);
  const repName = (rep: string) => rep || t.noRep;
  // Side by side, one blank column apart: the visits, the per-day summary, the unscheduled.
  const side = sheet.right({ row: 0, col: 0 });

  const visitRows: CellInput[][] = planTableRows(plan, {
    dates: "excel",
    weekdayLabel,
    kmDecimals: 2,
    times: "excel",
    flagLabel: (v) => t.outsideHours({ hours: v.openingHours }),
  }).map((r) => {
    r[3] = repName(String(r[3]));
    return r.map((v) => (v === "" ? null : v));
  });
  const fmt: Record<string, string> = {
    date: DATE_FORMAT,
    latitude: DEG_FORMAT,
    longitude: DEG_FORMAT,
    kmFromPrevious: KM_FORMAT,
    travelMin: KM_FORMAT,
    arrive: TIME_FORMAT,
    depart: TIME_FORMAT,
  };
  const visitTable = side.table({
    header: PLAN_COLUMNS.map((k) => t.columns[k]),
    rows: visitRows,
    numberFormats: PLAN_COLUMNS.map((k) => fmt[k] ?? null),
  });

  const dayRows: CellInput[][] = planDayRows(plan, {
    dates: "excel",
    weekdayLabel,
    kmDecimals: 1,
    times: "excel",
  }).map((r) => {
    r[0] = repName(String(r[0]));
    return r;
  });
  const dayCol = side.table({
    header: PLAN_DAY_COLUMNS.map((k) => t.dayColumns[k]),
    rows: dayRows,
    numberFormats: PLAN_DAY_COLUMNS.map((k) => DAY_FORMATS[k] ?? null),
  }).col;

  let unscheduledCol: number;
  if (plan.unscheduled.length > 0) {
    const codeAt = UNSCHEDULED_COLUMNS.indexOf("code");
    const reasonAt = UNSCHEDULED_COLUMNS.indexOf("reason");
    const repAt = UNSCHEDULED_COLUMNS.indexOf("rep");
    const rows: CellInput[][] = unscheduledRows(plan).map((r) => {
      const code = String(r[codeAt]) as keyof typeof t.reasons;
      // English keeps the planner's own reason (it carries figures); other locales translate by code.
      if (locale !== "en" && t.reasons[code]) r[reasonAt] = t.reasons[code];
      r[repAt] = repName(String(r[repAt]));
      return r;
    });
    unscheduledCol = side.table({
      header: UNSCHEDULED_COLUMNS.map((k) => t.unscheduledColumns[k]),
      rows,
    }).col;
  } else unscheduledCol = side.title(t.noneUnscheduled).col;
  sheet.freeze(visitTable.dataRow);
  // Up to the width the unscheduled table has (or would have): the same widths on every run.
  sheet.autofit(0, unscheduledCol + UNSCHEDULED_COLUMNS.length);
  const ops = sheet.ops();

  let routeSheet: string | null = null;
  let charts = 0;
  const located = plan.visits.filter((v) => v.lat !== null && v.lng !== null);
  if (located.length > 0) {
    const route = SheetLayout.newSheet(t.routeSheet({ start: startDate }), names);
    routeSheet = route.name;
    const reps: string[] = [];
    const byRep = new Map<string, typeof located>();
    for (const v of located) {
      if (!byRep.has(v.rep)) {
        byRep.set(v.rep, []);
        reps.push(v.rep);
      }
      byRep.get(v.rep)!.push(v);
    }
    // Left: a note on row 1, then the charts two to a row; the data blocks right of them.
    const left = route.down({ row: 0, col: 0 });
    // The note says what belongs on the sheet: without the add-in (crm, or Excel before the
    // pane ran) the charts are absent and the data sits far right, so it would open blank.
    left.title(() => t.routeNote({ column: columnLetter(data.col) }));
    const grid = left.reserve(
      Math.ceil(reps.length / CHARTS_PER_ROW) * ROUTE_CHART.rows,
      CHARTS_PER_ROW * ROUTE_CHART.cols
    );
    // Per rep three columns (date, lng, lat), one blank column apart.
    const data = route.right({ row: 0, col: left.right + 1 });
    reps.forEach((rep, k) => {
      const visits = byRep.get(rep)!; // in plan order: date, then stop
      const values: CellInput[][] = [
        [repName(rep), null, null],
        [t.routeColumns.date, t.routeColumns.longitude, t.routeColumns.latitude],
      ];
      for (const v of visits) values.push([v.date, v.lng, v.lat]);
      const block = data.values(values);
      const series: { name: string; x: string; y: string }[] = [];
      let start = 0;
      for (let i = 1; i <= visits.length; i++) {
        if (i === visits.length || visits[i].date !== visits[start].date) {
          // The day's stops: rows start..i-1 under the rep's name and the header.
          series.push({
            name: visits[start].date,
            x: block.sheetRange(2 + start, 1, i - start),
            y: block.sheetRange(2 + start, 2, i - start),
          });
          start = i;
        }
      }
      const place = grid.sub(
        Math.floor(k / CHARTS_PER_ROW) * ROUTE_CHART.rows,
        (k % CHARTS_PER_ROW) * ROUTE_CHART.cols,
        ROUTE_CHART.rows,
        ROUTE_CHART.cols
      );
      route.chart(place, {
        type: "xyScatterLines",
        title: t.routeChartTitle({ rep: repName(rep) }),
        series,
      });
      charts++;
    });
    ops.push(...route.ops());
  }
  return { ops, layout: { planSheet, routeSheet, dayCol, unscheduledCol, charts } };
}
