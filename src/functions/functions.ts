/**
 * The CRM.* custom functions. This file only declares them: the JSDoc here is what
 * custom-functions-metadata-plugin turns into functions.json (parameter types must be written
 * literally: see README "Development"), and each body hands over to an adapter that parses
 * Excel's arguments and calls the pure core. `guard` makes sure no function ever throws.
 *
 * Every function is exported under its lower-case name so it can be called in Node with plain
 * arrays exactly as Excel passes them.
 */
import { guard } from "./args";
import { paretoImpl, tierImpl } from "./tier";
import { clvImpl, scoreImpl, segmentImpl, visitsImpl } from "./value";
import {
  bgnbdImpl,
  clvhistImpl,
  gammagammaImpl,
  paliveImpl,
  purchasesImpl,
  rfmImpl,
  spendImpl,
} from "./history";
import { ccvImpl, cpvImpl, valueclassImpl } from "./customerValue";
import { migrationImpl, trendImpl } from "./movement";

/**
 * Tiers customers A/B/C by sales rank (top 20% A, next 40% B, the rest C) or by Pareto share of value. Ties share a tier; blank cells stay blank.
 * @customfunction TIER
 * @helpurl https://localhost:3000/help.html#crmtier
 * @param values Sales (or any value) per customer: a column, a row or a block. Blank cells are not customers.
 * @param [method] "rank" (default: by share of customers above) or "pareto" (by share of value above).
 * @param [cuts] Increasing cumulative cut points as a row, e.g. {0.2,0.6} (rank default) or {0.8,0.95} (pareto default).
 * @param [labels] Tier labels, one more than the cuts, e.g. {"A","B","C"}.
 * @param [groups] Group key per customer (channel, region, rep), same shape as values: customers are tiered within their group.
 * @returns The tier label of each customer, in the shape of values.
 */
export function tier(
  values: any[][],
  method?: string,
  cuts?: any[][],
  labels?: any[][],
  groups?: any[][]
): any[][] {
  return guard(() => tierImpl(values, method, cuts, labels, groups));
}

/**
 * Share of total positive value held by the top customers (the concentration behind a Pareto chart).
 * @customfunction PARETO
 * @helpurl https://localhost:3000/help.html#crmpareto
 * @param values Sales (or any value) per customer. Blank cells are ignored.
 * @param [topShare] Share of customers counted as "top", between 0 and 1 (default 0.2). Ties at the cut are included.
 * @returns The share (0 to 1) of total positive value held by the top customers.
 */
export function pareto(values: any[][], topShare?: number): any[][] {
  return guard(() => paretoImpl(values, topShare));
}

/**
 * Customer lifetime value: discounted margin weighted by the probability the customer is still buying, minus acquisition cost.
 * @customfunction CLV
 * @helpurl https://localhost:3000/help.html#crmclv
 * @param margin Margin per period (price minus cost to serve): one column (constant per customer) or one column per period.
 * @param [retention] Per-period retention rate, 0 to 1: a scalar, one per customer (column), one per period (row) or customers x periods (default 1).
 * @param [discountRate] Discount rate per period (default 0.1).
 * @param [periods] Horizon in periods (default: the number of period columns given, else 5); 0 gives the infinite-horizon value m*r/(1+i-r).
 * @param [acquisitionCost] Acquisition cost subtracted once: a scalar or one per customer (default 0).
 * @returns The lifetime value of each customer (one column).
 */
export function clv(
  margin: any[][],
  retention?: any[][],
  discountRate?: number,
  periods?: number,
  acquisitionCost?: any[][]
): any[][] {
  return guard(() => clvImpl(margin, retention, discountRate, periods, acquisitionCost));
}

