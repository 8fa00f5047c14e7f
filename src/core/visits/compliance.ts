/**
 * Plan against actual (issue 13 part 3): which planned visits were done on their day, which
 * visits were done off plan, and what was missed, per rep and week, per tier, and the A
 * customers missed. Definitions (the contract):
 * - planned: plan visits dated on or before the as-of date;
 * - on plan: a planned visit with a done visit of the same rep, customer and date;
 * - off plan: a done visit (on or before the as-of date) with no planned visit of the same rep,
 *   customer and date;
 * - missed = planned - on plan;
 * - compliance = on plan / planned, a fraction 0..1 (null when nothing was due).
 * Rep and customer here are the plan's own names: the caller matches the log to them first.
 */
import { dayNumberToIso, isoToDayNumber } from "../plan/calendar";

/** A visit of the plan. */
export interface PlanVisitRef {
  readonly rep: string;
  readonly customer: string;
  readonly tier: string;
  /** ISO date. */
  readonly date: string;
}

/** A visit done, already matched to the plan's rep and customer names. */
export interface DoneVisitRef {
  readonly rep: string;
  readonly customer: string;
  /** ISO date. */
  readonly date: string;
}

/** The four counts and the rate. */
export interface ComplianceCounts {
  planned: number;
  onPlan: number;
  offPlan: number;
  missed: number;
  /** onPlan / planned in 0..1; null when nothing was due (planned 0). */
  compliance: number | null;
}

export interface RepCompliance extends ComplianceCounts {
  /** The rep's name as in the plan. */
  readonly rep: string;
}

export interface RepWeekCompliance extends ComplianceCounts {
  readonly rep: string;
  /** 1-based week of the plan (7-day blocks from its start date). */
  readonly week: number;
}

export interface TierCompliance extends ComplianceCounts {
  readonly tier: string;
}

/** A planned visit to a top-tier customer not done on its day. */
export interface MissedVisit {
  readonly rep: string;
  readonly customer: string;
  readonly tier: string;
  readonly date: string;
  readonly week: number;
  /** The first off-plan visit by the same rep to this customer in the same week, if any. */
  readonly doneOn: string | null;
}

export interface ComplianceReport {
  readonly asOf: string;
  /** First day of the plan (week 1 starts here). */
  readonly start: string;
  /** One row per plan rep, in plan order. */
  readonly reps: RepCompliance[];
  /** One row per rep and week from week 1 to the as-of date's week (within the plan). */
  readonly weeks: RepWeekCompliance[];
  /** One row per tier of the plan, in first-appearance order. */
  readonly tiers: TierCompliance[];
  readonly total: ComplianceCounts;
  /** Missed visits of `topTier` customers, by date, rep. */
  readonly missedTop: MissedVisit[];
  /** Done visits counted once: repeats of the same rep, customer and date in the log. */
  readonly duplicates: number;
  /** Done visits dated after the as-of date (not counted). */
  readonly afterAsOf: number;
  /** Done visits dated before the plan's start or after its last week (not counted). */
  readonly outsidePlan: number;
}

export interface ComplianceOptions {
  /** The as-of date (ISO): plan visits after it are not due, done visits after it are ignored. */
  readonly asOf: string;
  /** The plan's first day (ISO): week 1 starts here. */
  readonly start: string;
  /** The plan's length in weeks (default: the week of its last visit). */
  readonly weeks?: number;
  /** The tier whose missed visits are listed (default "A"). */
  readonly topTier?: string;
}

const counts = (): ComplianceCounts => ({
  planned: 0,
  onPlan: 0,
  offPlan: 0,
  missed: 0,
  compliance: null,
});

function finish<T extends ComplianceCounts>(c: T): T {
  c.missed = c.planned - c.onPlan;
  c.compliance = c.planned > 0 ? c.onPlan / c.planned : null;
  return c;
}

const key = (rep: string, customer: string, date: string): string =>
  JSON.stringify([rep, customer, date]);

/**
 * Compares the plan with the visits done.
 *
 * @param plan The plan's visits (any order).
 * @param done The visits done, matched to plan names (any order; repeats counted once).
 * @param o The as-of date, the plan's start and weeks, the top tier.
 * @returns The report. Cost O((plan + done) log(plan + done)).
 * @throws {RangeError} When a date is not ISO.
 * @example
 * computeCompliance([{ rep: "Li", customer: "S1", tier: "A", date: "2025-11-03" }],
 *   [{ rep: "Li", customer: "S1", date: "2025-11-03" }], { asOf: "2025-11-07", start: "2025-11-03" }).reps[0]
 * // { rep: "Li", planned: 1, onPlan: 1, offPlan: 0, missed: 0, compliance: 1 }
 */
