/**
 * The Value view's first choices, shared by the pane's Value tab and `crm value`: which columns
 * can be an axis, indicator or margin, the default axes of each matrix, and the first value /
 * cost / potential / profit columns of the value-class and current-value jobs.
 */
import { guessColumns, type ColumnGuess } from "../core/list/columns";
import type { SegmentMatrix } from "../core/segment";
import type { Locale } from "../i18n/locale";
import { SHEET_TEXT } from "../i18n/sheetText";
import { messages } from "../i18n/messages";
import type { ListSnapshot } from "../host/types";

/** A list as the Value jobs see it. */
export interface ValueList {
  snapshot: ListSnapshot;
  guess: ColumnGuess;
  /** Columns of numbers that can be an axis, an indicator or a margin (coordinates and dates left out). */
  numeric: number[];
}

/**
 * Guesses the columns of a list for the Value jobs.
 *
 * @param snapshot The list.
 * @returns The guess and the numeric columns offered.
 * @example valueList(s).numeric // [6, 7]: sales and margin (lat/lng and dates left out)
 * Cost: O(n x columns).
 */
export function valueList(snapshot: ListSnapshot): ValueList {
  const guess = guessColumns(snapshot.header, snapshot.rows);
  const skip = new Set(
    [guess.roles.lat, guess.roles.lng, guess.roles.lastOrder, guess.roles.latlng].filter(
      (c) => c !== undefined
    )
  );
  return { snapshot, guess, numeric: guess.numericColumns.filter((c) => !skip.has(c)) };
}

const headerSet = (pick: (l: Locale) => string) =>
  new Set((Object.keys(SHEET_TEXT) as Locale[]).map((l) => pick(l).trim().toLowerCase()));
/** CLV columns written by the Value and Order history jobs, in any language. */
const CLV_HEADERS = new Set([
  ...headerSet((l) => SHEET_TEXT[l].value.clv),
  ...headerSet((l) => messages(l).history.sheet.headers.clv),
]);
const CPV_HEADERS = headerSet((l) => SHEET_TEXT[l].value.cpv);
const CCV_HEADERS = headerSet((l) => SHEET_TEXT[l].value.ccv);
const POTENTIAL_RE = /potential|潜在/i;
const PROFIT_RE = /profit|利润/i;

/** First choices of the value-class and current/potential value jobs. */
export interface ValueGuesses {
  classes: { value?: number; cost?: number; potential?: number };
  current: { profit?: number; potential?: number };
}

/**
 * First choices of the value-class and current/potential value jobs: the value is a CLV
 * column when the list has one, else sales; the potential is a written CPV column, else a
 * "potential" header; the profit is the margin, else a "profit" header.
 *
 * @param l The list.
 * @returns Column indices (undefined: none found).
 */
export function valueGuesses(l: ValueList): ValueGuesses {
  const h = (c: number) => (l.snapshot.header[c] ?? "").trim();
  const find = (test: (x: string) => boolean) => l.numeric.find((c) => test(h(c)));
  const r = l.guess.roles;
  const own = (x: string) => CCV_HEADERS.has(x.toLowerCase()) || CPV_HEADERS.has(x.toLowerCase());
  const potentialProfit = find((x) => POTENTIAL_RE.test(x) && !own(x));
  const profit = r.margin ?? find((x) => PROFIT_RE.test(x) && !POTENTIAL_RE.test(x) && !own(x));
  return {
    classes: {
      value: find((x) => CLV_HEADERS.has(x.toLowerCase())) ?? r.sales ?? r.margin ?? l.numeric[0],
      cost: r.cost,
      potential: find((x) => CPV_HEADERS.has(x.toLowerCase())),
    },
    current: { profit: profit ?? r.sales ?? l.numeric[0], potential: potentialProfit },
  };
}

/**
 * Default axes of a segment matrix: the guessed roles, else the first other numeric columns.
 *
 * @param l The list.
 * @param matrix "loyalty" (value x loyalty) or "cost" (margin x cost to serve).
 * @returns The x and y columns (undefined when the list has too few numeric columns).
 */
export function defaultAxes(l: ValueList, matrix: SegmentMatrix): { x?: number; y?: number } {
  const r = l.guess.roles;
  const x =
    matrix === "loyalty"
      ? (r.sales ?? r.margin ?? l.numeric[0])
      : (r.margin ?? r.sales ?? l.numeric[0]);
  const wanted = matrix === "loyalty" ? r.loyalty : r.cost;
  const y = wanted !== undefined && wanted !== x ? wanted : l.numeric.find((c) => c !== x);
  return { x, y };
}

/**
 * The CLV job's first margin column: the margin, else sales.
 *
 * @param l The list.
 * @returns The column, or undefined.
 */
export function defaultMargin(l: ValueList): number | undefined {
  return l.guess.roles.margin ?? l.guess.roles.sales;
}
