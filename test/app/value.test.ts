import { buildClvWrite, buildScoreWrite, buildSegmentWrite, readBeyond } from "../../src/app/value";
import { clv, score, segment, tier } from "../../src/functions/functions";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import { isListProblem, type CellInput } from "../../src/host/types";
import { hostAndList } from "../support/memoryList";

// A list in A1:F5: Customer, Channel, Sales, Loyalty, Margin, Cost.
const HEADER = ["Customer", "Channel", "Sales", "Loyalty", "Margin", "Cost"];
const DATA: CellInput[][] = [
  ["Ace", "KA", 900, 10, 90, 20],
  ["Bee", "Shop", 100, 12, 10, 5],
  ["Cid", "Shop", 500, 2, 50, 30],
  ["Dot", "KA", 300, 1, 30, 8],
];

const col = (host: MemoryHost, c: number, rows = 5): CellInput[] =>
  Array.from({ length: rows }, (_, r) => host.cell(host.sheet("Data")!, r, c));

describe("buildSegmentWrite", () => {
  it("writes one spilling =CRM.SEGMENT formula right of the list, clearing the spill area", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildSegmentWrite(snap, { x: 2, y: 3, matrix: "loyalty", output: "formulas", locale: "en" });
    expect(plan.formulas).toEqual(['=CRM.SEGMENT(C2:C5,D2:D5,"loyalty")']);
    expect(plan.needsConfirmation).toBe(false);
    expect(plan.conflict).toBe("none");
    expect(plan.columns).toEqual([{ sheet: "Data", row: 0, col: 6, rows: 5, cols: 1 }]);
    await host.apply(plan.ops);
    expect(col(host, 6)).toEqual(["Segment", { formula: '=CRM.SEGMENT(C2:C5,D2:D5,"loyalty")' }, "", "", ""]);
    // Nothing else changed.
    for (let r = 0; r < 5; r++) expect(host.data.sheets[0].cells[r].slice(0, 6)).toEqual([HEADER, ...DATA][r]);
  });

  it("writes the cuts, keeping an omitted xCut as an empty argument", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    const f = (xCut?: number, yCut?: number, matrix: "loyalty" | "cost" = "loyalty") =>
      buildSegmentWrite(snap, { x: 4, y: 5, matrix, xCut, yCut, output: "formulas", locale: "en" }).formulas[0];
    expect(f(40, 10)).toBe('=CRM.SEGMENT(E2:E5,F2:F5,"loyalty",40,10)');
    expect(f(40)).toBe('=CRM.SEGMENT(E2:E5,F2:F5,"loyalty",40)');
    expect(f(undefined, 7.5, "cost")).toBe('=CRM.SEGMENT(E2:E5,F2:F5,"cost",,7.5)');
  });

  it("references a list that does not start at A1, and writes the localized header", async () => {
    const cells: CellInput[][] = [[], [], [null, ...HEADER], ...DATA.map((r) => [null, ...r])];
    const host = new MemoryHost(workbookFromCells("Data", cells));
    host.setSelection({ sheet: "Data", row: 3, col: 2, rows: 1, cols: 1 });
    const snap = await host.readList();
    if (isListProblem(snap)) throw new Error(snap.problem);
    const plan = buildSegmentWrite(snap, { x: 2, y: 3, matrix: "loyalty", output: "formulas", locale: "zh" });
    // The labels follow the workbook's language (the function's defaults are English).
    expect(plan.formulas[0]).toBe('=CRM.SEGMENT(D4:D7,E4:E7,"loyalty",,,{"核心客户","风险客户","成长客户","淘汰客户"})');
    await host.apply(plan.ops);
    expect(host.cell(host.sheet("Data")!, 2, 7)).toBe("客户细分");
    expect(host.cell(host.sheet("Data")!, 3, 7)).toEqual({ formula: plan.formulas[0] });
  });

  it("writes the same labels as CRM.SEGMENT when writing values", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA, ["Eve", "KA", "", 5, 1, 1]]);
    const plan = buildSegmentWrite(snap, { x: 2, y: 3, matrix: "loyalty", output: "values", locale: "en" });
    await host.apply(plan.ops);
    // Medians over the four customers with both values: sales {100,300,500,900} -> 400,
    // loyalty {1,2,10,12} -> 6. Ace (900,10) Core, Bee (100,12) Grow, Cid (500,2) At risk,
    // Dot (300,1) Phase out; Eve has no sales: blank.
    expect(col(host, 6, 6)).toEqual(["Segment", "Core", "Grow", "At risk", "Phase out", ""]);
    const viaFunction = segment([[900], [100], [500], [300], [""]], [[10], [12], [2], [1], [5]], "loyalty");
    expect(col(host, 6, 6).slice(1)).toEqual(viaFunction.map((r) => r[0]));
  });

  it("writes Chinese labels under a Chinese header, as values and as per-row formulas, the same as CRM.SEGMENT with them", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA, ["Eve", "KA", "", 5, 1, 1]]);
    const plan = buildSegmentWrite(snap, { x: 2, y: 3, matrix: "loyalty", output: "values", locale: "zh" });
    await host.apply(plan.ops);
    expect(col(host, 6, 6)).toEqual(["客户细分", "核心客户", "成长客户", "风险客户", "淘汰客户", ""]);
    const labels = [["核心客户", "风险客户", "成长客户", "淘汰客户"]];
    const viaFunction = segment([[900], [100], [500], [300], [""]], [[10], [12], [2], [1], [5]], "loyalty", undefined, undefined, labels);
    expect(col(host, 6, 6).slice(1)).toEqual(viaFunction.map((r) => r[0]));
    const table = buildSegmentWrite({ ...snap, tableName: "Customers" }, { x: 2, y: 3, matrix: "cost", output: "formulas", locale: "zh" });
    const first = (table.ops[0] as { values: CellInput[][] }).values[1][0];
    expect(first).toEqual({ formula: '=CRM.SEGMENT(C2,D2,"cost",400,6,{"保护客户","高成本客户","被动客户","挑战客户"})' });
  });

  it("asks before writing over the user's cells right of the list", async () => {
    // An Excel table A1:F5 with a note the user typed in G3, just right of the table.
    const cells = [HEADER, ...DATA].map((r) => r.slice());
    cells[2].push("typed");
    const host = new MemoryHost(workbookFromCells("Data", cells));
    host.data.sheets[0].tables.push({ name: "Customers", row: 0, col: 0, rows: 5, cols: 6 });
    const snap = await host.readList();
    if (isListProblem(snap)) throw new Error(snap.problem);
    expect(snap.rightColumn).toEqual([null, null, "typed", null, null]);
    const ask = buildSegmentWrite(snap, { x: 2, y: 3, matrix: "loyalty", xCut: 400, yCut: 6, output: "formulas", locale: "en" });
    expect(ask.needsConfirmation).toBe(true);
    expect(ask.conflict).toBe("overwriteCells");
    expect(ask.notes).toEqual([]); // both cuts given: nothing fixed behind the user's back
    const agreed = buildSegmentWrite(snap, { x: 2, y: 3, matrix: "loyalty", xCut: 400, yCut: 6, output: "formulas", locale: "en", replaceExisting: true });
    expect(agreed.needsConfirmation).toBe(false);
    expect(agreed.ops).toEqual(ask.ops);
  });

  it("finds its own column of an earlier run (in either language) and asks before replacing it", async () => {
    const { host, snap } = await hostAndList([[...HEADER, "客户细分"], ...DATA.map((r, i) => [...r, i === 0 ? "Core" : "Grow"])]);
    const plan = buildSegmentWrite(snap, { x: 2, y: 3, matrix: "loyalty", output: "formulas", locale: "en" });
    expect(plan.conflict).toBe("replaceOwn");
    expect(plan.needsConfirmation).toBe(true);
    expect(plan.columns[0].col).toBe(6);
    await host.apply(plan.ops);
    expect(col(host, 6)).toEqual(["Segment", { formula: '=CRM.SEGMENT(C2:C5,D2:D5,"loyalty")' }, "", "", ""]);
    expect(host.cell(host.sheet("Data")!, 0, 7)).toBeNull();
  });

  it("in an Excel table writes per-row formulas with the cuts fixed at the medians", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildSegmentWrite({ ...snap, tableName: "Customers" }, { x: 2, y: 3, matrix: "loyalty", output: "formulas", locale: "en" });
    expect(plan.notes).toEqual(["tableFixedCuts"]);
    const cells = (plan.ops[0] as { values: CellInput[][] }).values.map((r) => r[0]);
    expect(cells).toEqual([
      "Segment",
      { formula: '=CRM.SEGMENT(C2,D2,"loyalty",400,6)' },
      { formula: '=CRM.SEGMENT(C3,D3,"loyalty",400,6)' },
      { formula: '=CRM.SEGMENT(C4,D4,"loyalty",400,6)' },
      { formula: '=CRM.SEGMENT(C5,D5,"loyalty",400,6)' },
    ]);
  });

  it("rejects columns outside the list", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    expect(() => buildSegmentWrite(snap, { x: 9, y: 3, matrix: "loyalty", output: "formulas", locale: "en" })).toThrow(RangeError);
  });
});

