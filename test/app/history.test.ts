/**
 * The order-history job: preview counts, the write batch of the formula chain (texts and
 * references), and the chain EVALUATED in Node (src/preview/evaluate.ts runs the written
 * formulas through the real CRM.* functions, spills included) against the core called directly
 * and, on CDNOW, against the published summary and fits.
 */
import {
  buildHistorySheet,
  CHECK_GROUPS,
  historyProblems,
  historySettingsKey,
  orderColumnRef,
  previewOrders,
  type HistoryOptions,
  type OrderColumns,
} from "../../src/app/history";
import { isoFromSerial } from "../../src/core/excel/dates";
import { guessOrderColumns } from "../../src/core/list/columns";
import {
  bgnbdFit,
  clvFromHistory,
  conditionalExpectedPurchases,
  conditionalExpectedSpend,
  gammaDraw,
  gammaGammaFit,
  mulberry32,
  pAlive,
  rfmSummary,
} from "../../src/core/history";
import type { CellInput, ListSnapshot, WriteOp } from "../../src/host/types";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import { Evaluator } from "../../src/preview/evaluate";
import { loadRaw, loadSummary, PUBLISHED_BG, PUBLISHED_GG, sameTo3, serialOf } from "../../testkit/cdnow";

const COLS: OrderColumns = { customer: 0, date: 1, amount: 2 };

function snapshotOf(sheet: string, header: string[], rows: CellInput[][], extra: Partial<ListSnapshot> = {}): ListSnapshot {
  return {
    sheet,
    row: 0,
    col: 0,
    header,
    rows: rows as ListSnapshot["rows"],
    rightColumn: new Array(rows.length + 1).fill(null),
    ...extra,
  };
}

// A hand-made table: 9 valid lines, one blank line. Dates as Excel serials (serialOf: Date.UTC).
const HAND: CellInput[][] = [
  ["Ann", serialOf(20240101), 100],
  ["Ann", serialOf(20240101), 50],
  ["Bob", serialOf(20240105), 80],
  ["Ann", serialOf(20240115), 30],
  ["Cat", serialOf(20240201), 40],
  ["Bob", serialOf(20240301), 20],
  ["Dan", serialOf(20240310), 10],
  ["Ann", serialOf(20240320), 60],
  [null, null, null],
  ["Eve", serialOf(20240401), 70],
];
const hand = () => snapshotOf("Orders", ["Customer", "Order date", "Amount"], HAND);

function formulasOf(ops: WriteOp[]): string[] {
  const out: string[] = [];
  for (const op of ops)
    if (op.kind === "values")
      for (const r of op.values) for (const v of r) if (v && typeof v === "object" && "formula" in v) out.push(v.formula);
  return out;
}

describe("guessOrderColumns", () => {
  test("English and Chinese order headers", () => {
    expect(guessOrderColumns(["Customer", "Order date", "Amount"], HAND).roles).toEqual({ customer: 0, date: 1, amount: 2 });
    const zhRows = [["C1", 45000, 10, 3]];
    expect(guessOrderColumns(["客户编号", "下单日期", "订单金额", "数量"], zhRows).roles).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(guessOrderColumns(["订单日期", "金额", "客户"], [[45000, 10, "A"]]).roles).toEqual({ date: 0, amount: 1, customer: 2 });
    expect(guessOrderColumns(["日期", "客户", "金额"], [[45000, "A", 10]]).roles).toEqual({ date: 0, customer: 1, amount: 2 });
    // An id column IS the customer in an order table (a customer list would rather not).
    expect(guessOrderColumns(["Customer ID", "Date", "CDs", "Dollars"], [[1, 35431, 2, 29.33]]).roles).toEqual({
      customer: 0,
      date: 1,
      amount: 3,
    });
  });

  test("contents when headers say nothing: serial dates, the larger numbers as amount, the rest customer", () => {
    const rows = [
      ["x", 35431, 2, 29.5],
      ["y", 35440, 1, 14.2],
      ["x", 35500, 3, 40.1],
    ];
    const g = guessOrderColumns(["a", "b", "c", "d"], rows);
    expect(g.roles).toEqual({ date: 1, amount: 3, customer: 0 });
    expect(g.sources.date).toBe("content");
  });
});

