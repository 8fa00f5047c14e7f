/**
 * The tiering job as a value (src/app/tieringJob.ts) driven the way the pane and the command
 * line drive it, against the in-memory host: prepare guesses and restores a remembered choice,
 * plan asks before replacing an earlier Tier column, the plan's ops written by the host.
 */
import type { CellInput } from "../../src/host/types";
import { computeHere } from "../../src/app/computeJobs";
import { hostContext, listRelation } from "../../src/app/job";
import { tieringJob } from "../../src/app/tieringJob";
import { settingsKey } from "../../src/app/tiering";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import { previewHost } from "../../src/preview/evaluate";
import { hostWithList, readListOrFail } from "../support/memoryList";

const CELLS: CellInput[][] = [
  ["Customer", "Sales", "Owner"],
  ...Array.from({ length: 10 }, (_, i) => [`Shop ${i + 1}`, (i + 1) * 100, i % 2 ? "Li" : "Wang"]),
  ["Total", 5500, null],
];

describe("tieringJob", () => {
  test("prepare guesses the roles from the header; plan writes tiers for customers only", async () => {
    const host = hostWithList(CELLS);
    const snap = await readListOrFail(host);
    const prepared = tieringJob.prepare(snap, undefined);
    expect(prepared.columns).toMatchObject({ customer: 0, sales: 1, rep: 2 });
    expect(prepared.sources.sales).toBe("header");
    expect(prepared.options).toBeUndefined();
    const ctx = hostContext(host, "en", computeHere);
    const plan = await tieringJob.plan(
      snap,
      { columns: prepared.columns, options: { method: "rank", output: "values" } },
      ctx
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.result.analysis?.tiers.filter((t) => t !== null)).toHaveLength(10);
    await host.apply(plan.ops);
    const written = await host.readRect({ sheet: "Sheet1", row: 0, col: 3, rows: 12, cols: 1 });
    expect(written[0][0]).toBe("Tier");
    expect(written[10][0]).toBe("A"); // the biggest shop
    expect(written[11][0]).toBe(""); // the total row is left out, not tiered
  });

  test("a second run asks before replacing the Tier column and restores the remembered choice", async () => {
    const host = hostWithList(CELLS);
    const ctx = hostContext(host, "en", computeHere);
    const first = await readListOrFail(host);
    const options = { method: "rank" as const, cuts: [0.1, 0.5], output: "values" as const };
    const p1 = await tieringJob.plan(first, { columns: { sales: 1, customer: 0 }, options }, ctx);
    await host.apply(p1.ops);

    const again = await readListOrFail(host);
    expect(listRelation(first, again)).toBe("extended");
    const saved = await host.getSetting(settingsKey("Sheet1"));
    const prepared = tieringJob.prepare(again, saved);
    expect(prepared.sources.sales).toBe("saved");
    expect(prepared.options).toEqual({ method: "rank", cuts: [0.1, 0.5], output: "values" });
    const p2 = await tieringJob.plan(again, { columns: prepared.columns, options }, ctx);
    expect(p2.conflicts).toEqual([{ code: "existingTierColumn", cols: [3], cells: 11 }]);
    expect(p2.ops.length).toBeGreaterThan(0);
  });

  test("a second run over a Tier column of formulas counts the formula cell among those replaced", async () => {
    // The first run writes ONE spilling =CRM.TIER(...) in the first data cell, "" below it. The
    // memory host computes no formulas, so that cell reads as null with its formula in
    // `snapshot.formulas`: it is still a cell the write replaces (Excel reads its spill too).
    const options = { method: "rank" as const, output: "formulas" as const };
    // Without the total row (a total holding a number makes the job write values).
    const host2 = hostWithList(CELLS.slice(0, -1));
    const ctx2 = hostContext(host2, "en", computeHere);
    const q1 = await tieringJob.plan(
      await readListOrFail(host2),
      { columns: { sales: 1, customer: 0 }, options },
      ctx2
    );
    expect(q1.result.output).toBe("formulas");
    await host2.apply(q1.ops);
    const again = await readListOrFail(host2);
    expect(again.header[3]).toBe("Tier");
    expect(again.formulas?.[0][3]).toBe("=CRM.TIER(B2:B11)");
    const q2 = await tieringJob.plan(again, { columns: { sales: 1, customer: 0 }, options }, ctx2);
    // The header and the formula cell; the "" cells below it are empty.
    expect(q2.conflicts).toEqual([{ code: "existingTierColumn", cols: [3], cells: 2 }]);
  });

  test("a second run over a Tier column computed by the host counts every tier", async () => {
    // With formulas computed (as Excel and the preview do), the spill's cells read as tiers.
    const host = previewHost(workbookFromCells("Sheet1", CELLS.slice(0, -1)));
    host.data.selection = { sheet: "Sheet1", row: 1, col: 0, rows: 1, cols: 1 };
    const ctx = hostContext(host, "en", computeHere);
    const options = { method: "rank" as const, output: "formulas" as const };
    const p1 = await tieringJob.plan(
      await readListOrFail(host),
      { columns: { sales: 1, customer: 0 }, options },
      ctx
    );
    await host.apply(p1.ops);
    const again = await readListOrFail(host);
    expect(again.rows.map((r) => r[3])).toEqual(["C", "C", "C", "C", "B", "B", "B", "B", "A", "A"]);
    const p2 = await tieringJob.plan(again, { columns: { sales: 1, customer: 0 }, options }, ctx);
    expect(p2.conflicts).toEqual([{ code: "existingTierColumn", cols: [3], cells: 11 }]);
  });

  test("no sales column: nothing to write, the issue says why", async () => {
    const host = hostWithList(CELLS);
    const snap = await readListOrFail(host);
    const plan = await tieringJob.plan(
      snap,
      { columns: { customer: 0 }, options: { method: "rank", output: "values" } },
      hostContext(host, "en", computeHere)
    );
    expect(plan.ops).toEqual([]);
    expect(plan.result.issues.map((i) => i.code)).toEqual(["noNumericColumn"]);
  });

  test("listRelation: same columns, columns added at the right, another list", () => {
    const a = { sheet: "S", row: 0, col: 0, header: ["A", "B"], rows: [], rightColumn: [] };
    expect(listRelation(a, { ...a })).toBe("same");
    expect(listRelation(a, { ...a, header: ["A", "B", "Tier"] })).toBe("extended");
    expect(listRelation(a, { ...a, header: ["A", "C"] })).toBe("other");
    expect(listRelation(a, { ...a, col: 1 })).toBe("other");
    expect(listRelation(a, { ...a, sheet: "T" })).toBe("other");
  });
});
