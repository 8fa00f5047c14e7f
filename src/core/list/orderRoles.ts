/**
 * The roles of an order table's columns (one row per order line, issue #6), as data. Its roles
 * differ from a customer list's: an id column IS the customer, "Date" is the order date, and
 * order histories can be old (CDNOW is 1997).
 */
import { assignRoles, defineRoles, roleDef, type RoleSource, type ColumnProfile } from "../roles";
import { CUSTOMER_LIST_ROLES } from "./listRoles";

const LIST_CUSTOMER = roleDef(CUSTOMER_LIST_ROLES, "customer").words;

/** Customer, order date, amount, in the order the UI lists them. */
export const ORDER_TABLE_ROLES = defineRoles(
  [
    // The customer: a customer list's customer words, and ids and codes; contents: the leftmost column left.
    {
      key: "customer",
      kind: "id",
      fromValues: true,
      words: {
        en: [
          ...LIST_CUSTOMER.en,
          ...[
            "customer id",
            "customer no",
            "customer number",
            "customer code",
            "client id",
            "cust id",
            "account id",
            "member",
            "member id",
            "buyer",
            "buyer id",
            "user id",
          ],
        ],
        zh: [
          ...LIST_CUSTOMER.zh,
          ...[
            "客户编号",
            "客户代码",
            "客户编码",
            "客户id",
            "客户号",
            "会员",
            "会员编号",
            "会员号",
            "买家",
            "用户id",
            "门店编号",
          ],
        ],
      },
    },
    {
      key: "date",
      kind: "date",
      fromValues: true,
      words: {
        en: [
          "date",
          "order date",
          "purchase date",
          "transaction date",
          "invoice date",
          "order time",
          "purchase time",
        ],
        zh: [
          "日期",
          "订单日期",
          "下单日期",
          "下单时间",
          "交易日期",
          "购买日期",
          "订货日期",
          "开票日期",
          "销售日期",
          "订单时间",
        ],
      },
    },
    // The amount: the larger numbers that are not dates.
    {
      key: "amount",
      kind: "money",
      never: ["date"],
      fromValues: true,
      words: {
        en: [
          "amount",
          "order amount",
          "order value",
          "order total",
          "sales",
          "revenue",
          "total",
          "spend",
          "dollars",
          "net amount",
          "line amount",
          "value",
        ],
        zh: [
          "金额",
          "订单金额",
          "销售额",
          "实付金额",
          "交易金额",
          "订货额",
          "消费金额",
          "支付金额",
          "总额",
          "合计",
          "订单总额",
        ],
      },
    },
  ],
  { required: ["customer", "date", "amount"], serialDates: { from: 1980, to: 2099 } }
);

export type OrderRole = (typeof ORDER_TABLE_ROLES.roles)[number]["key"];

/** The guess for an order table: a column index (0-based, within the list) per role found. */
export interface OrderColumnGuess {
  roles: Partial<Record<OrderRole, number>>;
  sources: Partial<Record<OrderRole, RoleSource>>;
  profiles: ColumnProfile[];
}

/**
 * Guesses the customer, order-date and amount columns of an order table from its headers
 * (an id/code header counts as the customer here) and, for roles still open, its contents: the
 * first date column (dates, date text or whole-number serials of 1980-2099), the numeric column
 * with the largest mean absolute value that is not a date (row numbers last) as the amount, and
 * the leftmost remaining non-empty column as the customer.
 *
 * @param header Header texts.
 * @param rows Data rows.
 * @returns Roles found, how, and the column profiles.
 * @example guessOrderColumns(["客户编号", "下单日期", "订单金额"], [["C1", 45000, 10]]).roles // { customer: 0, date: 1, amount: 2 }
 * Cost: O(min(rows, 5000) x columns).
 */
export function guessOrderColumns(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>
): OrderColumnGuess {
  const a = assignRoles(ORDER_TABLE_ROLES, header, rows);
  return { roles: a.columns, sources: a.sources, profiles: a.profiles };
}
