/**
 * The churn job as a value (src/app/churnJob.ts) driven the way the pane and the command line
 * drive it, against the in-memory host: prepare guesses the columns (the period columns and the
 * tier too), plan writes the Churn watch sheet with the lapsed and the declining customers, a
 * second plan keeps what was typed there, and choices it cannot plan are refused with the
 * user's message.
 */
import type { CellInput } from "../../src/host/types";
import { computeHere } from "../../src/app/computeJobs";
import { hostContext, JobRefusal } from "../../src/app/job";
import {
  churnJob,
  churnWrittenText,
  decliningCheck,
  lapsedCheck,
  type ChurnOptions,
} from "../../src/app/churnJob";
import { serialFromYmd } from "../../src/core/excel/dates";
import { hostWithList, readListOrFail } from "../support/memoryList";

const TODAY = serialFromYmd(2025, 10, 31);

/**
 * Days since the last order on 2025-10-31: Ace 11, Bee 122, Cid 77, Dot 56. Lapsed (> 60 days):
 * Bee (20,000 at stake) and Cid (3,000). Sales per month, window 2: Ace 100 -> 40 (-60%, tier B),
 * Dot 50 -> 10 (-80%, A); Bee and Cid flat. The total row is not a customer.
 */
const CELLS: CellInput[][] = [
  ["Customer", "Tier", "Rep", "Monthly sales", "Last order date", "M1", "M2", "M3", "M4"],
  ["Ace", "B", "Wang", 5000, "2025-10-20", 100, 100, 40, 40],
  ["Bee", "A", "Li", 20000, "2025-07-01", 10, 10, 10, 10],
  ["Cid", "C", "Li", 3000, "2025-08-15", 5, 5, 5, 5],
  ["Dot", "A", "Zhao", 9000, "2025-09-05", 50, 50, 10, 10],
  ["Total", null, null, 37000, null, 165, 165, 65, 65],
];

const OPTIONS: ChurnOptions = {
  today: TODAY,
  days: 60,
  pAliveThreshold: 0.5,
  probability: 0.3,
  decline: { window: 2, threshold: -0.3 },
};

describe("churnJob", () => {
  test("prepare guesses the lapsed check's columns, the period columns and the tier", async () => {
    const snap = await readListOrFail(hostWithList(CELLS, "Customers"));
    const p = churnJob.prepare(snap, undefined);
    expect(p.columns).toEqual({
      customer: 0,
      rep: 2,
      lastOrder: 4,
      value: 3,
      firstPeriod: 5,
      lastPeriod: 8,
      tier: 1,
    });
    expect(p.sources.customer).toBe("header");
    expect(p.info.numeric).toEqual(expect.arrayContaining([3, 5, 6, 7, 8]));
  });

  test("the checks: lapsed by value at stake, declining A first; the total row is not a customer", async () => {
    const snap = await readListOrFail(hostWithList(CELLS, "Customers"));
    const { columns } = churnJob.prepare(snap, undefined);
    const lapsed = lapsedCheck(snap, columns, OPTIONS);
    expect(lapsed.customers).toBe(4);
    expect(lapsed.lapsed.map((x) => x.name)).toEqual(["Bee", "Cid"]);
    expect(lapsed.atStake).toBe(23000);
    expect(lapsed.stale).toBe(false);
    const declining = decliningCheck(snap, columns, OPTIONS.decline);
    expect(declining).toMatchObject({ periods: [5, 8], have: 4, enough: true, aCount: 1 });
    expect(declining.list.map((x) => x.name)).toEqual(["Dot", "Ace"]);
    // A window of 3 needs six period columns: no check, no customers.
    const few = decliningCheck(snap, columns, { window: 3, threshold: -0.3 });
    expect(few).toMatchObject({ have: 4, enough: false, list: [] });
    // An invalid lapsed rule finds nobody but still gives the day.
    const bad = lapsedCheck(snap, columns, { ...OPTIONS, days: NaN });
    expect(bad).toMatchObject({ lapsed: [], asOf: TODAY, canCheck: true });
  });

  test("plan writes the Churn watch sheet; a second plan keeps the reason typed there", async () => {
    const host = hostWithList(CELLS, "Customers");
    const ctx = hostContext(host, "en", computeHere);
    const snap = await readListOrFail(host);
    const { columns } = churnJob.prepare(snap, undefined);
    const first = await churnJob.plan(snap, { columns, options: OPTIONS }, ctx);
    expect(first.conflicts).toEqual([]);
    expect(first.result.watch).toMatchObject({ sheet: "Churn watch", created: true });
    expect(first.result.watch.summary).toMatchObject({ lapsed: 4, declining: 2 });
    // No cost typed: every customer with a value is worth winning back.
    expect(churnWrittenText("en", first.result.watch)).toBe(
      'Created sheet "Churn watch": 2 lapsed customers, 4 worth winning back. 2 declining customers were added for the same follow-up.'
    );
    await host.apply(first.ops);
    const sheet = host.sheet("Churn watch")!;
    const header = sheet.cells[0] as string[];
    expect(sheet.cells.slice(1, 5).map((r) => r[0])).toEqual(["Bee", "Cid", "Dot", "Ace"]);

    sheet.cells[1][header.indexOf("Churn reason")] = "Competitor";
    const second = await churnJob.plan(snap, { columns, options: OPTIONS }, ctx);
    expect(second.result.watch).toMatchObject({ sheet: "Churn watch", created: false });
    expect(second.result.watch.summary.reasons.competitor).toBe(1);
    await host.apply(second.ops);
    const again = host.sheet("Churn watch")!;
    expect(again.cells.find((r) => r[0] === "Bee")![header.indexOf("Churn reason")]).toBe(
      "Competitor"
    );
    expect(host.data.sheets.map((s) => s.name)).toEqual(["Customers", "Churn watch"]);
  });

  test("refuses what it cannot plan, in the user's language, before reading the workbook", async () => {
    const host = hostWithList(CELLS, "Customers");
    const ctx = hostContext(host, "zh", computeHere);
    const snap = await readListOrFail(host);
    const plan = (columns: object, options: ChurnOptions) =>
      churnJob.plan(snap, { columns, options }, ctx);
    await expect(plan({ customer: 0, lastOrder: 4 }, { ...OPTIONS, days: -1 })).rejects.toThrow(
      JobRefusal
    );
    // No last order, no P(alive), no period columns: nothing to check.
    const refusal = await plan({ customer: 0, value: 3 }, OPTIONS).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(JobRefusal);
    expect((refusal as JobRefusal).lines[0]).toMatch(/最近下单/);
    expect(host.sheet("流失预警")).toBeUndefined();
  });
});
