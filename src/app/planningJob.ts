/**
 * The visit-planning job as a value (job.ts): the Visit plan tab's roles and their guess, and
 * the plan: the customers of the list, the route plan (computed where the context says), the
 * plan sheets and the reps' sheets. The rules are in core/plan, planning.ts and repOutput.ts.
 */
import { findExtraColumns } from "../core/plan/extraColumns";
import type { DaySettings, LatLng, VisitPlan } from "../core/plan";
import type { ListSnapshot } from "../host/types";
import { guessPlanRoles, PLAN_ROLES, type PlanRole } from "../core/plan/planRoles";
import { messages } from "../i18n/messages";
import { countDoneVisits, type DoneCounts, type LogReading } from "./compliance";
import { JobRefusal, type ListJob, type RoleColumns, type RoleSources } from "./job";
import {
  buildPlanSheets,
  planCustomers,
  type PlanColumns,
  type PlanInput,
  type PlanSheetsLayout,
} from "./planning";
import { buildRepSheets, type RepOutputOptions } from "./repOutput";

export { PLAN_ROLES, type PlanRole };

/** What the plan is made with besides the columns. */
export interface PlanJobOptions {
  /** First day, yyyy-mm-dd. */
  startDate: string;
  weeks: number;
  workdays: number[];
  holidays: string[];
  /** Visits per rep per day at most; Infinity: only the working time limits a day. */
  capacity: number;
  day?: Partial<DaySettings>;
  /** Visits per cycle per tier label (default: the planner's, A 4, B 2, C 1). */
  policy?: Record<string, number>;
  repStarts?: Record<string, LatLng>;
  /** Map links and coordinates of the rep sheets. */
  repOutput: Omit<RepOutputOptions, "locale" | "phoneOf">;
  /**
   * Re-plan the rest of the horizon from `from`, counting the visits the log says were done
   * (without a log: none counted, the days before `from` are closed all the same).
   */
  replan?: { from: string; log?: LogReading };
  /** Opening-hours and phone columns named by the user (else found by their headers). */
  extraColumns?: Pick<PlanColumns, "openingHours" | "phone">;
}

export interface PlanJobResult {
  plan: VisitPlan;
  layout: PlanSheetsLayout;
  capacity: number;
  customers: number;
  startDate: string;
  repOutput: RepOutputOptions;
  /** 1-based sheet rows whose opening hours could not be read. */
  unreadRows: number[];
  /** The status line: what was written (and, on a re-plan, what was counted). */
  written: string;
  /** The planner's columns (0-based within the list) and what it read from the list. */
  columns: PlanColumns;
  input: PlanInput;
  /** Names of the reps' sheets, in the order written. */
  repSheets: string[];
  /** On a re-plan with a log: the visits counted as done and what of the log was not. */
  done: DoneCounts | null;
}

/**
 * The plan's columns guessed from the list by the plan's role schema (`PLAN_ROLES`, core/plan):
 * customer, rep, area (else region), address, coordinates (lat + lng, else a combined column).
 * The tier: an earlier run's Tier column ("Tier"/"等级", this period's tiers) first; else the
 * sales to tier on the fly; else a tier-like column (last period's tiers), as `crm plan` does.
 * @param snapshot The list.
 * @returns Column per role (0-based within the list) and where each guess came from.
 */
export function guessPlanColumns(snapshot: ListSnapshot): {
  roles: RoleColumns<PlanRole>;
  sources: RoleSources<PlanRole>;
} {
  return guessPlanRoles(snapshot.header, snapshot.rows);
}

/** The planner's columns of a role choice: the tier column else the sales; lat + lng else lat,lng; hours and phone by header. */
export function planColumnsOf(snapshot: ListSnapshot, r: RoleColumns<PlanRole>): PlanColumns {
  const cols: PlanColumns = {};
  for (const k of ["customer", "tier", "rep", "area", "address"] as const)
    if (r[k] !== undefined) cols[k] = r[k];
  if (r.tier === undefined) cols.sales = r.sales;
  if (r.lat !== undefined && r.lng !== undefined) [cols.lat, cols.lng] = [r.lat, r.lng];
  else if (r.latlng !== undefined) cols.latlng = r.latlng;
  // Opening hours and phone are found by their headers (营业时间 / Opening hours, 电话 / Phone).
  const extra = findExtraColumns(snapshot.header);
  if (extra.openingHours !== undefined) cols.openingHours = extra.openingHours;
  if (extra.phone !== undefined) cols.phone = extra.phone;
  return cols;
}

