/**
 * The churn check's role schema (CHURN_ROLES): the header rules the Churn tab used to keep to
 * itself, read through the job's guess (churnJob.prepare) as the pane and `crm churn` read them.
 */
import { CHURN_ROLES } from "../../src/app/churnGuess";
import { churnJob } from "../../src/app/churnJob";
import type { ListSnapshot } from "../../src/host/types";
import type { CellValue } from "../../src/core/excel/cell";

const snap = (header: string[], rows: CellValue[][]): ListSnapshot => ({
  sheet: "S",
  row: 0,
  col: 0,
  header,
  rows,
  rightColumn: [],
});

/** The columns churnJob.prepare guesses for the roles CHURN_ROLES shows. */
function guessChurnColumns(snapshot: ListSnapshot) {
  const { columns } = churnJob.prepare(snapshot, undefined);
  return Object.fromEntries(CHURN_ROLES.shown.map((r) => [r, columns[r]]));
}

describe("churnJob.prepare: the CHURN_ROLES columns", () => {
  it("reads the order-history sheet's own headers, in either language: P(alive) and the CLV over sales", () => {
    const rows: CellValue[][] = [["C1", "红旗", 120, 0.8, 300, "王伟", 45300]];
    const en = guessChurnColumns(
      snap(
        [
          "Customer ID",
          "Customer",
          "Sales",
          "P(alive)",
          "CLV over the horizon",
          "Rep",
          "Last order",
        ],
        rows
      )
    );
    expect(en).toEqual({ customer: 1, id: 0, value: 4, pAlive: 3, rep: 5, lastOrder: 6 });
    const zh = guessChurnColumns(
      snap(
        [
          "客户编号",
          "客户名称",
          "销售额",
          "存活概率",
          "预测期客户终身价值",
          "业务员",
          "最后订货日期",
        ],
        rows
      )
    );
    expect(zh).toEqual(en);
  });
  it("the value is the sales without a CLV column; other words for P(alive); the id names customers without a name column", () => {
    const rows: CellValue[][] = [
      ["C1", 120, 0.8],
      ["C2", 80, 0.4],
    ];
    expect(guessChurnColumns(snap(["Customer no.", "Revenue", "p_alive"], rows))).toEqual({
      customer: 0,
      id: 0,
      value: 1,
      pAlive: 2,
      lastOrder: undefined,
      rep: undefined,
    });
    expect(guessChurnColumns(snap(["编号", "销售额", "活跃概率"], rows)).pAlive).toBe(2);
  });
  it("shows its roles and requires a customer", () => {
    expect(CHURN_ROLES.shown).toContain("pAlive");
    expect(CHURN_ROLES.required).toEqual(["customer"]);
  });
});
