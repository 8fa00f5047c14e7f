/**
 * The Churn view's first choices, shared by the pane's Churn tab and `crm churn`: which columns
 * the lapsed check reads (P(alive) and CLV as the order-history sheet names them), and the day
 * the days since the last order count to.
 */
import type { ColumnGuess } from "../core/list/columns";
import { toSerialDay } from "../core/history/dates";
import type { ChurnCustomer } from "../core/churn";
import type { Locale } from "../i18n/locale";
import { SHEET_TEXT } from "../i18n/sheetText";
import { messages } from "../i18n/messages";
import type { ListSnapshot } from "../host/types";
import type { ChurnColumns } from "./churn";

const lower = (s: string) => s.trim().toLowerCase();
const headersOf = (pick: (l: Locale) => string) =>
  new Set((Object.keys(SHEET_TEXT) as Locale[]).map((l) => lower(pick(l))));
const PALIVE_HEADERS = headersOf((l) => messages(l).history.sheet.headers.pAlive);
const CLV_HEADERS = new Set([
  ...headersOf((l) => messages(l).history.sheet.headers.clv),
  ...headersOf((l) => SHEET_TEXT[l].value.clv),
]);
const PALIVE_RE = /p\s*\(\s*alive\s*\)|存活概率|活跃概率/i;
const ID_RE = /^(customer\s*)?(id|code|no\.?|number)$|客户编号|客户代码|客户编码|^编号$/i;

/**
 * The columns the churn check reads, guessed from the headers: the customer (else the first
 * column), last order date, value (a CLV column, else sales), rep, customer id and P(alive).
 *
 * @param snapshot The list.
 * @param guess The list's column guess (`guessColumns`).
 * @returns The columns (name always set).
 * @example guessChurnColumns(s, guessColumns(s.header, s.rows)).lastOrder // 10
 */
export function guessChurnColumns(snapshot: ListSnapshot, guess: ColumnGuess): ChurnColumns {
  const find = (test: (h: string) => boolean) => {
    const i = snapshot.header.findIndex((h) => test(h));
    return i >= 0 ? i : undefined;
  };
  const clv = find((h) => CLV_HEADERS.has(lower(h)));
  return {
    name: guess.roles.customer ?? 0,
    lastOrder: guess.roles.lastOrder,
    value: clv ?? guess.roles.sales,
    rep: guess.roles.rep,
    id: find((h) => ID_RE.test(h.trim())),
    pAlive: find((h) => PALIVE_HEADERS.has(lower(h)) || PALIVE_RE.test(h)),
  };
}

/**
 * The day the days since the last order count to: the day given, else today, unless the list
 * is older than the lapsed rule (its latest order more than `days` before today: a list
 * exported long ago would show everyone lapsed), then its latest order date.
 *
 * @param customers The customers (their last order dates).
 * @param o Today and the typed day (serial days), the lapsed rule's days.
 * @returns The day used, the latest order date, and whether the list counted as stale.
 * @example churnAsOf(customers, { today: 46000, days: 60 }) // { asOf: 45800, latest: 45800, stale: true }
 */
export function churnAsOf(
  customers: readonly ChurnCustomer[],
  o: { today: number; days: number; typed?: number }
): { asOf: number; latest?: number; stale: boolean } {
  let latest: number | undefined;
  for (const cu of customers) {
    const d =
      cu.lastOrder === null || cu.lastOrder === undefined ? undefined : toSerialDay(cu.lastOrder);
    if (d !== undefined && (latest === undefined || d > latest)) latest = d;
  }
  const stale = o.typed === undefined && latest !== undefined && o.today - latest > o.days;
  return { asOf: o.typed ?? (stale ? (latest as number) : o.today), latest, stale };
}