describe("buildClvWrite", () => {
  it("writes =CRM.CLV with the pane's arguments in the function's order", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    const f = (o: Partial<Parameters<typeof buildClvWrite>[1]>) =>
      buildClvWrite(snap, { margin: 4, output: "formulas", locale: "en", ...o }).formulas[0];
    expect(f({ retention: 0.8, discount: 0.1, periods: 5 })).toBe("=CRM.CLV(E2:E5,0.8,0.1,5)");
    expect(f({ retention: { col: 3 } })).toBe("=CRM.CLV(E2:E5,D2:D5)");
    expect(f({ acquisitionCost: 100 })).toBe("=CRM.CLV(E2:E5,,,,100)");
    expect(f({ retention: 0.9, periods: 0, acquisitionCost: { col: 5 } })).toBe("=CRM.CLV(E2:E5,0.9,,0,F2:F5)");
    expect(f({ margin: [4, 5], retention: 0.7 })).toBe("=CRM.CLV(E2:F5,0.7)");
    expect(() => f({ margin: [3, 5] })).toThrow(RangeError);
  });

  it("values equal what CRM.CLV computes, and land under a localized header", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildClvWrite(snap, { margin: 4, retention: 0.8, discount: 0.1, periods: 0, acquisitionCost: 5, output: "values", locale: "zh" });
    await host.apply(plan.ops);
    const got = col(host, 6);
    expect(got[0]).toBe("客户终身价值");
    // Margin multiple r/(1+i-r) = 0.8/0.3 = 2.667 (PRODUCT 2.6): Ace 90 * 8/3 - 5 = 235.
    expect(got[1] as number).toBeCloseTo(235, 9);
    const viaFunction = clv([[90], [10], [50], [30]], [[0.8]], 0.1, 0, [[5]]);
    got.slice(1).forEach((v, i) => expect(v as number).toBeCloseTo(viaFunction[i][0] as number, 9));
    expect(host.data.sheets[0].numberFormats.get("1,6")).toBe("#,##0.00");
    expect(host.data.sheets[0].numberFormats.has("0,6")).toBe(false);
  });

  it("in a table writes one exact CLV formula per row", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildClvWrite({ ...snap, tableName: "T" }, { margin: 4, retention: { col: 3 }, output: "formulas", locale: "en" });
    expect(plan.formulas).toEqual(["=CRM.CLV(E2,D2)"]);
    const data = (plan.ops[1] as { values: CellInput[][] }).values.map((r) => r[0]);
    expect(data[3]).toEqual({ formula: "=CRM.CLV(E5,D5)" });
  });
});

