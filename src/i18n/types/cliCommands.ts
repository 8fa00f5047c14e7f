/**
 * Shape of the command line's own words in `crm tier` and `crm plan` (option errors, what the
 * command read and wrote) and of the notes every list command prints about how it read a list.
 * Figures come formatted (numbers, percentages, row lists); names come as they are.
 */
import type { LeftOutReason } from "../../core/list/extent";
import type { MoveKind } from "../../core/list/compare";
import type { UnscheduledCode } from "../../core/plan/types";

type Fmt<P> = (p: P) => string;

/** How the reader read a list: printed as lines, and as `--json` warnings[].message. */
export interface CliNoteMessages {
  /** A left-out reason with its rows, `count` of them ("2 total/subtotal rows (rows 8, 15)"). */
  leftOutReason: Record<LeftOutReason, Fmt<{ count: number; rows: string }>>;
  /** The rows left out, `count` in all, the reasons joined. */
  leftOut: Fmt<{ count: number; reasons: string }>;
  /** Rows put back with --include-rows. */
  putBack: Fmt<{ count: number; rows: string }>;
  /** Another list below the one read. */
  anotherList: Fmt<{ row: number }>;
  /** A warning as a printed line. */
  warning: Fmt<{ message: string }>;
  /** At most ten row numbers, then how many in all. */
  rowList: Fmt<{ rows: string; count: number; more: boolean }>;
}

/** `crm tier`. */
export interface CliTierMessages {
  badCuts: Fmt<{ value: string }>;
  badMethod: Fmt<{ value: string }>;
  /** The list's check issues (warnings) by code; `sales` is the sales column described. */
  issues: {
    salesNotNumeric: Fmt<{ count: number; sales: string; rows: string }>;
    salesBlank: Fmt<{ count: number; sales: string; rows: string }>;
    duplicateCustomer: Fmt<{ count: number; names: string; more: boolean }>;
    /** One repeated name in that list. */
    duplicate: Fmt<{ name: string; rows: string }>;
    missingRep: Fmt<{ count: number; rows: string }>;
    missingArea: Fmt<{ count: number; rows: string }>;
    /** An issue without a sentence of its own. */
    other: Fmt<{ code: string; count: number }>;
  };
  /** An issue as a printed line. */
  warning: Fmt<{ message: string }>;
  noSalesValues: Fmt<{ sales: string }>;
  salesAllErrors: Fmt<{ sales: string; kinds: string }>;
  emptyList: Fmt<{ where: string }>;
  noNumeric: Fmt<{ where: string }>;
  /** Cells right of the list where the Tier column goes. */
  occupied: Fmt<{ column: string; count: number }>;
  salesFromContents: Fmt<{ sales: string }>;
  /** Why no column can be the sales. */
  errorColumn: Fmt<{ column: string; where: string; kinds: string }>;
  candidates: Fmt<{ where: string; columns: string }>;
  noSales: Fmt<{ where: string; columns: string }>;
  /** "or" between candidate columns. */
  or: string;
  headline: Fmt<{ customers: string; where: string; sales: string; how: string }>;
  rank: Fmt<{ cuts: string }>;
  pareto: Fmt<{ cuts: string }>;
  withinGroups: Fmt<{ group: string }>;
  table: { tier: string; customers: string; share: string; sales: string; total: string };
  concentration: Fmt<{ top: string; share: string }>;
  negative: Fmt<{ count: number; sales: string }>;
  compared: Fmt<{ column: string; moves: string }>;
  moves: Record<MoveKind, Fmt<{ count: number }>>;
  valuesWithTotals: string;
  valuesInTable: string;
  output: { values: string; formulas: string };
  wrote: Fmt<{
    output: string;
    column: string;
    sheet: string | null;
    kind: string;
    summary: string;
  }>;
  chartsSkipped: Fmt<{ sheet: string }>;
}

/** `crm plan`. */
export interface CliPlanMessages {
  badWeekday: Fmt<{ value: string }>;
  backwards: Fmt<{ value: string }>;
  noWeekday: Fmt<{ value: string }>;
  holidaysMissing: Fmt<{ file: string }>;
  holidaysBadLine: Fmt<{ row: number; file: string; text: string }>;
  wholeNumber: Fmt<{ option: string; max: string; value: string }>;
  numberIn: Fmt<{ option: string; min: string; max: string; value: string }>;
  badDate: Fmt<{ option: string; value: string }>;
  badHours: Fmt<{ value: string }>;
  badLunch: Fmt<{ value: string }>;
  badVisitMinutes: Fmt<{ value: string }>;
  badMap: Fmt<{ value: string }>;
  badCoords: Fmt<{ value: string }>;
  badTimeZone: Fmt<{ value: string }>;
  icsFolder: Fmt<{ dir: string; error: string }>;
  icsWrite: Fmt<{ file: string; error: string }>;
  noTierOrSales: Fmt<{ where: string }>;
  noPolicyTier: Fmt<{ column: string; holds: string }>;
  holds: Fmt<{ tiers: string; more: boolean }>;
  holdsBlank: string;
  replanNeedsStart: string;
  doneNeedsFrom: string;
  fromOutside: Fmt<{ from: string; start: string; end: string }>;
  replanCounted: Fmt<{
    from: string;
    visits: number;
    customers: number;
    log: string;
    rows: number;
  }>;
  outsideHorizon: Fmt<{ count: number }>;
  notCounted: Fmt<{ count: number }>;
  notCountedName: Fmt<{ row: number; customer: string; code: string; nearMisses: string }>;
  didYouMean: Fmt<{ names: string }>;
  logProblem: Fmt<{ row: number; code: string; value: string }>;
  noLog: Fmt<{ from: string }>;
  headline: Fmt<{
    weeks: string;
    start: string;
    customers: string;
    where: string;
    tiers: string;
    reps: string;
    capacity: string;
    located: string;
  }>;
  tiersFromColumn: Fmt<{ column: string }>;
  tiersFromSales: Fmt<{ column: string }>;
  capacity: Fmt<{ capacity: string }>;
  day: Fmt<{ hours: string; lunch: string; minutes: string; speed: string; factor: string }>;
  lunch: Fmt<{ range: string }>;
  totals: Fmt<{ planned: string; unscheduled: string; km: string }>;
  busiest: Fmt<{ rep: string; date: string; visits: number }>;
  longest: Fmt<{ rep: string; date: string; hours: string }>;
  noRep: string;
  openingHours: Fmt<{ column: string; customers: number; visits: number }>;
  unreadHours: Fmt<{ count: number; rows: string; more: boolean }>;
  /** A rep's line; the figures come padded. */
  perRep: Fmt<{ rep: string; visits: string; days: string; max: string; km: string }>;
  unscheduled: Fmt<{ customers: number; visits: number }>;
  /** Customers left unscheduled for one reason; `detail` is the planner's sentence (English). */
  reason: Fmt<{ count: number; code: UnscheduledCode; detail: string }>;
  neededCapacity: Fmt<{ needed: string }>;
  daysFull: string;
  wrote: Fmt<{ output: string; sheet: string; routeSheet: string | null }>;
  repSheets: Fmt<{ sheets: string }>;
  calendars: Fmt<{ zone: string; count: number; dir: string; files: string }>;
  chartsSkipped: Fmt<{ count: number; sheet: string }>;
}
