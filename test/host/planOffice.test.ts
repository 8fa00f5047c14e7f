/**
 * The visit plan written through the Office.js host against office-addin-mock (fakeExcel.ts):
 * a unique sheet name when "Visit plan <date>" exists, a fixed number of context.sync() calls
 * (the same for 50 and 5,000 customers), every request under 5 MB, and the table, freeze and
 * route-chart operations issued.
 */
import { OfficeHost } from "../../src/host/officeHost";
import { buildPlanSheets } from "../../src/app/planning";
import { planVisits, type PlanCustomer } from "../../src/core/plan";
import { FakeBook } from "./fakeExcel";

const START = "2025-11-03";

/** Deterministic customers around Chengdu: `reps` reps, tiers 20% A / 40% B / 40% C. */
function customers(n: number, reps: number): PlanCustomer[] {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, i) => ({
    id: i,
    name: `Outlet ${i + 1}`,
    tier: i % 5 === 0 ? "A" : i % 5 < 3 ? "B" : "C",
    rep: `Rep ${(i % reps) + 1}`,
    area: `District ${i % 7}`,
    address: `${i + 1} Road`,
    lat: 30.55 + rnd() * 0.2,
    lng: 103.95 + rnd() * 0.25,
  }));
}

async function writePlan(n: number, reps: number, capacity = 10) {
  const book = new FakeBook();
  book.addSheet("Customers", [["Customer"], ["x"]]);
  book.addSheet(`Visit plan ${START}`, [["an earlier plan: keep me"]]);
  book.install();
  const plan = planVisits(customers(n, reps), { startDate: START, capacity });
  const host = new OfficeHost();
  const names = await host.sheetNames();
  const { ops, layout } = buildPlanSheets(plan, names, "en", START);
  book.syncs = 0;
  book.requestBytes = [];
  await host.apply(ops);
  return { book, plan, layout, syncs: book.syncs };
}

describe("visit plan through the Office.js host", () => {
  test("unique sheet name, table, freeze and one route chart per rep; nothing else touched", async () => {
    const { book, plan, layout, syncs } = await writePlan(50, 3);
    expect(layout.planSheet).toBe(`Visit plan ${START} (2)`);
    expect(book.sheet(`Visit plan ${START}`).cells).toEqual([["an earlier plan: keep me"]]);
    expect(book.sheet("Customers").cells).toEqual([["Customer"], ["x"]]);
    const s = book.sheet(layout.planSheet);
    // The visit table at A1: header + one row per visit.
    const visitTable = s.tables.find((t) => t.row === 0 && t.col === 0)!;
    expect(visitTable.rows).toBe(plan.visits.length + 1);
    expect(visitTable.cols).toBe(16); // the twelve columns + Travel min, Arrive, Depart, opening-hours check
    expect(s.cells[0][0]).toBe("Date");
    expect(s.cells[0][5]).toBe("Customer");
    expect(s.frozenRows).toBe(1);
    // Dates as real dates: serial numbers with a date format.
    expect(typeof s.cells[1][0]).toBe("number");
    expect(s.numberFormats.get("1,0")).toBe("yyyy-mm-dd");
    // The per-day summary table beside it.
    expect(s.tables.some((t) => t.col === layout.dayCol)).toBe(true);
    // Route map: an XY scatter with lines per rep, one series per working day of that rep.
    const route = book.sheet(layout.routeSheet!);
    expect(route.charts).toHaveLength(3);
    for (const c of route.charts) {
      expect(c.type).toBe("XYScatterLines");
      expect(c.series.length).toBeGreaterThan(0);
      for (const ser of c.series)
        expect(ser.values).toMatch(new RegExp(`^${layout.routeSheet!.replace(/[()]/g, "\\$&")}!`));
    }
    expect(syncs).toBe(2);
  });

  test("the same number of context.sync() calls for 50 and 5,000 customers, each request under 5 MB", async () => {
    const small = await writePlan(50, 3);
    const large = await writePlan(5000, 25);
    expect(large.plan.visits.length).toBeGreaterThan(20 * small.plan.visits.length);
    // One sync to check the sheet names, one for every write of the batch (~1 MB here).
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(small.syncs);
    for (const b of large.book.requestBytes) expect(b).toBeLessThan(5_000_000);
    expect(large.book.sheet(large.layout.planSheet).tables[0].rows).toBe(
      large.plan.visits.length + 1
    );
    expect(large.book.sheet(large.layout.routeSheet!).charts).toHaveLength(25);
  });
});
