/**
 * The Churn view's first choices, shared by the pane's Churn tab and `crm churn`: which columns
 * the lapsed check reads (P(alive) and CLV as the order-history sheet names them), and the day
 * the days since the last order count to.
 */
import { CUSTOMER_LIST_ROLES } from "../core/list/listRoles";
import { defineRoles, exactHeaders, mergeWords } from "../core/roles";
import { toSerialDay } from "../core/excel/dates";
import type { ChurnCustomer } from "../core/churn";
import { LOCALES, type Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";

const inEveryLocale = (pick: (l: Locale) => string) => LOCALES.map(pick);

/**
 * The churn check's column roles: the customer list's, plus the customer id, the value at stake
 * (a CLV column as the Value and Order history sheets name it, else the sales) and P(alive)
 * (as the order-history sheet names it, in any language, or in other words).
 */
export const CHURN_ROLES = defineRoles(
  [
    ...CUSTOMER_LIST_ROLES.roles.map((r) =>
      // With no name column, the id names the customer.
      r.key === "customer" ? { ...r, orFrom: "id" as const } : r
    ),
    {
      key: "id",
      kind: "id",
      words: {
        en: [
          "=id",
          "=code",
          "=no",
          "=number",
          "=customer id",
          "=customerid",
          "=customer code",
          "=customer no",
          "=customer number",
        ],
        zh: ["客户编号", "客户代码", "客户编码", "=编号"],
      },
    },
    {
      key: "value",
      kind: "number",
      orFrom: "sales",
      words: exactHeaders([
        ...inEveryLocale((l) => messages(l).history.sheet.headers.clv),
        ...inEveryLocale((l) => messages(l).value.sheet.clv),
      ]),
    },
    {
      key: "pAlive",
      kind: "number",
      words: mergeWords(
        exactHeaders(inEveryLocale((l) => messages(l).history.sheet.headers.pAlive)),
        {
          // "P(alive)" reads as "p" once its brackets are folded away.
          en: ["=p", "p alive", "probability alive"],
          zh: ["存活概率", "活跃概率"],
        }
      ),
    },
  ],
  {
    shown: ["customer", "id", "rep", "lastOrder", "value", "pAlive"],
    required: ["customer"],
    serialDates: CUSTOMER_LIST_ROLES.serialDates,
  }
);

/** The columns the churn check reads (the roles CHURN_ROLES shows). */
export type ChurnRole = (typeof CHURN_ROLES.shown)[number];

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
