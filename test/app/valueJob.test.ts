/**
 * The Value job as a value (src/app/valueJob.ts) driven the way the pane and the command line
 * drive it, against the in-memory host: prepare guesses every column from the headers (on the
 * customers only), plan writes one column at the right of the list, asks before writing over
 * its own earlier column or a user's cell, and says what it wrote in the workbook's language.
 */
import { MemoryHost } from "../../src/host/memoryHost";
import type { CellInput } from "../../src/host/types";
import { computeHere } from "../../src/app/computeJobs";
import { hostContext, listRelation } from "../../src/app/job";
import { valueJob, type ValueOptions } from "../../src/app/valueJob";
import { hostWithList, readListOrFail } from "../support/memoryList";

/** Sales 100..800, order frequency 8,1,7,2,6,3,5,4 (medians 450 and 4.5), margin a tenth of sales. */
const SALES = [100, 200, 300, 400, 500, 600, 700, 800];
const FREQ = [8, 1, 7, 2, 6, 3, 5, 4];
function cells(): CellInput[][] {
  return [
    ["客户名称", "月销售额", "订货频次", "毛利", "服务成本"],
    ...SALES.map((s, i) => [`客户${i + 1}`, s, FREQ[i], s / 10, 50 + i]),
    ["合计", 3600, 36, 360, 428],
  ];
}

/** The same customers without the 合计 row (formulas are written only where no left-out row holds numbers). */
const customersOnly = () => cells().slice(0, 9);

const column = (host: MemoryHost, col: number) =>
  host
    .sheet("客户清单")!
    .cells.slice(0, 10)
    .map((r) => r[col]);