/**
 * Places each customer in a value matrix quadrant: value x loyalty (Core, At risk, Grow, Phase out) or margin x cost to serve (Protect, Costly, Passive, Challenging).
 * @customfunction SEGMENT
 * @helpurl https://localhost:3000/help.html#crmsegment
 * @param x Value (or sales, or margin for the cost matrix) per customer, one column.
 * @param y Loyalty (or cost to serve for the cost matrix) per customer, one column.
 * @param [matrix] "loyalty" (default: value x loyalty) or "cost" (margin x cost to serve).
 * @param [xCut] Cut for "high" on x (x >= cut is high; default the median of x).
 * @param [yCut] Cut for "high" on y (y >= cut is high; default the median of y).
 * @param [labels] Four labels for the matrix's segments in the order above, e.g. {"核心客户","风险客户","成长客户","淘汰客户"}.
 * @returns The segment label of each customer (one column).
 */
export function segment(
  x: any[][],
  y: any[][],
  matrix?: string,
  xCut?: number,
  yCut?: number,
  labels?: any[][]
): any[][] {
  return guard(() => segmentImpl(x, y, matrix, xCut, yCut, labels));
}

/**
 * Multi-criteria score 0-100: each indicator min-max normalised (reversed where lower is better), weighted and summed.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#crmscore
 * @param indicators One column per indicator, one row per customer. A blank indicator counts as the worst.
 * @param [weights] One weight per indicator as a row (normalised to sum 1; default equal).
 * @param [directions] One direction per indicator as a row: 1 higher is better (default), -1 lower is better.
 * @returns The score of each customer, 0 to 100 (one column).
 */
export function score(indicators: any[][], weights?: any[][], directions?: any[][]): any[][] {
  return guard(() => scoreImpl(indicators, weights, directions));
}

/**
 * Visits per 4-week cycle that each customer's tier requires (default A 4, B 2, C 1).
 * @customfunction VISITS
 * @helpurl https://localhost:3000/help.html#crmvisits
 * @param tiers Tier label per customer, one column.
 * @param [policy] Two columns: tier label and visits per 4 weeks (default A 4, B 2, C 1).
 * @returns Visits per 4-week cycle of each customer (one column).
 */
export function visits(tiers: any[][], policy?: any[][]): any[][] {
  return guard(() => visitsImpl(tiers, policy));
}

/**
 * Summarises an order table per customer for the order-history models: customer, frequency, recency, age, monetary value.
 * @customfunction RFM
 * @helpurl https://localhost:3000/help.html#crmrfm
 * @param customers Customer id of each order line (text or number).
 * @param dates Order date of each line (an Excel date or ISO text such as 1997-01-31).
 * @param amounts Amount of each line.
 * @param [asOf] End of the calibration period (default: the latest order date in the table, so the result changes only with the data); later orders are ignored.
 * @param [periodDays] Days per period for recency and age (default 7: weeks).
 * @param [holdoutEnd] End of a holdout period (needs asOf): adds the repeat purchases after asOf up to this date and the holdout length.
 * @returns One row per customer: customer, frequency, recency, age, monetary [, holdout purchases, holdout length].
 */
export function rfm(
  customers: any[][],
  dates: any[][],
  amounts: any[][],
  asOf?: any,
  periodDays?: number,
  holdoutEnd?: any
): any[][] {
  return guard(() => rfmImpl(customers, dates, amounts, asOf, periodDays, holdoutEnd));
}

/**
 * Fits the BG/NBD purchase model by maximum likelihood.
 * @customfunction BGNBD
 * @helpurl https://localhost:3000/help.html#crmbgnbd
 * @param frequency Repeat purchases per customer (from CRM.RFM).
 * @param recency Time of the last purchase since the first, in periods.
 * @param age Time since the first purchase (T), in periods.
 * @param [penalty] Optional L2 penalty on the parameters, e.g. 0.001 (default 0: plain maximum likelihood).
 * @returns One row: r, alpha, a, b and the log-likelihood.
 */
export function bgnbd(
  frequency: any[][],
  recency: any[][],
  age: any[][],
  penalty?: number
): any[][] {
  return guard(() => bgnbdImpl(frequency, recency, age, penalty));
}

