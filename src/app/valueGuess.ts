/**
 * The Value view's first choices, shared by the pane's Value tab and `crm value`: which columns
 * can be an axis, indicator or margin, the default axes of each matrix, and the first value /
 * cost / potential / profit columns of the value-class and current-value jobs.
 */
import { guessColumns, type ColumnGuess } from "../core/list/columns";
import { CUSTOMER_LIST_ROLES } from "../core/list/listRoles";
import {
  assignRoles,
  defineRoles,
  exactHeaders,
  headerIs,
  normalizeHeader,
  valuesAre,
} from "../core/roles";
import type { NotKind, RoleSource } from "../core/roles";
import type { SegmentMatrix } from "../core/segment";
import { LOCALES, type Locale } from "../i18n/locale";
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
const CODE_KINDS: readonly NotKind[] = ["phone", "postcode", "id", "year"];

export function valueList(snapshot: ListSnapshot): ValueList {
  const guess = guessColumns(snapshot.header, snapshot.rows);
  const skip = new Set(
    [guess.roles.lat, guess.roles.lng, guess.roles.lastOrder, guess.roles.latlng].filter(
      (c) => c !== undefined
    )
  );
  // Phone numbers, postcodes, ids and years are numbers but no measure of value: a header
  // naming one, or (for a column no header names) contents shaped like one, is never an axis.
  const named = new Set(Object.values(guess.roles));
  const isCode = (c: number) =>
    headerIs(normalizeHeader(snapshot.header[c] ?? ""), CODE_KINDS) ||
    (!named.has(c) && valuesAre(guess.profiles[c], CODE_KINDS, CUSTOMER_LIST_ROLES.serialDates));
  return {
    snapshot,
    guess,
    numeric: guess.numericColumns.filter((c) => !skip.has(c) && !isCode(c)),
  };
}

const inEveryLocale = (pick: (l: Locale) => string) => LOCALES.map(pick);

/**
 * The Value jobs' column roles: the customer list's, plus the columns our own sheets write (a
 * CLV column of the Value or Order history jobs, the current and potential value columns, in
 * any language) and a potential (profit) column. Our own columns win their headers first, so a
 * written "客户潜在价值" is never taken as a new potential or a profit.
 */
export const VALUE_ROLES = defineRoles(
  [
    {
      key: "clv",
      kind: "number",
      words: exactHeaders([
        ...inEveryLocale((l) => messages(l).value.sheet.clv),
        ...inEveryLocale((l) => messages(l).history.sheet.headers.clv),
      ]),
    },
    {
      key: "cpv",
      kind: "number",
      words: exactHeaders(inEveryLocale((l) => messages(l).value.sheet.cpv)),
    },
    {
      key: "ccv",
      kind: "number",
      words: exactHeaders(inEveryLocale((l) => messages(l).value.sheet.ccv)),
    },
    { key: "potential", kind: "number", never: ["id"], words: { en: ["potential"], zh: ["潜在"] } },
    ...CUSTOMER_LIST_ROLES.roles,
  ],
  {
    shown: ["clv", "sales", "margin", "cost", "loyalty", "cpv", "potential"],
    serialDates: CUSTOMER_LIST_ROLES.serialDates,
  }
);

/** First choices of the value-class and current/potential value jobs. */
export interface ValueGuesses {
  classes: { value?: number; cost?: number; potential?: number };
  current: { profit?: number; potential?: number };
  /**
   * Where each role's column came from (its header's words, its contents), by role: the Value
   * roles' (`VALUE_ROLES`) first, then the customer list's.
   */
  sources: Partial<Record<string, { col: number; source: RoleSource }>>;
}

/**
 * First choices of the value-class and current/potential value jobs (`VALUE_ROLES`): the value
 * is a CLV column when the list has one, else sales; the class potential is a written CPV
 * column, the current job's a "potential" header; the profit is the margin ("profit", "利润"
 * headers included), else sales.
 *
 * @param l The list.
 * @returns Column indices (undefined: none found).
 */
export function valueGuesses(l: ValueList): ValueGuesses {
  const a = assignRoles(VALUE_ROLES, l.snapshot.header, l.snapshot.rows, l.guess.profiles);
  const r = a.columns;
  const sources: ValueGuesses["sources"] = {};
  for (const [cols, src] of [
    [a.columns, a.sources],
    [l.guess.roles, l.guess.sources],
  ] as [Partial<Record<string, number>>, Partial<Record<string, RoleSource>>][])
    for (const [role, col] of Object.entries(cols)) {
      const source = src[role];
      if (col !== undefined && source && !sources[role]) sources[role] = { col, source };
    }
  const numeric = (c: number | undefined) =>
    c !== undefined && l.numeric.includes(c) ? c : undefined;
  return {
    classes: {
      value: numeric(r.clv) ?? r.sales ?? r.margin ?? l.numeric[0],
      cost: r.cost,
      potential: numeric(r.cpv),
    },
    current: { profit: r.margin ?? r.sales ?? l.numeric[0], potential: numeric(r.potential) },
    sources,
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
