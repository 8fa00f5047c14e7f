/**
 * The Office.js host against the strict Excel fake (testkit/strictExcel.ts): syncs that grow
 * with the bytes moved and stay under Excel's 5 MB limits, the Tier column at the right place,
 * nothing else touched, a second run asks before replacing.
 */
import { OfficeHost } from "../../src/host/officeHost";
import { isListProblem, type ListSnapshot, type WriteOp } from "../../src/host/types";
import { analyzeList, buildSummarySheet, buildTierWrite } from "../../src/app/tiering";
import { guessColumns } from "../../src/core/list/columns";
import { FakeBook } from "./fakeExcel";
import { SAMPLE_HEADER, addSampleList, tierThroughHost } from "../../testkit/sampleShape";

/** A deterministic list: customer, region, rep, sales (distinct values so tier sizes are exact). */
function bigList(n: number): (string | number)[][] {
  const cells: (string | number)[][] = [["Customer", "Region", "Rep", "Sales"]];
  for (let i = 0; i < n; i++) {
    // A permutation of 1..n (7919 is prime and does not divide n), so the sales are distinct.
    const sales = ((i * 7919) % n) + 1;
    cells.push([`Customer ${i + 1}`, ["North", "South", "East"][i % 3], `Rep ${i % 25}`, sales]);
  }
  return cells;
}

async function tierOnce(host: OfficeHost, replaceExisting: boolean) {
  const snap = await host.readList();
  if (isListProblem(snap)) throw new Error(snap.problem);
  const g = guessColumns(snap.header, snap.rows.slice(0, 200));
  const result = analyzeList(snap, {
    sales: g.roles.sales!,
    customer: g.roles.customer,
    rep: g.roles.rep,
    area: g.roles.area,
  });
  const plan = buildTierWrite(snap, result, { output: "values", locale: "en", replaceExisting });
  if (plan.ops.length > 0) await host.apply(plan.ops);
  return { snap, result, plan };
}

