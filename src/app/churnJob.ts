/**
 * The churn job as a value (job.ts): the columns of the Churn tab and `crm churn`, their guess,
 * the two checks (lapsed customers; customers whose sales decline) and the plan of the Churn
 * watch sheet. The rules themselves are in core/churn, churn.ts (the sheet), churnGuess.ts
 * (the columns, the as-of day) and declining.ts (the period columns).
 */
import { assignRoles } from "../core/roles";
import { guessColumns } from "../core/list/columns";
import { previousRank } from "../core/list/compare";
import { DEFAULT_LABELS } from "../core/tier";
import { findLapsed, mergeFlagged, type ChurnCustomer, type LapsedCustomer } from "../core/churn";
import type { ListSnapshot } from "../host/types";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import { withoutLeftOut } from "./customerRows";
import {
  buildChurnWatch,
  churnCustomersFromList,
  readChurnWatch,
  type ChurnColumns,
  type ChurnWatchPlan,
} from "./churn";
import { CHURN_ROLES, churnAsOf, type ChurnRole } from "./churnGuess";
import { decliningFromList, guessPeriodColumns } from "./declining";
import { JobRefusal, type ListJob, type Prepared, type RoleColumns, type RoleSources } from "./job";

export type { ChurnRole };

/** The columns of the decline check: the first and last period column, and a tier column. */
export type DecliningRole = "firstPeriod" | "lastPeriod" | "tier";

/** Every column the churn job reads. */
export type ChurnJobRole = ChurnRole | DecliningRole;

/** The P(alive) below which a customer counts as lapsed, when the list has a P(alive) column. */
export const DEFAULT_PALIVE_THRESHOLD = 0.5;

/** When a customer counts as lapsed. */
export interface LapsedRule {
  /** Today (serial day). */
  today: number;
  /** Lapsed after this many days without an order. */
  days: number;
  /** With a P(alive) column: lapsed below this (0..1). */
  pAliveThreshold: number;
  /** The day the days count to, as typed (serial day); absent: today, or the list's latest order when it is stale. */
  asOf?: number;
}

/** When a customer's sales decline: the trend of the last `window` periods against the `window` before, below `threshold` (< 0). */
export interface DeclineRule {
  window: number;
  threshold: number;
}

/** The churn job's options. */
export interface ChurnOptions extends LapsedRule {
  /** Win-back success probability written into new rows (0..1). */
  probability: number;
  /** Win-back cost written into new rows (absent: left for the user). */
  cost?: number;
  /** The decline rule; null: no decline check. */
  decline: DeclineRule | null;
}

/** What reading the list found besides the roles. */
export interface ChurnListInfo {
  /** Columns of numbers (the value, P(alive) and period columns are among them). */
  numeric: number[];
}

/** The lapsed check of a list. */
export interface LapsedCheck {
  /** Named customers on the list. */
  customers: number;
  /** The day the days count to, the list's latest order, and whether the list counted as stale. */
  asOf: number;
  latest?: number;
  stale: boolean;
  /** A last-order or P(alive) column is chosen: the check can run. */
  canCheck: boolean;
  /** The lapsed customers by value at stake (empty when the check cannot run or the rule is invalid). */
  lapsed: LapsedCustomer[];
  /** Their value at stake. */
  atStake: number;
}

/** The decline check of a list. */
export interface DecliningCheck {
  /** The period columns chosen, oldest first. */
  periods?: [number, number];
  /** How many period columns there are (0: none chosen). */
  have: number;
  /** The rule, null when it is invalid. */
  rule: DeclineRule | null;
  /** A valid rule and at least two windows of periods: the check ran. */
  enough: boolean;
  /** The declining customers, A customers first, by value at risk. */
  list: LapsedCustomer[];
  valueAtRisk: number;
  /** Of them, A customers. */
  aCount: number;
}

/** What a plan says: both checks and the sheet written. */
export interface ChurnOutcome {
  lapsed: LapsedCheck;
  declining: DecliningCheck;
  watch: Pick<ChurnWatchPlan, "sheet" | "created" | "summary">;
}