describe("previewOrders", () => {
  test("counts by hand (default calibration end: the latest order)", () => {
    const p = previewOrders(hand(), COLS);
    expect(p.orders).toBe(9);
    expect(p.blankRows).toBe(1);
    expect(p.issueCount).toBe(0);
    expect(p.customers).toBe(5);
    expect(p.firstDate).toBe(serialOf(20240101));
    expect(p.lastDate).toBe(serialOf(20240401));
    expect(p.asOf).toBe(serialOf(20240401));
    expect(p.calibrationOrders).toBe(9);
    expect(p.calibrationCustomers).toBe(5);
    // Ann: 3 purchase days (Jan 1 twice = one day), Bob: 2; Cat, Dan, Eve: 1 -> 2 of 5 repeat.
    expect(p.repeatBuyers).toBe(2);
    expect(p.repeatShare).toBeCloseTo(0.4, 12);
    expect(p.holdoutOrders).toBe(0);
  });

  test("with a calibration end and a holdout", () => {
    const p = previewOrders(hand(), COLS, { asOf: serialOf(20240229), holdoutEnd: serialOf(20240401) });
    // On or before Feb 29: lines 1-5; Ann, Bob, Cat; only Ann repeats (Jan 1, Jan 15).
    expect(p.calibrationOrders).toBe(5);
    expect(p.holdoutOrders).toBe(4);
    expect(p.calibrationCustomers).toBe(3);
    expect(p.repeatBuyers).toBe(1);
    expect(p.repeatShare).toBeCloseTo(1 / 3, 12);
  });

  test("lines CRM.RFM would refuse are listed by sheet row", () => {
    const rows = HAND.map((r) => r.slice());
    rows[2][1] = "next week"; // sheet row 4
    rows[4][2] = "forty"; // sheet row 6
    rows[6][0] = null; // sheet row 8
    const p = previewOrders(snapshotOf("Orders", ["Customer", "Order date", "Amount"], rows), COLS);
    expect(p.issues).toEqual([
      { row: 4, problem: "date" },
      { row: 6, problem: "amount" },
      { row: 8, problem: "customer" },
    ]);
    expect(p.orders).toBe(6);
    expect(historyProblems(p)).toEqual(["badRows"]);
  });

  test("ISO text dates and numeric text amounts read like CRM.RFM reads them", () => {
    const p = previewOrders(snapshotOf("O", ["c", "d", "a"], [["A", "2024-01-02", "1,200.5"], ["A", "2024-02-01", 3]]), COLS);
    expect(p.issueCount).toBe(0);
    expect(p.firstDate).toBe(serialOf(20240102));
    expect(p.repeatBuyers).toBe(1);
  });

  test("columns must be three distinct list columns", () => {
    expect(() => previewOrders(hand(), { customer: 0, date: 0, amount: 2 })).toThrow(RangeError);
    expect(() => previewOrders(hand(), { customer: 0, date: 1, amount: 3 })).toThrow(RangeError);
  });
});

describe("historyProblems", () => {
  const p = previewOrders(hand(), COLS);
  test("settings out of range", () => {
    expect(historyProblems(p, {})).toEqual([]);
    expect(historyProblems(p, { months: 0 })).toEqual(["badMonths"]);
    expect(historyProblems(p, { months: 2.5, margin: 1.2, monthlyDiscount: -1, periodDays: 0 })).toEqual([
      "badMonths",
      "badDiscount",
      "badMargin",
      "badPeriodDays",
    ]);
    expect(historyProblems(p, { asOf: serialOf(20240301), holdoutEnd: serialOf(20240301) })).toEqual(["holdoutNotAfterAsOf"]);
    // Holdout without a calibration end: the default end is the last order, so nothing follows it.
    expect(historyProblems(p, { holdoutEnd: serialOf(20240301) })).toEqual(["holdoutNotAfterAsOf"]);
  });
  test("empty tables and calibration ends before the first order", () => {
    const empty = previewOrders(snapshotOf("O", ["c", "d", "a"], [[null, null, null]]), COLS);
    expect(historyProblems(empty)).toEqual(["noOrders"]);
    const early = previewOrders(hand(), COLS, { asOf: serialOf(20231231) });
    expect(historyProblems(early, { asOf: serialOf(20231231) })).toEqual(["noCalibrationCustomers"]);
    expect(() => buildHistorySheet(hand(), COLS, { asOf: serialOf(20231231) }, [], "en")).toThrow(/noCalibrationCustomers/);
  });
});