describe("OfficeHost on a 100,000-row list", () => {
  const N = 100_000;
  let book: FakeBook;
  beforeEach(() => {
    book = new FakeBook();
    // The list at B3 with a note in A1 that is not part of it.
    const sheet = book.addSheet("Customers", [["note"], []]);
    bigList(N).forEach((row, r) => row.forEach((v, c) => book.set(sheet, r + 2, c + 1, v)));
    book.addSheet("Other", [["keep me"]]);
    book.selection = { sheet: "Customers", row: 10, col: 2, rows: 1, cols: 1 };
    book.install();
  });

  test("tiers in syncs that each stay under 5 MB of request and response, Tier column right of the list", async () => {
    const before = JSON.stringify(book.sheets.map((s) => s.cells));
    const host = new OfficeHost();
    const { snap, plan } = await tierOnce(host, false);
    expect(snap.row).toBe(2);
    expect(snap.col).toBe(1);
    expect(snap.rows).toHaveLength(N);
    expect(plan.needsConfirmation).toBeUndefined();
    // Reading: 1 sync for the extent, then 1 per ~3 MB of response; writing: 1 (one Tier column).
    const read = book.responseBytes.reduce((a, b) => a + b, 0);
    expect(book.syncs).toBeLessThanOrEqual(1 + Math.ceil(read / 3_000_000) + 1 + 1);
    for (const b of book.requestBytes) expect(b).toBeLessThan(5_000_000);
    for (const b of book.responseBytes) expect(b).toBeLessThan(5_000_000);

    const s = book.sheet("Customers");
    // Tier column at F (index 5): header on the header row, one tier per data row.
    expect(s.cells[2][5]).toBe("Tier");
    // Rank rule (PRODUCT 2.1) on distinct sales 1..N: the top 20% (sales > 0.8 N) are A, the next 40% B.
    for (let r = 0; r < N; r += 997) {
      const sales = s.cells[r + 3][4] as number;
      const expected = sales > 0.8 * N ? "A" : sales > 0.4 * N ? "B" : "C";
      expect(s.cells[r + 3][5]).toBe(expected);
    }
    const counts = { A: 0, B: 0, C: 0 } as Record<string, number>;
    for (let r = 3; r < N + 3; r++) counts[s.cells[r][5] as string]++;
    expect(counts).toEqual({ A: 0.2 * N, B: 0.4 * N, C: 0.4 * N });

    // Nothing else changed: remove column F and compare with the workbook before.
    const after = book.sheets.map((sh) =>
      sh.cells.map((row) => row.filter((_, c) => sh.name !== "Customers" || c !== 5))
    );
    expect(JSON.stringify(after)).toBe(before);
    // Colours by conditional formats, one rule per label over the data rows of F.
    expect(s.conditionalFormats.map((f) => [f.row, f.col, f.rows, f.formula1])).toEqual([
      [3, 5, N, '="A"'],
      [3, 5, N, '="B"'],
      [3, 5, N, '="C"'],
    ]);
    expect(s.numberFormats.size).toBe(0); // no per-cell formats
    // The column choice is remembered in the document settings.
    expect(Object.keys(book.settings)).toEqual(["crm.columns.Customers"]);
  });

  test("a second run asks before replacing the Tier column, then replaces it in place", async () => {
    const host = new OfficeHost();
    await tierOnce(host, false);
    const cellsAfterFirst = JSON.stringify(book.sheet("Customers").cells);
    const second = await tierOnce(host, false);
    expect(second.plan.needsConfirmation?.reason).toBe("existingTierColumn");
    expect(second.plan.needsConfirmation?.columnLetter).toBe("F");
    expect(JSON.stringify(book.sheet("Customers").cells)).toBe(cellsAfterFirst);
    // Agreed: written over the same column, the old tiers were the comparison's previous tiers.
    const third = await tierOnce(host, true);
    expect(third.plan.target.col).toBe(5);
    expect(third.result.comparison?.counts.same).toBe(N);
    expect(book.sheet("Customers").cells[2][6]).toBeUndefined(); // nothing spilled into G
    expect(book.sheet("Customers").conditionalFormats).toHaveLength(3); // replaced, not stacked
  });

  test("readList: 1 sync for the extent (2 in a table), then syncs in proportion to the bytes read, not the rows", async () => {
    const host = new OfficeHost();
    await host.readList();
    const bytes = host.readStats.bytes.reduce((a, b) => a + b, 0);
    expect(bytes).toBeGreaterThan(3_000_000); // so that the list needs more than one band
    expect(book.syncs).toBe(1 + host.readStats.syncs);
    expect(host.readStats.syncs).toBeGreaterThanOrEqual(Math.ceil(bytes / 3_000_000));
    expect(host.readStats.syncs).toBeLessThanOrEqual(Math.ceil(bytes / 3_000_000) + 1);
    for (const b of book.responseBytes) expect(b).toBeLessThan(5_000_000);

    // Half the budget: about twice the syncs.
    const halved = new OfficeHost({ maxResponseBytes: 1_500_000 });
    await halved.readList();
    expect(halved.readStats.syncs).toBeGreaterThanOrEqual(2 * host.readStats.syncs - 2);

    book.syncs = 0;
    book.sheet("Customers").tables.push({ name: "Clients", row: 2, col: 1, rows: N + 1, cols: 4 });
    const inTable = new OfficeHost();
    const snap = (await inTable.readList()) as ListSnapshot;
    expect(book.syncs).toBe(2 + inTable.readStats.syncs);
    expect(snap.tableName).toBe("Clients");
    expect(snap.rows).toHaveLength(N);
  });

  test("the number of read syncs follows the bytes: 10x fewer rows of 10x longer text take as many", async () => {
    const long = new FakeBook();
    const sheet = long.addSheet("Customers");
    const pad = "x".repeat(170);
    bigList(N / 10).forEach((row, r) =>
      row.forEach((v, c) =>
        long.set(sheet, r, c, typeof v === "string" && r > 0 ? `${v} ${pad}` : v)
      )
    );
    long.selection = { sheet: "Customers", row: 5, col: 0, rows: 1, cols: 1 };
    long.install();
    const longHost = new OfficeHost();
    const longSnap = (await longHost.readList()) as ListSnapshot;
    expect(longSnap.rows).toHaveLength(N / 10);
    book.install();
    const shortHost = new OfficeHost();
    await shortHost.readList();
    const total = (h: OfficeHost) => h.readStats.bytes.reduce((a, b) => a + b, 0);
    // Similar bytes, 10x fewer rows: within one sync of each other.
    expect(total(longHost) / total(shortHost)).toBeGreaterThan(0.7);
    expect(total(longHost) / total(shortHost)).toBeLessThan(1.5);
    expect(Math.abs(longHost.readStats.syncs - shortHost.readStats.syncs)).toBeLessThanOrEqual(1);
  });

  test("a band denser than the ones before is refused by Excel and read again in halves", async () => {
    // Short rows first, then rows with a 300-character note: the size measured on the first
    // band underestimates the rest, so Excel refuses the next band once.
    const s = book.sheet("Customers");
    for (let r = 40_000; r < N; r++) book.set(s, r + 3, 3, `Rep ${"n".repeat(300)} ${r}`);
    const host = new OfficeHost({ maxResponseBytes: 1_000_000 });
    const snap = (await host.readList()) as ListSnapshot;
    expect(host.readStats.retries).toBeGreaterThan(0);
    expect(snap.rows).toHaveLength(N);
    expect(snap.rows[N - 1][2]).toBe(`Rep ${"n".repeat(300)} ${N - 1}`);
    expect(snap.rows[0][2]).toBe("Rep 0");
    for (const b of host.readStats.bytes) expect(b).toBeLessThan(5_000_000);
    expect(book.responseBytes.filter((b) => b > 5_000_000)).toHaveLength(host.readStats.retries);
  });

  test("reads in chunks under the cell limit and writes in requests under the byte budget", async () => {
    // Small budgets make the chunking visible on this list.
    const host = new OfficeHost({ maxReadCells: 60_000, maxRequestBytes: 300_000 });
    const snap = (await host.readList()) as ListSnapshot;
    expect(snap.rows).toHaveLength(N);
    expect(snap.rows[N - 1][0]).toBe(`Customer ${N}`);
    // 6 columns a row (the list, the column right of it, the last column's formulas): 10,000 rows a band.
    expect(host.readStats.syncs).toBe(Math.ceil((N + 1) / 10_000));
    const reads = book.syncs;
    const ops: WriteOp[] = [
      {
        kind: "values",
        sheet: "Customers",
        row: 2,
        col: 6,
        values: Array.from({ length: N + 1 }, (_, i) => [i === 0 ? "X" : "long text value " + i]),
      },
    ];
    await host.apply(ops);
    const writes = book.requestBytes.slice(reads);
    expect(writes.length).toBeGreaterThan(1);
    for (const b of writes) expect(b).toBeLessThanOrEqual(300_000);
    expect(book.sheet("Customers").cells[N + 2][6]).toBe("long text value " + N);
  });
});

