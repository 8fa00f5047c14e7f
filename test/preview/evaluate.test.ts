/**
 * The preview's formula evaluator: every formula shape the pane writes, evaluated on a small
 * in-memory workbook, against the CRM.* functions called directly with the same arrays (how
 * Excel passes them) or against values worked out by hand.
 */
import { buildClvWrite, buildScoreWrite, buildSegmentWrite } from "../../src/app/value";
import { clv, pareto, score, segment, tier } from "../../src/functions/functions";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import {
  isListProblem,
  type CellInput,
  type CellValue,
  type ListSnapshot,
} from "../../src/host/types";
import type { MemoryHost } from "../../src/host/memoryHost";
import { Evaluator, previewHost } from "../../src/preview/evaluate";
import { parseFormula, FormulaSyntaxError } from "../../src/preview/formula";

// A list in A1:F5: Customer, Channel, Sales, Loyalty, Margin, Cost.
const HEADER = ["Customer", "Channel", "Sales", "Loyalty", "Margin", "Cost"];
const DATA: CellInput[][] = [
  ["Ace", "KA", 900, 10, 90, 20],
  ["Bee", "Shop", 100, 12, 10, 5],
  ["Cid", "Shop", 500, 2, 50, 30],
  ["Dot", "KA", 300, 1, 30, 8],
];
const column = (c: number): CellInput[][] => DATA.map((r) => [r[c]]);

/** What a sheet cell shows for a function result cell: errors as their code. */
const shown = (v: unknown): CellValue =>
  typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string"
    ? (v as { code: string }).code
    : (v as CellValue);

async function setup(
  cells: CellInput[][] = [HEADER, ...DATA]
): Promise<{ host: MemoryHost; snap: ListSnapshot }> {
  const host = previewHost(workbookFromCells("Data", cells));
  const snap = await host.readList();
  if (isListProblem(snap)) throw new Error(snap.problem);
  return { host, snap };
}

/** Writes `formula` at (row, col) of Data and reads `rows` x `cols` from there. */
async function evalAt(
  host: MemoryHost,
  formula: string,
  row: number,
  col: number,
  rows = 1,
  cols = 1
): Promise<CellValue[][]> {
  await host.apply([{ kind: "values", sheet: "Data", row, col, values: [[{ formula }]] }]);
  return host.readRect({ sheet: "Data", row, col, rows, cols });
}