describe("valueJob", () => {
  test("prepare guesses the columns from the Chinese headers, on the customers only", async () => {
    const snap = await readListOrFail(hostWithList(cells(), "客户清单"));
    const p = valueJob.prepare(snap, undefined);
    expect(p.columns).toEqual({ x: 1, y: 2, value: 1, cost: 4, margin: 3, profit: 3 });
    expect(p.sources).toMatchObject({ x: "header", y: "header", margin: "header", cost: "header" });
    expect(p.info.numeric).toEqual([1, 2, 3, 4]);
    // A column no header named for the role is a fallback: no confidence claimed for it.
    const noLoyalty = await readListOrFail(
      hostWithList([["客户", "月销售额", "毛利"], ...SALES.map((v, i) => [`客户${i}`, v, v / 10])])
    );
    const q = valueJob.prepare(noLoyalty, undefined);
    expect(q.columns).toMatchObject({ x: 1, y: 2 });
    expect(q.sources.x).toBe("header");
    expect(q.sources.y).toBeUndefined();
    // The 合计 row is blanked in what the views read: it is no customer.
    expect(p.info.snapshot.rows[8].every((v) => v === null)).toBe(true);
  });

  test("a Segment column as values (the total row left blank), then a formula after asking", async () => {
    const host = hostWithList(cells(), "客户清单");
    const ctx = hostContext(host, "zh", computeHere);
    const first = await readListOrFail(host);
    const { columns } = valueJob.prepare(first, undefined);
    const segment: ValueOptions = {
      write: { kind: "segment", matrix: "loyalty" },
      output: "values",
    };
    const p1 = await valueJob.plan(first, { columns, options: segment }, ctx);
    expect(p1.conflicts).toEqual([]);
    expect(p1.result.message).toContain("F");
    await host.apply(p1.ops);
    expect(column(host, 5)).toEqual([
      "客户细分",
      "成长客户",
      "淘汰客户",
      "成长客户",
      "淘汰客户",
      "核心客户",
      "风险客户",
      "核心客户",
      "风险客户",
      "",
    ]);

    // Read again: the list now has the Segment column, the choices carry over.
    const again = await readListOrFail(host);
    expect(listRelation(first, again)).toBe("extended");
    const formulas = { ...segment, output: "formulas" as const };
    const p2 = await valueJob.plan(again, { columns, options: formulas }, ctx);
    expect(p2.conflicts).toEqual([{ code: "replaceOwn", cols: [5] }]);
    expect(p2.result.conflict).toBe("replaceOwn");
    // The 合计 row holds numbers a live formula over the column would count as a customer:
    // values then, said in the message (the pane and crm value alike).
    await host.apply(p2.ops);
    expect(column(host, 5)[1]).toBe("成长客户");
    expect(p2.result.plan.formulas).toEqual([]);
    expect(p2.notes).toContain("valuesWithTotals");
    expect(p2.result.message).toContain("合计行");

    // Without a total row, the formula covers the list's rows.
    const plain = hostWithList(customersOnly(), "客户清单");
    const list = await readListOrFail(plain);
    const p3 = await valueJob.plan(
      list,
      { columns: valueJob.prepare(list, undefined).columns, options: formulas },
      hostContext(plain, "zh", computeHere)
    );
    expect(p3.notes).not.toContain("valuesWithTotals");
    await plain.apply(p3.ops);
    expect(plain.sheet("客户清单")!.cells[1][5]).toEqual({
      formula:
        '=CRM.SEGMENT(B2:B9,C2:C9,"loyalty",,,{"核心客户","风险客户","成长客户","淘汰客户"})',
    });
  });

  test("the score and its tier: a user's note where the tier goes is a conflict; the message names both columns", async () => {
    const c = customersOnly();
    c[1] = [...c[1], null, "my note"];
    const host = hostWithList(c, "客户清单");
    const snap = await readListOrFail(host);
    const { columns } = valueJob.prepare(snap, undefined);
    const options: ValueOptions = {
      write: {
        kind: "score",
        indicators: [
          { col: 1, weight: 70, direction: 1 },
          { col: 4, weight: 30, direction: -1 },
        ],
      },
      output: "formulas",
    };
    const plan = await valueJob.plan(
      snap,
      { columns, options },
      hostContext(host, "en", computeHere)
    );
    expect(plan.conflicts).toEqual([{ code: "overwriteCells", cols: [5, 6] }]);
    expect(plan.result.plan.formulas).toEqual([
      "=CRM.SCORE(HSTACK(B2:B9,E2:E9),{70,30},{1,-1})",
      "=CRM.TIER(F2#)",
    ]);
    expect(plan.result.message).toBe("Score written in column F, its tier in column G.");
    expect(host.sheet("客户清单")!.cells[1][6]).toBe("my note"); // planning wrote nothing
  });

  test("current and potential value: the functions' defaults stay out of the formula", async () => {
    const host = hostWithList(customersOnly(), "客户清单");
    const snap = await readListOrFail(host);
    const columns = { profit: 3, potentialProfit: 1 };
    const ctx = hostContext(host, "en", computeHere);
    const plan = (periods: number, discount: number) =>
      valueJob.plan(
        snap,
        { columns, options: { write: { kind: "current", periods, discount }, output: "formulas" } },
        ctx
      );
    expect((await plan(5, 0.1)).result.plan.formulas).toEqual([
      "=CRM.CCV(D2:D9)",
      "=CRM.CPV(B2:B9,D2:D9)",
    ]);
    expect((await plan(3, 0.1)).result.plan.formulas[0]).toBe("=CRM.CCV(D2:D9,3)");
  });

  test("a write whose column is not chosen is refused before anything is written", async () => {
    const host = hostWithList(cells(), "客户清单");
    const snap = await readListOrFail(host);
    await expect(
      valueJob.plan(
        snap,
        {
          columns: {},
          options: {
            write: { kind: "clv", retention: 0.8, discount: 0.1, periods: 5 },
            output: "values",
          },
        },
        hostContext(host, "en", computeHere)
      )
    ).rejects.toThrow(/margin/);
    expect(host.batches).toHaveLength(0);
  });
});