const sum = (xs: readonly LapsedCustomer[]) =>
  xs.reduce((a, x) => a + (Number.isFinite(x.value) ? x.value : 0), 0);

/** The job's columns as churn.ts reads them (none without a customer column). */
function churnColumns(columns: RoleColumns<ChurnJobRole>): ChurnColumns | undefined {
  const { customer } = columns;
  return customer === undefined ? undefined : { ...columns, customer };
}

/** The customers of a list as the checks read them (left-out rows, e.g. totals, are not customers). */
function customersOf(list: ListSnapshot, columns: RoleColumns<ChurnJobRole>): ChurnCustomer[] {
  const cols = churnColumns(columns);
  return cols ? churnCustomersFromList(list, cols) : [];
}

/**
 * The lapsed customers of a list. An invalid rule (days < 0 or not a number, a P(alive)
 * threshold outside 0..1 with a P(alive) column) finds none, but still gives the as-of day.
 *
 * @param snapshot The list as read.
 * @param columns The chosen columns.
 * @param rule When a customer counts as lapsed.
 * @example lapsedCheck(s, { customer: 0, lastOrder: 3, value: 2 }, { today, days: 60, pAliveThreshold: 0.5 }).atStake // 23900
 * Cost: O(n log n).
 */
export function lapsedCheck(
  snapshot: ListSnapshot,
  columns: RoleColumns<ChurnJobRole>,
  rule: LapsedRule
): LapsedCheck {
  const customers = customersOf(withoutLeftOut(snapshot), columns);
  // A list exported long ago would show everyone lapsed: then days count from its latest order.
  const day = churnAsOf(customers, {
    today: rule.today,
    days: rule.days >= 0 ? rule.days : Infinity,
    typed: rule.asOf,
  });
  const hasP = columns.pAlive !== undefined;
  const canCheck = columns.lastOrder !== undefined || hasP;
  const th = hasP ? rule.pAliveThreshold : undefined;
  const valid = rule.days >= 0 && (th === undefined || (th >= 0 && th <= 1));
  const lapsed =
    canCheck && valid
      ? findLapsed(customers, { asOf: day.asOf, days: rule.days, pAliveThreshold: th })
      : [];
  return { customers: customers.length, ...day, canCheck, lapsed, atStake: sum(lapsed) };
}

/**
 * The customers of a list whose sales decline over its period columns.
 *
 * @param snapshot The list as read.
 * @param columns The chosen columns (the period columns, the tier, the customer's).
 * @param rule The decline rule (null: invalid inputs, no check).
 * @throws {RangeError} For period columns outside the list.
 * Cost: O(n x periods).
 */
export function decliningCheck(
  snapshot: ListSnapshot,
  columns: RoleColumns<ChurnJobRole>,
  rule: DeclineRule | null
): DecliningCheck {
  const { firstPeriod: first, lastPeriod: last } = columns;
  const periods: [number, number] | undefined =
    first !== undefined && last !== undefined && last >= first ? [first, last] : undefined;
  const have = periods ? periods[1] - periods[0] + 1 : 0;
  const enough = !!rule && have >= 2 * rule.window;
  const cols = churnColumns(columns);
  const list =
    enough && periods && cols
      ? decliningFromList(
          withoutLeftOut(snapshot),
          { ...cols, periods, tier: columns.tier },
          { threshold: rule.threshold, window: rule.window }
        )
      : [];
  // "A customers" as findDeclining ranks them first.
  const aCount = list.filter(
    (x) => x.tier !== undefined && previousRank(x.tier, DEFAULT_LABELS) === 0
  ).length;
  return { periods, have, rule, enough, list, valueAtRisk: sum(list), aCount };
}

/**
 * The status line after writing: the sheet, the lapsed customers, what was kept, and the
 * declining customers added.
 * @example churnWrittenText("en", outcome.watch) // 'Created sheet "Churn watch": 4 lapsed customers, ...'
 */