describe("buildHistorySheet: the ops", () => {
  const F = "INDEX($A$4#,0,2)";
  const R = "INDEX($A$4#,0,3)";
  const T = "INDEX($A$4#,0,4)";
  const M = "INDEX($A$4#,0,5)";

  test("without holdout: sheet, formula texts, settings cells, no check table or chart", () => {
    const plan = buildHistorySheet(hand(), COLS, {}, ["Orders"], "en");
    expect(plan.sheet).toBe("Order history 2024-04-01");
    expect(plan.ops[0]).toEqual({ kind: "addSheet", name: "Order history 2024-04-01", activate: true });
    // Layout: RFM A..E, P(alive) F, purchases G, spend H, CLV I, blank J, settings K (labels) / L (values).
    const f = plan.formulas;
    expect(f.rfm).toBe("=CRM.RFM('Orders'!$A$2:$A$11,'Orders'!$B$2:$B$11,'Orders'!$C$2:$C$11,$L$4,$L$6)");
    expect(f.bgnbd).toBe(`=CRM.BGNBD(${F},${R},${T})`);
    expect(f.gammaGamma).toBe(`=CRM.GAMMAGAMMA(${F},${M})`);
    expect(f.pAlive).toBe(`=CRM.PALIVE(${F},${R},${T},$K$14:$O$14)`);
    expect(f.expectedPurchases).toBe(`=CRM.PURCHASES($L$10,${F},${R},${T},$K$14:$O$14)`);
    expect(f.expectedSpend).toBe(`=CRM.SPEND(${F},${M},$K$19:$N$19)`);
    expect(f.clv).toBe(`=CRM.CLVHIST(${F},${R},${T},${M},$K$14:$O$14,$K$19:$N$19,$L$7,$L$8,$L$9,$L$6)`);
    expect(f.horizonPeriods).toBe("=$L$7*30.415/$L$6");
    expect(f.bgnbdStatus).toBe('=IF(ISNA(K14),"did not converge",IF(ISERROR(K14),"input error: see the fit cell","ok"))');
    expect(f.predictedHoldout).toBeUndefined();
    // Every formula written is one of these, in the cells the layout says.
    expect(formulasOf(plan.ops).sort()).toEqual(Object.values(f).sort());
    expect(plan.ops.some((o) => o.kind === "chart")).toBe(false);
    expect(plan.layout.check).toBeUndefined();
    const headerOp = plan.ops.find((o) => o.kind === "values" && o.row === 2 && o.col === 0) as Extract<WriteOp, { kind: "values" }>;
    expect(headerOp.values[0]).toEqual([
      "Customer",
      "Frequency (repeat purchases)",
      "Recency (periods)",
      "Age T (periods)",
      "Mean repeat spend",
      "P(alive)",
      "Expected purchases over the horizon",
      "Expected spend per purchase",
      "CLV over the horizon",
    ]);
    // The calibration end is a date cell with the latest order date.
    const asOfOp = plan.ops.find((o) => o.kind === "values" && o.row === 3 && o.col === 11) as Extract<WriteOp, { kind: "values" }>;
    expect(asOfOp.values).toEqual([[serialOf(20240401)]]);
    expect(asOfOp.numberFormat).toBe("yyyy-mm-dd");
    const setting = plan.ops.find((o) => o.kind === "setting") as Extract<WriteOp, { kind: "setting" }>;
    expect(setting.key).toBe(historySettingsKey("Orders"));
    expect(setting.value).toMatchObject({ columns: { amount: { index: 2, header: "Amount" } }, months: 12, periodDays: 7 });
  });

  test("with a holdout: RFM takes holdoutEnd, predicted column, check table by frequency group, column chart", () => {
    const opts: HistoryOptions = { asOf: serialOf(20240229), holdoutEnd: serialOf(20240401), months: 6 };
    const plan = buildHistorySheet(hand(), COLS, opts, ["Orders", "Order history 2024-02-29"], "en");
    expect(plan.sheet).toBe("Order history 2024-02-29 (2)");
    const f = plan.formulas;
    // RFM A..G, P(alive) H, purchases I, spend J, CLV K, predicted L, blank M, settings N / O.
    expect(f.rfm).toBe("=CRM.RFM('Orders'!$A$2:$A$11,'Orders'!$B$2:$B$11,'Orders'!$C$2:$C$11,$O$4,$O$6,$O$5)");
    expect(f.predictedHoldout).toBe(`=CRM.PURCHASES(INDEX($A$4#,1,7),${F},${R},${T},$N$14:$R$14)`);
    expect(f.clv).toBe(`=CRM.CLVHIST(${F},${R},${T},${M},$N$14:$R$14,$N$19:$Q$19,$O$7,$O$8,$O$9,$O$6)`);
    expect(f.checkCustomers0).toBe(`=COUNTIFS(${F},0)`);
    expect(f.checkActual0).toBe(`=IFERROR(AVERAGEIFS(INDEX($A$4#,0,6),${F},0),"")`);
    expect(f.checkPredicted0).toBe(`=IFERROR(AVERAGEIFS($L$4#,${F},0),"")`);
    expect(f.checkActualLast).toBe(`=IFERROR(AVERAGEIFS(INDEX($A$4#,0,6),${F},">=7"),"")`);
    const check = plan.layout.check!;
    expect(check).toEqual({ headerRow: 22, firstRow: 23, groups: CHECK_GROUPS, col: 13 });
    const groupOp = plan.ops.find((o) => o.kind === "values" && o.row === 23 && o.col === 13) as Extract<WriteOp, { kind: "values" }>;
    expect(groupOp.values.map((r) => r[0])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
    const chart = plan.ops.find((o) => o.kind === "chart") as Extract<WriteOp, { kind: "chart" }>;
    expect(chart.spec.type).toBe("column");
    expect(chart.spec.series).toEqual([
      { name: "Actual holdout purchases (mean)", x: "'Order history 2024-02-29 (2)'!$N$24:$N$31", y: "'Order history 2024-02-29 (2)'!$P$24:$P$31" },
      { name: "Predicted holdout purchases (mean)", x: "'Order history 2024-02-29 (2)'!$N$24:$N$31", y: "'Order history 2024-02-29 (2)'!$Q$24:$Q$31" },
    ]);
    // The chart sits under the table.
    expect(chart.spec.anchor.row).toBeGreaterThan(check.firstRow + check.groups - 1);
    const settings = plan.ops.find((o) => o.kind === "values" && o.row === 3 && o.col === 14) as Extract<WriteOp, { kind: "values" }>;
    expect(settings.values).toEqual([[serialOf(20240229)], [serialOf(20240401)]]);
    const months = plan.ops.find((o) => o.kind === "values" && o.row === 5 && o.col === 13) as Extract<WriteOp, { kind: "values" }>;
    expect(months.values[1]).toEqual(["Horizon (months)", 6]);
  });

  test("Chinese texts, quoted sheet names, structured references for Excel tables", () => {
    const s = snapshotOf("订单 O'Brien", ["客户编号", "下单日期", "订单金额"], HAND, { row: 4, col: 2 });
    const plan = buildHistorySheet(s, COLS, {}, [], "zh");
    expect(plan.sheet).toBe("订单历史 2024-04-01");
    expect(plan.formulas.rfm).toBe(
      "=CRM.RFM('订单 O''Brien'!$C$6:$C$15,'订单 O''Brien'!$D$6:$D$15,'订单 O''Brien'!$E$6:$E$15,$L$4,$L$6)"
    );
    const headerOp = plan.ops.find((o) => o.kind === "values" && o.row === 2 && o.col === 0) as Extract<WriteOp, { kind: "values" }>;
    expect(headerOp.values[0].slice(0, 5)).toEqual(["客户", "复购次数", "最近购买距首购（期）", "客户年龄 T（期）", "平均复购金额"]);
    expect(plan.formulas.bgnbdStatus).toBe('=IF(ISNA(K14),"未收敛",IF(ISERROR(K14),"输入有误：请查看拟合单元格","正常"))');
    const withHold = buildHistorySheet(s, COLS, { asOf: serialOf(20240229), holdoutEnd: serialOf(20240401) }, [], "zh");
    const chart = withHold.ops.find((o) => o.kind === "chart") as Extract<WriteOp, { kind: "chart" }>;
    expect(chart.spec.title).toBe("验证期购买次数：预测与实际");

    const table = snapshotOf("Orders", ["Cust", "Order date", "Amount [$]"], HAND, { tableName: "Sales" });
    expect(orderColumnRef(table, 2)).toBe("Sales[Amount '[$']]");
    expect(buildHistorySheet(table, COLS, {}, [], "en").formulas.rfm).toBe(
      "=CRM.RFM(Sales[Cust],Sales[Order date],Sales[Amount '[$']],$L$4,$L$6)"
    );
  });

  test("the batch is valid for the in-memory host and lands where the layout says", async () => {
    const host = new MemoryHost(workbookFromCells("Orders", [["Customer", "Order date", "Amount"], ...HAND]));
    const plan = buildHistorySheet(hand(), COLS, { asOf: serialOf(20240229), holdoutEnd: serialOf(20240401) }, await host.sheetNames(), "en");
    await host.apply(plan.ops);
    const sheet = host.sheet(plan.sheet)!;
    expect(sheet.cells[3][0]).toEqual({ formula: plan.formulas.rfm });
    expect(sheet.cells[3][plan.layout.predictedHoldout!]).toEqual({ formula: plan.formulas.predictedHoldout });
    expect(sheet.cells[plan.layout.bgnbd.row][plan.layout.bgnbd.col]).toEqual({ formula: plan.formulas.bgnbd });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.numberFormats.get(`3,${plan.layout.settings.col}`)).toBe("yyyy-mm-dd");
    expect(isoFromSerial(serialOf(19970930))).toBe("1997-09-30");
  });
});

