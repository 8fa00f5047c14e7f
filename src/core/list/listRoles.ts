/**
 * The roles of a customer list's columns (one row per customer), as data: header words in
 * English and Chinese, the values each takes, what each must never be. Jobs show a part of it
 * (`jobRoles`); `guessColumns` reads a list with it.
 */
import { defineRoles, jobRoles, LIST_DATES, type NotKind } from "../roles";

/** Everything sales must never be (issue 11.4). */
const ALL_NOT_KINDS: readonly NotKind[] = [
  "phone",
  "postcode",
  "id",
  "year",
  "coordinate",
  "date",
  "age",
  "rank",
];

/**
 * Every role of a customer list, in the order the UI lists them; on equal header scores the
 * earlier wins. A header naming an id or code ("Customer ID", 客户编号) plays no role but the customer.
 */
export const CUSTOMER_LIST_ROLES = defineRoles(
  [
    // The customer: a name (a code/ID column only when nothing better names customers).
    {
      key: "customer",
      kind: "text",
      weakIf: ["id"],
      fromValues: true,
      words: {
        en: [
          "customer",
          "customer name",
          "client",
          "client name",
          "=name",
          "account",
          "account name",
          "outlet",
          "outlet name",
          "store",
          "store name",
          "shop",
          "shop name",
          "retailer",
          "dealer",
        ],
        zh: [
          "客户",
          "客户名称",
          "客户名",
          "门店",
          "门店名称",
          "终端",
          "终端名称",
          "店名",
          "店铺",
          "店铺名称",
          "=名称",
          "商户",
          "零售户",
          "网点",
          "经销商",
        ],
      },
    },
    // Sales: never a phone, postcode, id, year, coordinate or date (issue 11.4); several unnamed candidates are asked.
    {
      key: "sales",
      kind: "money",
      never: ALL_NOT_KINDS,
      fromValues: true,
      ask: true,
      words: {
        en: [
          "sales",
          "revenue",
          "amount",
          "turnover",
          "sales amount",
          "sales value",
          "monthly sales",
          "annual sales",
          "net sales",
          "sales volume",
          "volume",
          "=value",
          "gmv",
          "income",
          "billings",
          "purchases",
          "spend",
        ],
        zh: [
          "销售额",
          "销量",
          "金额",
          "月销售额",
          "销售金额",
          "营业额",
          "年销售额",
          "进货额",
          "订货额",
          "月销量",
          "销售量",
          "回款额",
          "回款",
          "回款金额",
          "提货额",
          "提货金额",
          "提货",
          "销售",
          "销售收入",
          "收入",
          "营收",
          "业绩",
          "进货金额",
          "采购额",
          "采购金额",
          "开票金额",
          "货款",
        ],
      },
    },
    {
      key: "channel",
      kind: "label",
      never: ["id"],
      words: {
        en: [
          "channel",
          "=type",
          "customer type",
          "format",
          "business type",
          "segment",
          "store type",
          "outlet type",
          "channel type",
        ],
        zh: ["业态", "渠道", "=类型", "客户类型", "渠道类型", "终端类型", "门店类型", "业态类型"],
      },
    },
    {
      key: "region",
      kind: "label",
      never: ["id"],
      words: {
        en: ["region", "province", "city"],
        zh: ["大区", "区域", "地区", "省份", "城市", "=省", "=市"],
      },
    },
    {
      key: "rep",
      kind: "label",
      never: ["id"],
      words: {
        en: [
          "rep",
          "rep name",
          "sales rep",
          "sales rep name",
          "representative",
          "sales representative",
          "salesperson",
          "sales person",
          "salesman",
          "owner",
          "account manager",
          "account owner",
          "=manager",
        ],
        zh: [
          "业务员",
          "客户经理",
          "销售代表",
          "负责人",
          "业务代表",
          "销售员",
          "业务经理",
          "跟进人",
          "销售人员",
          "所属业务员",
        ],
      },
    },
    {
      key: "previousTier",
      kind: "tier",
      never: ["id"],
      fromValues: true,
      words: {
        en: [
          "tier",
          "grade",
          "=level",
          "=class",
          "abc",
          "abc class",
          "previous tier",
          "last tier",
          "prior tier",
          "old tier",
          "customer tier",
          "customer grade",
          "customer level",
          "customer class",
        ],
        zh: [
          "等级",
          "级别",
          "分级",
          "客户等级",
          "客户级别",
          "上期等级",
          "原等级",
          "上月等级",
          "客户分级",
          "=分类",
          "客户分类",
        ],
      },
    },
    {
      key: "margin",
      kind: "number",
      never: ["id"],
      words: {
        en: ["margin", "gross margin", "profit", "gross profit", "contribution"],
        zh: ["毛利", "利润", "毛利额", "毛利率", "贡献"],
      },
    },
    {
      key: "cost",
      kind: "number",
      never: ["id"],
      words: {
        en: ["cost", "cost to serve", "service cost", "serving cost", "expense", "expenses"],
        zh: ["服务成本", "费用", "成本", "服务费用"],
      },
    },
    {
      key: "loyalty",
      kind: "number",
      never: ["id"],
      words: {
        en: [
          "loyalty",
          "frequency",
          "order frequency",
          "purchase frequency",
          "orders",
          "order count",
          "months active",
          "share of wallet",
        ],
        zh: ["忠诚度", "频次", "订货频次", "购买频次", "订单数", "下单次数", "进货次数"],
      },
    },
    // With no area column, the region serves as area too.
    {
      key: "area",
      kind: "label",
      never: ["id"],
      orFrom: "region",
      words: {
        en: ["area", "district", "territory", "zone", "route"],
        zh: ["片区", "街道", "区县", "县区", "商圈", "网格", "线路", "辖区", "=区"],
      },
    },
    {
      key: "address",
      kind: "text",
      never: ["id"],
      words: {
        en: ["address", "addr", "street", "street address"],
        zh: ["地址", "详细地址", "门店地址", "店铺地址", "送货地址"],
      },
    },
    {
      key: "lat",
      kind: "latitude",
      never: ["id"],
      fromValues: true,
      words: { en: ["latitude", "lat"], zh: ["纬度"] },
    },
    {
      key: "lng",
      kind: "longitude",
      never: ["id"],
      fromValues: true,
      words: { en: ["longitude", "lng", "lon", "long"], zh: ["经度"] },
    },
    {
      key: "latlng",
      kind: "latlng",
      never: ["id"],
      fromValues: true,
      words: {
        en: ["coordinates", "coordinate", "lat lng", "latlng", "lat long", "lat lon", "gps"],
        zh: ["经纬度", "坐标", "位置"],
      },
    },
    {
      key: "lastOrder",
      kind: "date",
      never: ["id"],
      fromValues: true,
      words: {
        en: [
          "last order",
          "last order date",
          "last purchase",
          "last purchase date",
          "latest order",
          "last ordered",
        ],
        zh: [
          "最近下单",
          "最后订货日期",
          "最近订货",
          "最后下单",
          "最近下单日期",
          "最后订货",
          "最近购买",
          "最后下单时间",
          "最近订货日期",
          "最后进货日期",
          "最近进货",
          "最后下单日期",
        ],
      },
    },
  ],
  { serialDates: LIST_DATES }
);

export type ColumnRole = (typeof CUSTOMER_LIST_ROLES.roles)[number]["key"];

/**
 * The tiering job's roles: the customer list's (all of them compete for columns), showing those
 * the job reads, in the order the form shows them; sales is required. The job's `group` (tier
 * within the groups of a column) is chosen apart, among the label columns.
 */
export const TIERING_ROLES = jobRoles(
  CUSTOMER_LIST_ROLES,
  ["customer", "sales", "rep", "area", "previousTier"],
  ["sales"]
);