/**
 * Probability that each customer is still active, from a BG/NBD fit.
 * @customfunction PALIVE
 * @helpurl https://localhost:3000/help.html#crmpalive
 * @param frequency Repeat purchases per customer.
 * @param recency Time of the last purchase since the first, in periods.
 * @param age Time since the first purchase, in periods.
 * @param params The CRM.BGNBD row: r, alpha, a, b (cells after them are ignored).
 * @returns P(alive) of each customer (one column).
 */
export function palive(
  frequency: any[][],
  recency: any[][],
  age: any[][],
  params: any[][]
): any[][] {
  return guard(() => paliveImpl(frequency, recency, age, params));
}

/**
 * Expected repeat purchases of each customer in the next t periods, from a BG/NBD fit.
 * @customfunction PURCHASES
 * @helpurl https://localhost:3000/help.html#crmpurchases
 * @param t Number of periods ahead.
 * @param frequency Repeat purchases per customer.
 * @param recency Time of the last purchase since the first, in periods.
 * @param age Time since the first purchase, in periods.
 * @param params The CRM.BGNBD row: r, alpha, a, b (cells after them are ignored).
 * @returns Expected purchases of each customer (one column).
 */
export function purchases(
  t: number,
  frequency: any[][],
  recency: any[][],
  age: any[][],
  params: any[][]
): any[][] {
  return guard(() => purchasesImpl(t, frequency, recency, age, params));
}

/**
 * Fits the Gamma-Gamma spend model on customers with repeat purchases.
 * @customfunction GAMMAGAMMA
 * @helpurl https://localhost:3000/help.html#crmgammagamma
 * @param frequency Repeat purchases per customer.
 * @param monetary Mean amount of the repeat purchases per customer.
 * @param [penalty] Optional L2 penalty on the parameters (default 0: plain maximum likelihood).
 * @returns One row: p, q, gamma and the log-likelihood.
 */
export function gammagamma(frequency: any[][], monetary: any[][], penalty?: number): any[][] {
  return guard(() => gammagammaImpl(frequency, monetary, penalty));
}

/**
 * Conditional expected average spend per purchase of each customer, from a Gamma-Gamma fit.
 * @customfunction SPEND
 * @helpurl https://localhost:3000/help.html#crmspend
 * @param frequency Repeat purchases per customer.
 * @param monetary Mean amount of the repeat purchases per customer.
 * @param params The CRM.GAMMAGAMMA row: p, q, gamma (cells after them are ignored).
 * @returns Expected average spend of each customer (one column).
 */
export function spend(frequency: any[][], monetary: any[][], params: any[][]): any[][] {
  return guard(() => spendImpl(frequency, monetary, params));
}

/**
 * Discounted lifetime value of each customer from the order-history models (BG/NBD purchases x Gamma-Gamma spend).
 * @customfunction CLVHIST
 * @helpurl https://localhost:3000/help.html#crmclvhist
 * @param frequency Repeat purchases per customer.
 * @param recency Time of the last purchase since the first, in periods.
 * @param age Time since the first purchase, in periods.
 * @param monetary Mean amount of the repeat purchases per customer.
 * @param bgParams The CRM.BGNBD row: r, alpha, a, b.
 * @param ggParams The CRM.GAMMAGAMMA row: p, q, gamma.
 * @param [months] Horizon in months (default 12).
 * @param [monthlyDiscount] Discount rate per month (default 0.01).
 * @param [margin] Margin on spend, 0 to 1 (default 1).
 * @param [periodDays] Days per period used in the RFM table (default 7).
 * @returns The lifetime value of each customer (one column).
 */
export function clvhist(
  frequency: any[][],
  recency: any[][],
  age: any[][],
  monetary: any[][],
  bgParams: any[][],
  ggParams: any[][],
  months?: number,
  monthlyDiscount?: number,
  margin?: number,
  periodDays?: number
): any[][] {
  return guard(() =>
    clvhistImpl(
      frequency,
      recency,
      age,
      monetary,
      bgParams,
      ggParams,
      months,
      monthlyDiscount,
      margin,
      periodDays
    )
  );
}