/**
 * Customers of the list with a usable position under a role choice; 0 without coordinate
 * columns, null when the choice cannot be read.
 */
export function locatedCustomers(snapshot: ListSnapshot, r: RoleColumns<PlanRole>): number | null {
  if (!(r.lat !== undefined && r.lng !== undefined) && r.latlng === undefined) return 0;
  try {
    const cols: PlanColumns =
      r.lat !== undefined && r.lng !== undefined
        ? { lat: r.lat, lng: r.lng, tier: 0 }
        : { latlng: r.latlng, tier: 0 };
    return planCustomers(snapshot, cols).located;
  } catch {
    return null;
  }
}

/** The visit-planning job: roles, guess, the plan and rep sheets. */
export const planningJob: ListJob<PlanRole, PlanJobOptions, PlanJobResult> = {
  id: "plan",
  schema: PLAN_ROLES,
  roles: PLAN_ROLES.shown,

  prepare(snapshot) {
    const g = guessPlanColumns(snapshot);
    return { columns: g.roles, sources: g.sources, info: undefined };
  },

  // Columns added to the list (e.g. the Tier column of the Tiering tab) are guessed afresh.
  carry: (kept, fresh, relation) => (relation === "same" ? kept : fresh.columns),

  choose(columns, role, col) {
    const next: RoleColumns<PlanRole> = { ...columns, [role]: col };
    if (col === undefined) delete next[role];
    // Separate lat/lng and a combined column exclude each other.
    if (role === "latlng" && col !== undefined) {
      delete next.lat;
      delete next.lng;
    }
    if ((role === "lat" || role === "lng") && col !== undefined) delete next.latlng;
    return next;
  },

  async plan(snapshot, { columns, options: o }, ctx) {
    const pt = messages(ctx.locale).plan.pane;
    const cols = { ...planColumnsOf(snapshot, columns), ...o.extraColumns };
    const input = planCustomers(snapshot, cols);
    if (input.customers.length === 0) throw new JobRefusal([pt.errors.noCustomers]);
    const done = o.replan?.log
      ? countDoneVisits(o.replan.log, input.customers, snapshot, o.startDate, o.weeks)
      : null;
    ctx.progress(0.05, pt.progress.planning);
    const plan = await ctx.compute(
      "planVisits",
      {
        customers: input.customers,
        options: {
          startDate: o.startDate,
          weeks: o.weeks,
          workdays: o.workdays,
          holidays: o.holidays,
          capacity: o.capacity,
          day: o.day,
          policy: o.policy,
          repStarts: o.repStarts,
          ...(o.replan ? { from: o.replan.from, done: done?.done ?? new Map() } : {}),
        },
      },
      (f) => ctx.progress(0.05 + 0.9 * f, pt.progress.planning)
    );
    const names = await ctx.sheetNames();
    const { ops, layout } = buildPlanSheets(plan, names, ctx.locale, o.startDate);
    const repOutput: RepOutputOptions = {
      ...o.repOutput,
      locale: ctx.locale,
      phoneOf: (id) => input.phones.get(id as number),
    };
    const sheets = [...names, layout.planSheet, ...(layout.routeSheet ? [layout.routeSheet] : [])];
    const rep = buildRepSheets(plan, sheets, repOutput);
    ops.push(...rep.ops);
    const written = pt.written({
      sheet: layout.planSheet,
      routeSheet: layout.routeSheet,
      charts: layout.charts,
    });
    const replanned =
      o.replan && done
        ? messages(ctx.locale).compliance.pane.replanned({
            from: o.replan.from,
            counted: done.counted,
            customers: done.done.size,
          })
        : null;
    return {
      ops,
      conflicts: [],
      notes: [],
      result: {
        plan,
        layout,
        capacity: o.capacity,
        customers: input.customers.length,
        startDate: o.startDate,
        repOutput,
        unreadRows: input.unreadHours.map((u) => snapshot.row + 2 + u.row),
        written: replanned ? `${replanned} ${written}` : written,
        columns: cols,
        input,
        repSheets: rep.layout.sheets.map((s) => s.sheet),
        done,
      },
    };
  },
};
