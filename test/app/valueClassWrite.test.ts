/**
 * The Value tab's issue-15 columns: the Value class column and the Current/Potential value
 * columns, as formulas and as values (which must equal what the formulas compute).
 */
import { buildCurrentValueWrite, buildValueClassWrite } from "../../src/app/value";
import { ccv, cpv, valueclass } from "../../src/functions/functions";
import { MemoryHost } from "../../src/host/memoryHost";
import { isListProblem, type CellInput } from "../../src/host/types";
import { hostAndList } from "../support/memoryList";

// A1:F7: Customer, Sales, Cost, Potential, Profit, Potential profit.
const HEADER = ["Customer", "Sales", "Cost", "Potential", "Profit", "Potential profit"];
const DATA: CellInput[][] = [
  ["Ace", 100, null, null, 40, 50],
  ["Bee", 80, 90, null, 30, 30],
  ["Cid", 60, null, 70, 20, 45],
  ["Dot", -10, null, null, -5, 10],
  ["Eve", 30, 10, null, 10, null],
  ["Fay", "n/a", null, null, "x", 5],
];

const column = (host: MemoryHost, c: number, rows = 7): CellInput[] =>
  Array.from({ length: rows }, (_, r) => host.cell(host.sheet("Data")!, r, c));
const dataOf = (c: number) => DATA.map((r) => [r[c]]);
const shown = (out: unknown[][]) => out.map((r) => (typeof r[0] === "object" ? "" : r[0])); // an error cell shows as "" in values

describe("buildValueClassWrite", () => {
  it("writes one spilling =CRM.VALUECLASS right of the list; English needs no labels", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildValueClassWrite(snap, {
      value: 1,
      costToServe: 2,
      potential: 3,
      topShare: 0.2,
      output: "formulas",
      locale: "en",
    });
    expect(plan.formulas).toEqual(["=CRM.VALUECLASS(B2:B7,C2:C7,D2:D7,0.2)"]);
    await host.apply(plan.ops);
    expect(column(host, 6)).toEqual([
      "Value class",
      { formula: "=CRM.VALUECLASS(B2:B7,C2:C7,D2:D7,0.2)" },
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("in Chinese the header and the labels argument are in Chinese", async () => {
    const { snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildValueClassWrite(snap, { value: 1, output: "formulas", locale: "zh" });
    expect(plan.formulas).toEqual([
      '=CRM.VALUECLASS(B2:B7,,,,{"最有价值客户","次要客户","普通客户","负值客户"})',
    ]);
    expect(plan.ops[0]).toMatchObject({
      values: [["客户价值类别"], [{ formula: plan.formulas[0] }], [""], [""], [""], [""], [""]],
    });
  });

  it("values equal what the formula computes (text rows blank)", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    const o = { value: 1, costToServe: 2, potential: 3, topShare: 0.2 } as const;
    await host.apply(buildValueClassWrite(snap, { ...o, output: "values", locale: "en" }).ops);
    const fn = valueclass(dataOf(1), dataOf(2), dataOf(3), 0.2);
    expect(column(host, 6).slice(1)).toEqual(shown(fn));
    expect(column(host, 6).slice(1)).toEqual([
      "Most valuable",
      "Negative",
      "Secondary",
      "Negative",
      "Ordinary",
      "",
    ]);
  });

  it("asks before replacing its own earlier column, and refuses a bad top share", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    await host.apply(buildValueClassWrite(snap, { value: 1, output: "values", locale: "zh" }).ops);
    const again = await host.readList();
    if (isListProblem(again)) throw new Error("no list");
    const plan = buildValueClassWrite(again, { value: 1, output: "values", locale: "en" });
    expect(plan.conflict).toBe("replaceOwn");
    expect(plan.needsConfirmation).toBe(true);
    expect(plan.columns[0].col).toBe(6);
    expect(() =>
      buildValueClassWrite(snap, { value: 1, topShare: 0, output: "values", locale: "en" })
    ).toThrow(/top share/);
  });
});

describe("buildCurrentValueWrite", () => {
  it("writes CCV and, with a potential profit column, CPV beside it", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    const plan = buildCurrentValueWrite(snap, {
      profit: 4,
      potential: 5,
      periods: 3,
      output: "formulas",
      locale: "en",
    });
    expect(plan.formulas).toEqual(["=CRM.CCV(E2:E7,3)", "=CRM.CPV(F2:F7,E2:E7,3)"]);
    expect(plan.columns.map((c) => c.col)).toEqual([6, 7]);
    await host.apply(plan.ops);
    expect(column(host, 6)[0]).toBe("Current value");
    expect(column(host, 7)[0]).toBe("Potential value");
    expect(column(host, 7)[1]).toEqual({ formula: "=CRM.CPV(F2:F7,E2:E7,3)" });
  });

  it("values equal the functions' results; CCV alone without a potential column", async () => {
    const { host, snap } = await hostAndList([HEADER, ...DATA]);
    await host.apply(
      buildCurrentValueWrite(snap, {
        profit: 4,
        potential: 5,
        discount: 0.08,
        output: "values",
        locale: "zh",
      }).ops
    );
    const c = column(host, 6);
    const p = column(host, 7);
    expect(c[0]).toBe("当前价值");
    const fc = shown(ccv(dataOf(4), undefined, 0.08));
    const fp = shown(cpv(dataOf(5), dataOf(4), undefined, 0.08));
    c.slice(1).forEach((x, i) =>
      typeof x === "number" ? expect(x).toBeCloseTo(fc[i] as number, 9) : expect(x).toBe(fc[i])
    );
    p.slice(1).forEach((x, i) =>
      typeof x === "number" ? expect(x).toBeCloseTo(fp[i] as number, 9) : expect(x).toBe(fp[i])
    );
    expect(p[5]).toBe(""); // Eve has no potential profit
    const only = buildCurrentValueWrite(snap, { profit: 4, output: "formulas", locale: "en" });
    expect(only.formulas).toEqual(["=CRM.CCV(E2:E7)"]);
    expect(only.columns).toHaveLength(1);
  });
});