describe("CRM.* formulas the pane writes", () => {
  it("=CRM.TIER over a range, with empty arguments, array constants and groups", async () => {
    const { host } = await setup();
    expect(await evalAt(host, "=CRM.TIER(C2:C5)", 1, 7, 4)).toEqual(
      tier(column(2)).map((r) => r.map(shown))
    );
    expect(await evalAt(host, "=CRM.TIER(C2:C5,,{0.25,0.5})", 1, 7, 4)).toEqual(
      tier(column(2), undefined, [[0.25, 0.5]]).map((r) => r.map(shown))
    );
    expect(
      await evalAt(host, '=CRM.TIER(C2:C5,"pareto",,{"Gold","Silver","Bronze"},B2:B5)', 1, 7, 4)
    ).toEqual(
      tier(column(2), "pareto", undefined, [["Gold", "Silver", "Bronze"]], column(1)).map((r) =>
        r.map(shown)
      )
    );
    // By hand (PRODUCT: share of customers above, A < 20% <= B < 60% <= C): 900 has 0/4 above: A;
    // 100 3/4: C; 500 1/4: B; 300 2/4: B.
    expect((await evalAt(host, "=CRM.TIER(C2:C5)", 1, 7, 4)).flat()).toEqual(["A", "C", "B", "B"]);
  });

  it("=CRM.SEGMENT spilling, with an empty xCut and a numeric yCut (as buildSegmentWrite writes it)", async () => {
    const { host, snap } = await setup();
    const plan = buildSegmentWrite(snap, {
      x: 2,
      y: 3,
      matrix: "loyalty",
      yCut: 7.5,
      output: "formulas",
      locale: "en",
    });
    expect(plan.formulas).toEqual(['=CRM.SEGMENT(C2:C5,D2:D5,"loyalty",,7.5)']);
    await host.apply(plan.ops);
    const got = await host.readRect({ sheet: "Data", row: 1, col: 6, rows: 4, cols: 1 });
    expect(got).toEqual(
      segment(column(2), column(3), "loyalty", undefined, 7.5).map((r) => r.map(shown))
    );
  });

  it("=CRM.CLV with a scalar retention, an empty discount, periods 0 and a cost range", async () => {
    const { host, snap } = await setup();
    const plan = buildClvWrite(snap, {
      margin: 4,
      retention: 0.9,
      periods: 0,
      acquisitionCost: { col: 5 },
      output: "formulas",
      locale: "en",
    });
    expect(plan.formulas).toEqual(["=CRM.CLV(E2:E5,0.9,,0,F2:F5)"]);
    await host.apply(plan.ops);
    const got = (await host.readRect({ sheet: "Data", row: 1, col: 6, rows: 4, cols: 1 })).flat();
    const want = clv(column(4), [[0.9]], undefined, 0, column(5)).flat();
    got.forEach((v, k) => expect(v).toBeCloseTo(want[k] as number, 12));
    // By hand (infinite horizon m*r/(1+i-r) - cost, i = 0.1): Ace 90*0.9/0.2 - 20 = 385.
    expect(got[0]).toBeCloseTo(385, 10);
  });

  it("=CRM.SCORE(HSTACK(...),{w},{d}) and =CRM.TIER(G2#,...) over its spill", async () => {
    const { host, snap } = await setup();
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
    expect(plan.formulas).toEqual([
      "=CRM.SCORE(HSTACK(C2:C5,F2:F5),{60,40},{1,-1})",
      '=CRM.TIER(G2#,"rank",{0.3,0.7})',
    ]);
    await host.apply(plan.ops);
    const got = await host.readRect({ sheet: "Data", row: 1, col: 6, rows: 4, cols: 2 });
    const scores = score(
      DATA.map((r) => [r[2], r[5]]),
      [[60, 40]],
      [[1, -1]]
    );
    got.forEach((r, k) => expect(r[0]).toBeCloseTo(scores[k][0] as number, 12));
    expect(got.map((r) => [r[1]])).toEqual(
      tier(scores, "rank", [[0.3, 0.7]]).map((r) => r.map(shown))
    );
  });

  it("a text sales cell: the error shows as its code where the function puts it", async () => {
    const cells = [HEADER, ...DATA.map((r) => r.slice())];
    cells[2][2] = "n/a";
    const { host } = await setup(cells);
    const got = (await evalAt(host, "=CRM.TIER(C2:C5)", 1, 7, 4)).flat();
    const want = tier(cells.slice(1).map((r) => [r[2]]))
      .flat()
      .map(shown);
    expect(got).toEqual(want);
    expect(got[1]).toMatch(/^#/);
  });
});

describe("the churn watch formulas (plain arithmetic, IF with a comparison, localised texts)", () => {
  // Columns as the churn sheet lays them out: E value at stake, I cost, J probability, K expected return.
  const row = (value: CellInput, cost: CellInput, p: CellInput): CellInput[] => [
    null,
    null,
    null,
    null,
    value,
    null,
    null,
    null,
    cost,
    p,
  ];

  it.each([
    ["en", "Win back", "Let go"],
    ["zh", "挽回", "放弃"],
  ])("%s", async (_l, winBack, letGo) => {
    const cells: CellInput[][] = [
      HEADER,
      row(1000, 100, 0.3),
      row(200, 100, 0.25),
      row("", 50, 0.5),
      row("lots", 10, 0.5),
    ];
    const { host } = await setup(cells);
    const ops = [2, 3, 4, 5].map((r) => ({
      kind: "values" as const,
      sheet: "Data",
      row: r - 1,
      col: 10,
      values: [
        [{ formula: `=E${r}*J${r}-I${r}` }, { formula: `=IF(K${r}>0,"${winBack}","${letGo}")` }],
      ],
    }));
    await host.apply(ops);
    const got = await host.readRect({ sheet: "Data", row: 1, col: 10, rows: 4, cols: 2 });
    // By hand: 1000*0.3-100 = 200; 200*0.25-100 = -50; blank value counts 0: 0*0.5-50 = -50;
    // text value: #VALUE!, and IF passes the error on.
    expect(got).toEqual([
      [200, winBack],
      [-50, letGo],
      [-50, letGo],
      ["#VALUE!", "#VALUE!"],
    ]);
  });
});

describe("the evaluator itself", () => {
  it("INDEX(x#,0,k), INDEX(x#,r,k), ISNA/ISERROR/IFERROR, comparisons and &", () => {
    const cells: CellInput[][] = [
      [{ formula: "={1,2,3;4,5,6}" }, null, null, { formula: "=SUM(A1:C2)" }],
    ];
    const ev = new Evaluator(workbookFromCells("S", cells).sheets);
    const at = (f: string) => ev.evaluate(f, "S");
    expect(ev.spill("S", 0, 0)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(ev.cell("S", 1, 2)).toBe(6); // a spilled cell reads its value
    const col2 = at("=INDEX(A1#,0,2)") as { rows: number; cols: number; col: number };
    expect([col2.rows, col2.cols, col2.col]).toEqual([2, 1, 1]);
    expect(at("=INDEX(A1#,2,3)*2")).toBe(12);
    expect(at("=CRM.PARETO(INDEX(A1#,0,3))")).toEqual(pareto([[3], [6]]));
    expect(at('=IF(ISNA(D1),"na",IF(ISERROR(D1),"err","ok"))')).toBe("err"); // SUM is not supported: #NAME?
    expect((ev.cell("S", 0, 3) as unknown as { code: string }).code).toBe("#NAME?");
    expect(at('=IFERROR(1/0,"div")')).toBe("div");
    expect(at('=IF(B1>=2,"yes","no")&"!"')).toBe("yes!");
    expect(at('=IF("abc"="ABC",1,0)')).toBe(1);
    expect(at("=-A1+2*3-1")).toBe(4);
  });

  it("a spill over a filled cell is #SPILL!", () => {
    const ev = new Evaluator(workbookFromCells("S", [[{ formula: "={1;2}" }], ["x"]]).sheets);
    expect((ev.cell("S", 0, 0) as unknown as { code: string }).code).toBe("#SPILL!");
  });

  it("cross-sheet and structured references", async () => {
    const data = workbookFromCells("Orders", [
      ["Customer", "Amount"],
      ["a", 10],
      ["b", 30],
    ]);
    data.sheets[0].tables.push({ name: "Orders", row: 0, col: 0, rows: 3, cols: 2 });
    const ev = new Evaluator(data.sheets);
    expect(ev.evaluate("=INDEX(Orders[Amount],2,1)+INDEX('Orders'!$B$2:$B$3,1,1)", "Orders")).toBe(
      40
    );
    expect((ev.evaluate("=Orders[Nope]", "Orders") as unknown as { code: string }).code).toBe(
      "#REF!"
    );
  });

  it("recomputes after a batch (the preview host drops its cache on every write)", async () => {
    const { host } = await setup();
    expect(await evalAt(host, "=C2*2", 0, 7)).toEqual([[1800]]);
    await host.apply([{ kind: "values", sheet: "Data", row: 1, col: 2, values: [[5]] }]);
    expect(await host.readRect({ sheet: "Data", row: 0, col: 7, rows: 1, cols: 1 })).toEqual([
      [10],
    ]);
  });

  it("the parser refuses what it does not know, and the evaluator shows it as #NAME?", () => {
    expect(() => parseFormula("=A1 ^ 2")).toThrow(FormulaSyntaxError);
    expect(() => parseFormula("=Foo")).toThrow(FormulaSyntaxError);
    const ev = new Evaluator(workbookFromCells("S", [[1]]).sheets);
    expect((ev.evaluate("=A1 ^ 2", "S") as unknown as { code: string }).code).toBe("#NAME?");
    expect((ev.evaluate("=CRM.NOPE(A1)", "S") as unknown as { code: string }).code).toBe("#NAME?");
    expect(parseFormula('="a""b"')).toEqual({ k: "lit", v: 'a"b' });
    expect(parseFormula("={1,-2;3,4}")).toEqual({
      k: "array",
      rows: [
        [1, -2],
        [3, 4],
      ],
    });
  });
});