export function churnWrittenText(locale: Locale, watch: ChurnOutcome["watch"]): string {
  const { summary } = watch;
  const reasons = Object.values(summary.reasons).reduce((a, b) => a + b, 0);
  const declining =
    summary.declining > 0
      ? ` ${messages(locale).valueClass.pane.declining.written({ count: summary.declining })}`
      : "";
  return (
    messages(locale).churn.pane.written({
      sheet: watch.sheet,
      created: watch.created,
      lapsed: summary.lapsed - summary.declining,
      kept: summary.noLongerLapsed,
      reasons,
      winBack: summary.winBack,
    }) + declining
  );
}

/** Whether the options can be planned (as the tab's form and the command line check them). */
function validOptions(o: ChurnOptions, hasP: boolean): boolean {
  const rate = (x: number) => x >= 0 && x <= 1;
  return (
    Number.isInteger(o.days) &&
    o.days >= 0 &&
    (!hasP || rate(o.pAliveThreshold)) &&
    rate(o.probability) &&
    (o.cost === undefined || (Number.isFinite(o.cost) && o.cost >= 0)) &&
    (o.asOf === undefined || Number.isFinite(o.asOf))
  );
}

/** The churn job: columns, guess, both checks, and the plan of the Churn watch sheet. */
export const churnJob: ListJob<ChurnJobRole, ChurnOptions, ChurnOutcome, ChurnListInfo> = {
  id: "churn",
  schema: CHURN_ROLES,
  roles: [...CHURN_ROLES.shown, "firstPeriod", "lastPeriod", "tier"],

  prepare(snapshot: ListSnapshot): Prepared<ChurnJobRole, ChurnOptions, ChurnListInfo> {
    // Total, note and repeated-header rows are not customers.
    const list = withoutLeftOut(snapshot);
    const a = assignRoles(CHURN_ROLES, list.header, list.rows);
    const guess = guessColumns(list.header, list.rows);
    const columns: RoleColumns<ChurnJobRole> = {};
    const sources: RoleSources<ChurnJobRole> = {};
    for (const r of CHURN_ROLES.shown) {
      if (a.columns[r] === undefined) continue;
      columns[r] = a.columns[r];
      const src = a.sources[r];
      if (src) sources[r] = src;
    }
    // The customer is required: with no name nor id, the first column.
    columns.customer ??= 0;
    const periods = guessPeriodColumns(list.header, guess.numericColumns);
    if (periods) {
      // Found by their headers (months, quarters ...).
      [columns.firstPeriod, columns.lastPeriod] = periods;
      sources.firstPeriod = sources.lastPeriod = "header";
    }
    if (guess.roles.previousTier !== undefined) {
      columns.tier = guess.roles.previousTier;
      const src = guess.sources.previousTier;
      if (src) sources.tier = src;
    }
    return { columns, sources, info: { numeric: guess.numericColumns } };
  },

  async plan(snapshot, { columns, options }, ctx) {
    const t = messages(ctx.locale).churn.pane;
    if (columns.customer === undefined || !validOptions(options, columns.pAlive !== undefined))
      throw new JobRefusal([t.inputInvalid]);
    const lapsed = lapsedCheck(snapshot, columns, options);
    const declining = decliningCheck(snapshot, columns, options.decline);
    if (!lapsed.canCheck && !declining.periods) throw new JobRefusal([t.noLastOrder]);
    ctx.progress(0.3);
    const existing = await readChurnWatch(ctx);
    ctx.progress(0.6);
    const plan = buildChurnWatch(mergeFlagged(lapsed.lapsed, declining.list), {
      existing,
      locale: ctx.locale,
      sheetNames: await ctx.sheetNames(),
      successProbability: options.probability,
      defaultCost: options.cost,
      days: options.days,
      pAliveThreshold: columns.pAlive !== undefined ? options.pAliveThreshold : undefined,
      window: options.decline?.window,
    });
    ctx.progress(1);
    const { sheet, created, summary } = plan;
    return {
      ops: plan.ops,
      conflicts: [],
      notes: [],
      result: { lapsed, declining, watch: { sheet, created, summary } },
    };
  },
};