// ---- the chain, evaluated --------------------------------------------------------------------

/** Order lines simulated from BG/NBD-like behaviour (deterministic), as sheet rows. */
function simulatedOrders(customers: number, seed: number, lastDay: number): CellInput[][] {
  const rng = mulberry32(seed);
  const rows: CellInput[][] = [];
  const start = serialOf(20230101);
  for (let i = 0; i < customers; i++) {
    const lambda = gammaDraw(0.8, 20, rng); // purchases per day
    const p = 0.15 + 0.3 * rng();
    let day = start + Math.floor(rng() * 120);
    const id = `C${String(i + 1).padStart(3, "0")}`;
    const base = 20 + 80 * rng();
    for (;;) {
      rows.push([id, day, Math.round(base * (0.5 + rng()) * 100) / 100]);
      if (rows.length % 7 === 0) rows.push([id, day, 5]); // a second line the same day
      if (rng() < p && day > start) break;
      day += 1 + Math.floor(-Math.log(1 - rng()) / lambda);
      if (day > lastDay) break;
    }
  }
  // Unsorted, as order exports often are.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}

interface Evaluated {
  ev: Evaluator;
  sheet: string;
  plan: ReturnType<typeof buildHistorySheet>;
  rfm: (string | number)[][];
  col: (c: number) => unknown[];
}

async function evaluateChain(snapshot: ListSnapshot, cells: CellInput[][], opts: HistoryOptions): Promise<Evaluated> {
  const host = new MemoryHost(workbookFromCells(snapshot.sheet, cells));
  const plan = buildHistorySheet(snapshot, COLS, opts, await host.sheetNames(), "en");
  await host.apply(plan.ops);
  const ev = new Evaluator(host.data.sheets);
  const rfm = ev.spill(plan.sheet, 3, 0) as (string | number)[][];
  const col = (c: number) => ev.spill(plan.sheet, 3, c).map((r) => r[0]);
  return { ev, sheet: plan.sheet, plan, rfm, col };
}

/** Lines parsed directly from the rows (independently of the job), for the core calls. */
function linesOf(rows: CellInput[][]) {
  const ok = rows.filter((r) => r[0] !== null);
  return {
    customers: ok.map((r) => r[0] as string | number),
    days: ok.map((r) => r[1] as number),
    amounts: ok.map((r) => r[2] as number),
  };
}

function expectChainMatchesCore(e: Evaluated, rows: CellInput[][], o: Required<Omit<HistoryOptions, "holdoutEnd">> & { holdoutEnd?: number }) {
  const L = e.plan.layout;
  const s = rfmSummary(linesOf(rows), { asOf: o.asOf, periodDays: o.periodDays, holdoutEnd: o.holdoutEnd });
  const n = s.customers.length;
  // RFM: same customers, same order, same numbers.
  expect(e.rfm.length).toBe(n);
  expect(e.rfm.map((r) => r[0])).toEqual(s.customers);
  expect(e.rfm.map((r) => r[1])).toEqual(Array.from(s.frequency));
  expect(e.rfm.map((r) => r[2])).toEqual(Array.from(s.recency));
  expect(e.rfm.map((r) => r[3])).toEqual(Array.from(s.age));
  expect(e.rfm.map((r) => r[4])).toEqual(Array.from(s.monetary));
  // Fits: the spilled rows under their labels equal the core's fits on the same summary.
  const frt = { frequency: s.frequency, recency: s.recency, age: s.age };
  const bg = bgnbdFit(frt);
  const bgRow = e.ev.spill(e.sheet, L.bgnbd.row, L.bgnbd.col)[0] as number[];
  expect(bgRow).toHaveLength(5);
  const bgOut = [bg.params.r, bg.params.alpha, bg.params.a, bg.params.b, bg.logLikelihood];
  bgRow.forEach((v, i) => expect(v).toBeCloseTo(bgOut[i], 9));
  expect(e.ev.cell(e.sheet, L.bgnbd.statusRow, L.bgnbd.col + 1)).toBe("ok");
  const gg = gammaGammaFit(Array.from(s.frequency), Array.from(s.monetary));
  const ggRow = e.ev.spill(e.sheet, L.gammaGamma.row, L.gammaGamma.col)[0] as number[];
  const ggOut = [gg.params.p, gg.params.q, gg.params.gamma, gg.logLikelihood];
  expect(ggRow).toHaveLength(4);
  ggRow.forEach((v, i) => expect(v).toBeCloseTo(ggOut[i], 9));
  expect(e.ev.cell(e.sheet, L.gammaGamma.statusRow, L.gammaGamma.col + 1)).toBe("ok");
  // Per customer, beside the RFM table.
  const horizon = (o.months * 30.415) / o.periodDays;
  expect(e.ev.cell(e.sheet, L.settings.horizonPeriods, L.settings.col)).toBeCloseTo(horizon, 12);
  const pa = e.col(L.pAlive);
  const ep = e.col(L.expectedPurchases);
  const sp = e.col(L.expectedSpend);
  const clv = e.col(L.clv);
  for (const c of [pa, ep, sp, clv]) expect(c).toHaveLength(n);
  for (let k = 0; k < n; k++) {
    const [x, tx, T, m] = [s.frequency[k], s.recency[k], s.age[k], s.monetary[k]];
    expect(pa[k]).toBeCloseTo(pAlive(x, tx, T, bg.params), 10);
    expect(ep[k]).toBeCloseTo(conditionalExpectedPurchases(horizon, x, tx, T, bg.params), 10);
    expect(sp[k]).toBeCloseTo(conditionalExpectedSpend(x, m, gg.params), 8);
    const v = clvFromHistory(x, tx, T, m, bg.params, gg.params, {
      months: o.months,
      monthlyDiscount: o.monthlyDiscount,
      margin: o.margin,
      periodDays: o.periodDays,
    });
    expect(clv[k]).toBeCloseTo(v, 8);
  }
  return { s, bg, gg };
}

/** Actual and predicted holdout means by calibration frequency group, computed here directly. */
function expectedCheck(x: ArrayLike<number>, actual: ArrayLike<number>, predicted: ArrayLike<number>) {
  return Array.from({ length: CHECK_GROUPS }, (_, g) => {
    const inG = (k: number) => (g === CHECK_GROUPS - 1 ? x[k] >= g : x[k] === g);
    let n = 0;
    let a = 0;
    let p = 0;
    for (let k = 0; k < x.length; k++)
      if (inG(k)) {
        n++;
        a += actual[k];
        p += predicted[k];
      }
    return { n, actual: n ? a / n : "", predicted: n ? p / n : "" };
  });
}

function expectCheckTable(e: Evaluated, want: ReturnType<typeof expectedCheck>) {
  const c = e.plan.layout.check!;
  want.forEach((w, g) => {
    const r = c.firstRow + g;
    expect(e.ev.cell(e.sheet, r, c.col + 1)).toBe(w.n);
    if (w.n === 0) {
      expect(e.ev.cell(e.sheet, r, c.col + 2)).toBe("");
      expect(e.ev.cell(e.sheet, r, c.col + 3)).toBe("");
    } else {
      expect(e.ev.cell(e.sheet, r, c.col + 2)).toBeCloseTo(w.actual as number, 10);
      expect(e.ev.cell(e.sheet, r, c.col + 3)).toBeCloseTo(w.predicted as number, 10);
    }
  });
}

describe("the chain, evaluated through the CRM functions", () => {
  test("simulated order table: every formula's result equals the core called directly", async () => {
    const last = serialOf(20231231);
    const rows = simulatedOrders(300, 7, last);
    const snap = snapshotOf("Orders", ["Customer", "Order date", "Amount"], rows);
    const o = { asOf: serialOf(20230930), holdoutEnd: last, months: 12, monthlyDiscount: 0.01, margin: 0.3, periodDays: 7 };
    const e = await evaluateChain(snap, [["Customer", "Order date", "Amount"], ...rows], o);
    const { s, bg } = expectChainMatchesCore(e, rows, o);
    // Holdout columns and the predicted column.
    const hl = (last - o.asOf) / 7;
    expect(e.rfm.every((r) => r[6] === hl)).toBe(true);
    expect(e.rfm.map((r) => r[5])).toEqual(Array.from(s.holdoutFrequency!));
    const pred = e.col(e.plan.layout.predictedHoldout!) as number[];
    pred.forEach((v, k) => expect(v).toBeCloseTo(conditionalExpectedPurchases(hl, s.frequency[k], s.recency[k], s.age[k], bg.params), 10));
    expectCheckTable(e, expectedCheck(s.frequency, s.holdoutFrequency!, pred));
    // The CRM functions were called in chain order, each once.
    expect(e.ev.calls.map((c) => c.name).sort()).toEqual(
      ["CRM.RFM", "CRM.BGNBD", "CRM.GAMMAGAMMA", "CRM.PALIVE", "CRM.PURCHASES", "CRM.PURCHASES", "CRM.SPEND", "CRM.CLVHIST"].sort()
    );
    // The preview agrees with the RFM table the formulas produce.
    const p = previewOrders(snap, COLS, o);
    expect(p.calibrationCustomers).toBe(e.rfm.length);
    expect(p.repeatBuyers).toBe(e.rfm.filter((r) => (r[1] as number) > 0).length);
  });

  test("a fit that cannot run shows its status, and the columns pass the error on", async () => {
    // Two customers without any repeat purchase: Gamma-Gamma has nobody to fit.
    const rows: CellInput[][] = [
      ["A", serialOf(20240101), 10],
      ["B", serialOf(20240105), 20],
    ];
    const e = await evaluateChain(snapshotOf("Orders", ["Customer", "Order date", "Amount"], rows), [["Customer", "Order date", "Amount"], ...rows], {});
    const L = e.plan.layout;
    const ggCell = e.ev.cell(e.sheet, L.gammaGamma.row, L.gammaGamma.col) as Error & { code: string };
    expect(ggCell).toBeInstanceOf(Error);
    expect(e.ev.cell(e.sheet, L.gammaGamma.statusRow, L.gammaGamma.col + 1)).toBe(
      ggCell.code === "#N/A" ? "did not converge" : "input error: see the fit cell"
    );
    const spend = e.ev.cell(e.sheet, 3, L.expectedSpend) as Error & { code: string };
    expect(spend).toBeInstanceOf(Error);
    expect(spend.code).toBe(ggCell.code);
  });

  test("CDNOW: raw orders -> summary, published fits, check table", async () => {
    const raw = loadRaw();
    const rows: CellInput[][] = raw.map((l) => [l.id, serialOf(l.ymd), l.dollars]);
    const header = ["Customer ID", "Date", "Dollars"];
    const guess = guessOrderColumns(header, rows).roles;
    expect(guess).toEqual({ customer: 0, date: 1, amount: 2 });
    const snap = snapshotOf("CDNOW", header, rows);
    const o = { asOf: serialOf(19970930), holdoutEnd: serialOf(19980630), months: 12, monthlyDiscount: 0.01, margin: 1, periodDays: 7 };
    const e = await evaluateChain(snap, [header, ...rows], o);
    const { bg, gg } = expectChainMatchesCore(e, rows, o);
    // The RFM table reproduces the published summary (rounded to 2 decimals there).
    const sum = loadSummary();
    expect(e.rfm.length).toBe(2357);
    const byId = new Map(e.rfm.map((r) => [r[0], r]));
    sum.id.forEach((id, k) => {
      const r = byId.get(id)!;
      expect(r[1]).toBe(sum.x[k]);
      expect(Math.abs((r[2] as number) - sum.tx[k])).toBeLessThan(0.006);
      expect(Math.abs((r[3] as number) - sum.T[k])).toBeLessThan(0.006);
      expect(Math.abs((r[4] as number) - sum.zbar[k])).toBeLessThan(0.006);
    });
    // The fits on the sheet reproduce the published figures (Fader, Hardie & Lee 2005).
    const bgRow = e.ev.spill(e.sheet, e.plan.layout.bgnbd.row, e.plan.layout.bgnbd.col)[0] as number[];
    expect(sameTo3(bgRow[0], PUBLISHED_BG.r) && sameTo3(bgRow[1], PUBLISHED_BG.alpha)).toBe(true);
    expect(sameTo3(bgRow[2], PUBLISHED_BG.a) && sameTo3(bgRow[3], PUBLISHED_BG.b)).toBe(true);
    expect(Math.abs(bgRow[4] - PUBLISHED_BG.ll)).toBeLessThan(0.05);
    const ggRow = e.ev.spill(e.sheet, e.plan.layout.gammaGamma.row, e.plan.layout.gammaGamma.col)[0] as number[];
    expect(sameTo3(ggRow[0], PUBLISHED_GG.p) && sameTo3(ggRow[1], PUBLISHED_GG.q) && sameTo3(ggRow[2], PUBLISHED_GG.gamma)).toBe(true);
    expect(bg.params.r).toBeCloseTo(bgRow[0], 9);
    expect(gg.params.p).toBeCloseTo(ggRow[0], 9);
    // Holdout: 1997-10-01..1998-06-30 is 273 days = 39 weeks. Actual holdout purchase days per
    // customer counted here straight from the raw lines; x from the published summary.
    expect(e.rfm[0][6]).toBe(39);
    const days = new Map<number, Set<number>>();
    for (const l of raw) {
      if (l.ymd > 19970930 && l.ymd <= 19980630) {
        if (!days.has(l.id)) days.set(l.id, new Set());
        days.get(l.id)!.add(l.ymd);
      }
    }
    const actual = sum.id.map((id) => days.get(id)?.size ?? 0);
    const predicted = sum.id.map((id, k) => conditionalExpectedPurchases(39, sum.x[k], byId.get(id)![2] as number, byId.get(id)![3] as number, bg.params));
    expectCheckTable(e, expectedCheck(sum.x, actual, predicted));
  });
});