describe("OfficeHost details", () => {
  let book: FakeBook;
  beforeEach(() => {
    book = new FakeBook();
    book.addSheet("Sheet1", [
      ["客户名称", "区域", "业务员", "月销售额"],
      ["甲", "北", "王", 30],
      ["乙", "南", "李", 20],
      ["丙", "北", "", 10],
    ]);
    book.install();
  });

  test("empty selection and header-only lists are problems and nothing is written", async () => {
    book.selection = { sheet: "Sheet1", row: 20, col: 20, rows: 1, cols: 1 };
    expect(await new OfficeHost().readList()).toEqual({ problem: "emptySelection" });
    book.addSheet("H", [["Customer", "Sales"]]);
    book.selection = { sheet: "H", row: 0, col: 0, rows: 1, cols: 1 };
    expect(await new OfficeHost().readList()).toEqual({ problem: "noData" });
  });

  test("a batch writing to a missing sheet fails before any write", async () => {
    const before = JSON.stringify(book.sheets);
    await expect(
      new OfficeHost().apply([
        { kind: "values", sheet: "Sheet1", row: 0, col: 4, values: [["x"]] },
        { kind: "values", sheet: "Missing", row: 0, col: 0, values: [["y"]] },
      ])
    ).rejects.toThrow(/ItemNotFound/);
    expect(JSON.stringify(book.sheets)).toBe(before);
  });

  test("a batch adding a taken sheet name fails before any write; bad shapes are refused locally", async () => {
    await expect(
      new OfficeHost().apply([
        { kind: "values", sheet: "Sheet1", row: 0, col: 4, values: [["x"]] },
        { kind: "addSheet", name: "sheet1" },
      ])
    ).rejects.toThrow(/already exists/);
    await expect(
      new OfficeHost().apply([
        { kind: "values", sheet: "Sheet1", row: -1, col: 0, values: [["x"]] },
      ])
    ).rejects.toThrow(/bad cell position/);
    expect(book.sheet("Sheet1").cells[0][4]).toBeUndefined();
    expect(book.syncs).toBe(1); // only the sheet-name check of the first batch
  });

  test("the summary sheet: table, native combo chart with the line on the secondary axis, formulas written as formulas", async () => {
    const host = new OfficeHost();
    const snap = (await host.readList()) as ListSnapshot;
    const result = analyzeList(snap, { sales: 3, customer: 0 });
    const ops = buildSummarySheet(result, ["Sheet1"], "zh");
    await host.apply(ops);
    const sum = book.sheets[1];
    expect(sum.name).toBe(ops[0].kind === "addSheet" ? ops[0].name : "");
    expect(sum.tables.length).toBeGreaterThanOrEqual(2);
    expect(sum.charts).toHaveLength(1);
    expect(sum.charts[0].type).toBe("ColumnClustered");
    expect(sum.charts[0].series.map((s) => [s.chartType, s.axisGroup])).toEqual([
      [undefined, undefined],
      ["Line", "Secondary"],
    ]);
    const plan = buildTierWrite(snap, result, {
      output: "formulas",
      locale: "zh",
      replaceExisting: false,
    });
    await host.apply(plan.ops);
    expect(book.sheet("Sheet1").formulas.get("1,4")).toBe("=CRM.TIER(D2:D4)");
  });

  test("settings are saved through Office.context.document.settings; select moves the selection", async () => {
    const host = new OfficeHost();
    await host.apply([{ kind: "setting", key: "k", value: { a: 1 } }]);
    expect(book.settingsSaves).toBe(1);
    expect(await host.getSetting("k")).toEqual({ a: 1 });
    expect(await host.getSetting("nope")).toBeUndefined();
    await host.select({ sheet: "Sheet1", row: 2, col: 0, rows: 1, cols: 4 });
    expect(book.selection).toEqual({ sheet: "Sheet1", row: 2, col: 0, rows: 1, cols: 4 });
  });

  test("without ExcelApi 1.9 tables are not looked up (feature detection)", async () => {
    book.supported.delete("ExcelApi 1.9");
    book.sheet("Sheet1").tables.push({ name: "T", row: 0, col: 0, rows: 4, cols: 4 });
    const snap = (await new OfficeHost().readList()) as ListSnapshot;
    expect(snap.tableName).toBeUndefined();
    expect(snap.rows).toHaveLength(3);
  });
});