describe("buildScoreWrite", () => {
  it("writes =CRM.SCORE and =CRM.TIER over its spill, in two columns", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    const beyond = await readBeyond(host, snap, 2);
    const plan = buildScoreWrite(snap, { indicators: [{ col: 2 }, { col: 3 }], output: "formulas", locale: "en", beyond });
    expect(plan.formulas).toEqual(["=CRM.SCORE(C2:D5)", "=CRM.TIER(G2#)"]);
    expect(plan.needsConfirmation).toBe(false);
    await host.apply(plan.ops);
    expect(col(host, 6).slice(0, 2)).toEqual(["Score", { formula: "=CRM.SCORE(C2:D5)" }]);
    expect(col(host, 7).slice(0, 2)).toEqual(["Score tier", { formula: "=CRM.TIER(G2#)" }]);
  });

  it("writes weights, directions, non-adjacent indicators and tier cuts", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildScoreWrite(snap, {
      indicators: [
        { col: 2, weight: 60 },
        { col: 5, weight: 40, direction: -1 },
      ],
      tierCuts: [0.3, 0.7],
      output: "formulas",
      locale: "en",
      beyond: [[null, null, null, null, null]],
    });
    expect(plan.formulas).toEqual(["=CRM.SCORE(HSTACK(C2:C5,F2:F5),{60,40},{1,-1})", '=CRM.TIER(G2#,"rank",{0.3,0.7})']);
    const labelled = buildScoreWrite(snap, { indicators: [{ col: 3, direction: -1 }], tierLabels: ["Top", "Rest"], tierCuts: [0.5], output: "formulas", locale: "en" });
    expect(labelled.formulas).toEqual(["=CRM.SCORE(D2:D5,,{-1})", '=CRM.TIER(G2#,"rank",{0.5},{"Top","Rest"})']);
  });

  it("asks when the second column was not read or is not empty", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    const o = { indicators: [{ col: 2 }], output: "formulas" as const, locale: "en" as const };
    expect(buildScoreWrite(snap, o).conflict).toBe("unknownCells");
    expect(buildScoreWrite(snap, { ...o, beyond: [[null, "x", null, null, null]] }).conflict).toBe("overwriteCells");
    expect(buildScoreWrite(snap, { ...o, beyond: [[null, null, null, null, null]] }).needsConfirmation).toBe(false);
  });

  it("values equal CRM.SCORE and CRM.TIER of the score", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildScoreWrite(snap, {
      indicators: [
        { col: 2, weight: 3 },
        { col: 5, weight: 1, direction: -1 },
      ],
      output: "values",
      locale: "en",
      beyond: [[null, null, null, null, null]],
    });
    await host.apply(plan.ops);
    // By hand: sales min 100 max 900, cost min 5 max 30 reversed; weights 0.75/0.25.
    // Ace: 0.75*1 + 0.25*(30-20)/25 = 0.85 -> 85.
    const scores = col(host, 6).slice(1) as number[];
    expect(scores[0]).toBeCloseTo(85, 9);
    const viaScore = score([[900, 20], [100, 5], [500, 30], [300, 8]], [[3, 1]], [[1, -1]]);
    scores.forEach((s, i) => expect(s).toBeCloseTo(viaScore[i][0] as number, 9));
    const viaTier = tier(viaScore);
    expect(col(host, 7).slice(1)).toEqual(viaTier.map((r) => r[0]));
  });

  it("in a table writes values and says so", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildScoreWrite({ ...snap, tableName: "T" }, { indicators: [{ col: 2 }], output: "formulas", locale: "en", beyond: [[null, null, null, null, null]] });
    expect(plan.notes).toEqual(["tableValues"]);
    expect(plan.formulas).toEqual([]);
  });
});