export function computeCompliance(
  plan: readonly PlanVisitRef[],
  done: readonly DoneVisitRef[],
  o: ComplianceOptions
): ComplianceReport {
  const asOfDay = isoToDayNumber(o.asOf);
  const startDay = isoToDayNumber(o.start);
  const topTier = o.topTier ?? "A";
  const weekOf = (iso: string): number => Math.floor((isoToDayNumber(iso) - startDay) / 7) + 1;

  const reps = new Map<string, RepCompliance>();
  const tiers = new Map<string, TierCompliance>();
  const weeks = new Map<string, RepWeekCompliance>();
  const total = counts();
  const repRow = (rep: string): RepCompliance => {
    let r = reps.get(rep);
    if (!r) reps.set(rep, (r = { rep, ...counts() }));
    return r;
  };
  const tierRow = (tier: string): TierCompliance => {
    let t = tiers.get(tier);
    if (!t) tiers.set(tier, (t = { tier, ...counts() }));
    return t;
  };
  const weekRow = (rep: string, week: number): RepWeekCompliance => {
    const k = JSON.stringify([rep, week]);
    let w = weeks.get(k);
    if (!w) weeks.set(k, (w = { rep, week, ...counts() }));
    return w;
  };

  // Every plan rep and tier has a row, even with nothing due yet.
  const planned = new Map<string, PlanVisitRef>();
  const tierOf = new Map<string, string>();
  for (const v of plan) {
    repRow(v.rep);
    tierRow(v.tier);
    tierOf.set(JSON.stringify([v.rep, v.customer]), v.tier);
    if (!tierOf.has(v.customer)) tierOf.set(v.customer, v.tier);
    const day = isoToDayNumber(v.date);
    if (day > asOfDay) continue;
    planned.set(key(v.rep, v.customer, v.date), v);
  }
  // Week rows for every rep up to the as-of week (within the plan's weeks).
  const lastPlanWeek = o.weeks ?? plan.reduce((m, v) => Math.max(m, weekOf(v.date)), 0);
  const lastWeek = Math.min(lastPlanWeek, Math.floor((asOfDay - startDay) / 7) + 1);
  for (const rep of reps.keys()) for (let w = 1; w <= lastWeek; w++) weekRow(rep, w);

  const doneKeys = new Set<string>();
  let duplicates = 0;
  let afterAsOf = 0;
  let outsidePlan = 0;
  const offPlanByRepCustomer = new Map<string, string[]>();
  for (const d of done) {
    if (isoToDayNumber(d.date) > asOfDay) {
      afterAsOf++;
      continue;
    }
    const w = weekOf(d.date);
    if (w < 1 || w > lastPlanWeek) {
      outsidePlan++;
      continue;
    }
    const k = key(d.rep, d.customer, d.date);
    if (doneKeys.has(k)) {
      duplicates++;
      continue;
    }
    doneKeys.add(k);
    if (planned.has(k)) continue; // counted as on plan below
    const tier = tierOf.get(JSON.stringify([d.rep, d.customer])) ?? tierOf.get(d.customer) ?? "";
    for (const c of [repRow(d.rep), tierRow(tier), total]) c.offPlan++;
    weekRow(d.rep, w).offPlan++;
    const rc = JSON.stringify([d.rep, d.customer]);
    const list = offPlanByRepCustomer.get(rc) ?? [];
    list.push(d.date);
    offPlanByRepCustomer.set(rc, list);
  }

  const missedTop: MissedVisit[] = [];
  const top = topTier.trim().toUpperCase();
  for (const [k, v] of planned) {
    const w = weekOf(v.date);
    const on = doneKeys.has(k);
    for (const c of [repRow(v.rep), tierRow(v.tier), weekRow(v.rep, w), total]) {
      c.planned++;
      if (on) c.onPlan++;
    }
    if (!on && v.tier.trim().toUpperCase() === top) {
      const other = (offPlanByRepCustomer.get(JSON.stringify([v.rep, v.customer])) ?? [])
        .filter((d) => weekOf(d) === w)
        .sort();
      missedTop.push({ ...v, week: w, doneOn: other[0] ?? null });
    }
  }
  missedTop.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.rep < b.rep ? -1 : a.rep > b.rep ? 1 : 0) ||
      (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0)
  );
  const repOrder = [...reps.keys()];
  const weekRows = [...weeks.values()]
    .map(finish)
    .sort((a, b) => repOrder.indexOf(a.rep) - repOrder.indexOf(b.rep) || a.week - b.week);
  return {
    asOf: dayNumberToIso(asOfDay),
    start: dayNumberToIso(startDay),
    reps: [...reps.values()].map(finish),
    weeks: weekRows,
    tiers: [...tiers.values()].map(finish),
    total: finish(total),
    missedTop,
    duplicates,
    afterAsOf,
    outsidePlan,
  };
}