/**
 * Current customer value: today's profit per period kept for the horizon and discounted, sum of profit/(1+i)^t for t = 1..periods.
 * @customfunction CCV
 * @helpurl https://localhost:3000/help.html#crmccv
 * @param profit Profit per period now, one column (one row per customer). Blank cells give blank results.
 * @param [periods] Horizon in periods, a whole number >= 1 (default 5).
 * @param [discountRate] Discount rate per period (default 0.1).
 * @returns The current value of each customer (one column).
 */
export function ccv(profit: any[][], periods?: number, discountRate?: number): any[][] {
  return guard(() => ccvImpl(profit, periods, discountRate));
}

/**
 * Potential customer value: the discounted extra profit if the relationship is developed, minus what developing it costs.
 * @customfunction CPV
 * @helpurl https://localhost:3000/help.html#crmcpv
 * @param potentialProfit Profit per period once developed, one column (one row per customer).
 * @param profit Profit per period now, one column with the same rows.
 * @param [periods] Horizon in periods, a whole number >= 1 (default 5).
 * @param [discountRate] Discount rate per period (default 0.1).
 * @param [investment] Cost of developing the customer, subtracted once: one value or one column (default 0).
 * @returns The potential value of each customer (one column).
 */
export function cpv(
  potentialProfit: any[][],
  profit: any[][],
  periods?: number,
  discountRate?: number,
  investment?: any[][]
): any[][] {
  return guard(() => cpvImpl(potentialProfit, profit, periods, discountRate, investment));
}

/**
 * Value class of each customer: Most valuable (the top share by rank, as CRM.TIER), Secondary (potential above value), Ordinary, or Negative (value below cost to serve).
 * @customfunction VALUECLASS
 * @helpurl https://localhost:3000/help.html#crmvalueclass
 * @param value Value per customer (sales, profit or CLV), one column. Blank cells are not customers.
 * @param [costToServe] Cost to serve per customer, one column with the same rows: Negative when value is below it (default: below 0).
 * @param [potential] Potential value per customer (e.g. CRM.CPV), one column: Secondary when above value.
 * @param [topShare] Share of customers that are Most valuable, above 0 and at most 1 (default 0.05). Ties share a class.
 * @param [labels] Four labels for Most valuable, Secondary, Ordinary and Negative, e.g. {"核心","潜力","普通","负值"}.
 * @returns The value class of each customer (one column).
 */
export function valueclass(
  value: any[][],
  costToServe?: any[][],
  potential?: any[][],
  topShare?: number,
  labels?: any[][]
): any[][] {
  return guard(() => valueclassImpl(value, costToServe, potential, topShare, labels));
}

/**
 * Sales trend of each customer: the change of the total of the last window periods against the window periods before (-0.5 = down 50%).
 * @customfunction TREND
 * @helpurl https://localhost:3000/help.html#crmtrend
 * @param sales Sales per customer (rows) per period (columns), oldest period first. A blank period counts as no sales.
 * @param [window] Periods on each side of the comparison (default 3). Blank result with fewer than 2 x window periods or an earlier total of 0 or less.
 * @returns The trend of each customer as a fraction (one column).
 */
export function trend(sales: any[][], window?: number): any[][] {
  return guard(() => trendImpl(sales, window));
}

/**
 * Tier migration matrix: how many customers moved from each previous tier to each current tier, with "(new)" and "(gone)".
 * @customfunction MIGRATION
 * @helpurl https://localhost:3000/help.html#crmmigration
 * @param previousTiers Previous tier label per customer, one column. Blank: the customer is new.
 * @param tiers Current tier label per customer, one column with the same rows. Blank: the customer is gone.
 * @returns A table: a header row of current tiers and "(gone)", one row per previous tier then "(new)", each cell a count of customers.
 */
export function migration(previousTiers: any[][], tiers: any[][]): any[][] {
  return guard(() => migrationImpl(previousTiers, tiers));
}