describe("OfficeHost reads the list Excel's surrounding region cuts at a blank row (issue 11.1)", () => {
  test("continues across blank rows to the last customer, stops at a second list, leaves out totals", async () => {
    const book = new FakeBook();
    const rows: (string | number | null)[][] = [
      ["客户名称", "业务员", "销售额"],
      ["甲店", "王", 100],
      ["乙店", "李", 80],
      [],
      ["丙店", "王", 60],
      ["合计", null, 240],
      [],
      ["门店", "片区", "回款"],
      ["X", "东", 5],
    ];
    book.addSheet("S", rows as never);
    book.selection = { sheet: "S", row: 1, col: 0, rows: 1, cols: 1 };
    book.install();
    const snap = await new OfficeHost().readList();
    if (isListProblem(snap)) throw new Error(snap.problem);
    expect(snap.rows.map((r) => r[0])).toEqual(["甲店", "乙店", null, "丙店", "合计"]);
    expect(snap.leftOut).toEqual([
      { index: 2, reason: "blank" },
      { index: 4, reason: "total" },
    ]);
    expect(snap.nextListRow).toBe(7);
    const result = analyzeList(snap, { sales: 2, customer: 0 });
    expect(result.summary.tiered).toBe(3);
    expect(result.summary.totalSales).toBe(240);
  });
});

describe("OfficeHost on a 100,000-row x 11-column list (the sample's shape) in the strict fake", () => {
  const N = 100_000;
  test("read and tiered within Excel's limits: syncs grow with the bytes, each under 5 MB", async () => {
    const book = new FakeBook();
    addSampleList(book, N);
    book.install();
    const host = new OfficeHost();
    const { snap, result } = await tierThroughHost(host);
    expect(snap.rows).toHaveLength(N);
    expect(snap.header).toEqual(SAMPLE_HEADER);
    expect(snap.rows[122][0]).toBe("000123"); // ids stay text
    expect(result.summary.rows.map((r) => r.customers)).toEqual([0.2 * N, 0.4 * N, 0.4 * N]);
    const read = host.readStats.bytes.reduce((a, b) => a + b, 0);
    // ~15 MB read: about 3 times Excel's limit, so several syncs are needed and made.
    expect(read).toBeGreaterThan(2 * 5_000_000);
    expect(host.readStats.syncs).toBeGreaterThanOrEqual(Math.ceil(read / 3_000_000));
    expect(host.readStats.syncs).toBeLessThanOrEqual(Math.ceil(read / 3_000_000) + 1);
    for (const b of book.requestBytes) expect(b).toBeLessThan(5_000_000);
    for (const b of book.responseBytes) expect(b).toBeLessThan(5_000_000);
    // Tier column L (index 11), text labels.
    const s = book.sheet("Customers");
    expect(s.cells[0][11]).toBe("Tier");
    for (let r = 1; r <= N; r += 4999) {
      const sales = s.cells[r][7] as number;
      expect(s.cells[r][11]).toBe(sales > 0.8 * N ? "A" : sales > 0.4 * N ? "B" : "C");
    }
    expect(s.cells[1][10]).toBe("- called twice"); // the user's note, untouched
  });
});
