/**
 * Generates the messy-list fixture library test/fixtures/messy/ (issue 11): the shapes of the
 * lists sales managers really have, in .xlsx and .csv, Chinese and English. Seeded, so the files
 * are reproducible; written with exceljs directly (not with our own saver) so the reader is
 * tested against an independent writer. What each file is and the right result are in
 * test/fixtures/messy/README.md and test/cli/messy.test.ts.
 *
 * Run: `npx ts-node --transpile-only scripts/make-messy-fixtures.ts`.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { mulberry32 } from "../src/core/random";

const OUT = path.join(__dirname, "..", "test", "fixtures", "messy");
const rand = mulberry32(20261201);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const ZH_SHOPS = [
  "华联",
  "永辉",
  "红旗",
  "舞东风",
  "美宜佳",
  "罗森",
  "全家",
  "便利蜂",
  "家乐福",
  "沃尔玛",
];
const EN_SHOPS = [
  "Acme",
  "Bright",
  "Corner",
  "Daily",
  "Eagle",
  "Fresh",
  "Green",
  "Harbor",
  "Icon",
  "Joy",
];
const zhName = (i: number) => `${ZH_SHOPS[i % ZH_SHOPS.length]}${i + 1}号店`;
const enName = (i: number) => `${EN_SHOPS[i % EN_SHOPS.length]} Store ${i + 1}`;

type Row = (ExcelJS.CellValue | undefined)[];

async function xlsx(
  file: string,
  sheets: Array<{
    name: string;
    rows: Row[];
    setup?: (ws: ExcelJS.Worksheet) => void;
    state?: "hidden";
  }>
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    s.rows.forEach((r, i) => {
      r.forEach((v, c) => {
        if (v !== undefined && v !== null) ws.getCell(i + 1, c + 1).value = v;
      });
    });
    s.setup?.(ws);
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

function csv(file: string, rows: Row[]): void {
  const cell = (v: unknown) => {
    const t = v === null || v === undefined ? "" : String(v);
    return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  fs.writeFileSync(path.join(OUT, file), rows.map((r) => r.map(cell).join(",")).join("\n") + "\n");
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });

  // 1. A title block above the header (zh): company, report title, who made it, a blank row.
  {
    const rows: Row[] = [
      ["成都某某商贸有限公司"],
      ["2026年11月客户销售明细"],
      ["制表人：张三", null, "日期：2026-11-30"],
      [],
      ["客户名称", "业务员", "片区", "销售额"],
    ];
    for (let i = 0; i < 20; i++)
      rows.push([zhName(i), i % 2 ? "王伟" : "李娜", i % 3 ? "东区" : "西区", int(1000, 90000)]);
    await xlsx("title-block-zh.xlsx", [{ name: "客户", rows }]);
  }

  // 2. Blank rows inside the list (en csv): 30 customers in three blocks.
  {
    const rows: Row[] = [["Customer", "Rep", "Sales"]];
    for (let i = 0; i < 30; i++) {
      if (i === 10 || i === 20) rows.push([], []);
      rows.push([enName(i), i % 2 ? "Ann" : "Bob", int(100, 9000)]);
    }
    csv("blank-rows-en.csv", rows);
  }

  // 3. Subtotal rows per area and a grand total (zh).
  {
    const rows: Row[] = [["客户名称", "片区", "业务员", "月销售额"]];
    let k = 0;
    let grand = 0;
    for (const area of ["东区", "西区", "南区"]) {
      let sub = 0;
      for (let i = 0; i < 6; i++, k++) {
        const v = int(500, 50000);
        sub += v;
        rows.push([zhName(k), area, "王伟", v]);
      }
      rows.push([`${area}小计`, null, null, sub]);
      grand += sub;
    }
    rows.push(["合计", null, null, grand]);
    await xlsx("subtotals-zh.xlsx", [{ name: "Sheet1", rows }]);
  }

  // 4. A =SUM row under the data with no label (en), its result cached as Excel would.
  {
    const rows: Row[] = [["Customer", "Region", "Revenue"]];
    let sum = 0;
    for (let i = 0; i < 12; i++) {
      const v = int(100, 20000);
      sum += v;
      rows.push([enName(i), i % 2 ? "North" : "South", v]);
    }
    rows.push([null, null, { formula: "SUM(C2:C13)", result: sum }]);
    await xlsx("sum-formula-en.xlsx", [{ name: "Sheet1", rows }]);
  }

  // 5. Money written as text (zh csv): ¥, 万, 元, full-width digits, accounting negative, N/A.
  {
    const money = [
      "¥1,234.50",
      "1.2万",
      "3,000元",
      "１２３４",
      "(500)",
      "￥88,000",
      "RMB 2,500",
      "0.8万元",
      "N/A",
      "-",
    ];
    const rows: Row[] = [["客户名称", "业务员", "本月回款"]];
    money.forEach((m, i) => rows.push([zhName(i), "李娜", m]));
    csv("money-text-zh.csv", rows);
  }

  // 6. Phone, postcode and code columns (stored as text) next to the money (zh).
  {
    const rows: Row[] = [["客户编号", "客户名称", "联系电话", "邮编", "提货额"]];
    for (let i = 0; i < 15; i++)
      rows.push([
        `C${String(i + 1).padStart(4, "0")}`,
        zhName(i),
        `13${int(100000000, 999999999)}`,
        String(610000 + int(1, 99)),
        int(2000, 80000),
      ]);
    await xlsx("phone-columns-zh.xlsx", [{ name: "客户", rows }]);
  }

  // 7. No column is credibly sales (en csv): mobile numbers, postcodes, a year.
  {
    const rows: Row[] = [["Customer", "Mobile", "Postcode", "Since"]];
    for (let i = 0; i < 8; i++)
      rows.push([
        enName(i),
        `139${int(10000000, 99999999)}`,
        100000 + int(1, 900000),
        2000 + int(0, 24),
      ]);
    csv("phones-only-en.csv", rows);
  }

  // 8. Two unnamed measures (en csv): the command asks which is sales.
  {
    const rows: Row[] = [["Customer", "Q3", "Q4"]];
    for (let i = 0; i < 8; i++) rows.push([enName(i), int(100, 5000), int(100, 5000)]);
    csv("ambiguous-en.csv", rows);
  }

  // 9. A cover sheet first, a hidden sheet with an old list, then the list (zh).
  {
    const list = (n: number): Row[] => {
      const rows: Row[] = [["客户名称", "业务员", "销售额"]];
      for (let i = 0; i < n; i++) rows.push([zhName(i), "王伟", int(100, 9000)]);
      return rows;
    };
    await xlsx("cover-hidden-zh.xlsx", [
      {
        name: "说明",
        rows: [["本工作簿说明"], ["客户清单在“客户清单”工作表中。"], ["金额单位：元"]],
      },
      { name: "旧数据", rows: list(5), state: "hidden" },
      { name: "客户清单", rows: list(12) },
    ]);
  }

  // 10. Two lists stacked on one sheet, each with its own header (en).
  {
    const rows: Row[] = [["Customer", "Rep", "Sales"]];
    for (let i = 0; i < 8; i++) rows.push([enName(i), "Ann", int(100, 9000)]);
    rows.push([], ["Store", "Area", "Revenue"]);
    for (let i = 0; i < 5; i++) rows.push([`Other ${i + 1}`, "East", int(100, 9000)]);
    await xlsx("two-lists-en.xlsx", [{ name: "Sheet1", rows }]);
  }

  // 11. A merged group header over sub-headers, the list starting in column C (zh).
  {
    const pad = (r: Row): Row => [null, null, ...r];
    const rows: Row[] = [
      pad(["客户信息", null, "销售情况", null]),
      pad(["客户名称", "渠道", "本月", "上月"]),
    ];
    for (let i = 0; i < 10; i++)
      rows.push(pad([zhName(i), i % 2 ? "KA" : "小店", int(100, 9000), int(100, 9000)]));
    await xlsx("merged-header-zh.xlsx", [
      { name: "Sheet1", rows, setup: (ws) => (ws.mergeCells("C1:D1"), ws.mergeCells("E1:F1")) },
    ]);
  }

  // 12. Notes under the list, one right under the data and one after a blank row (en).
  {
    const rows: Row[] = [["Customer", "Rep", "Region", "Sales"]];
    for (let i = 0; i < 10; i++) rows.push([enName(i), "Bob", "North", int(100, 9000)]);
    rows.push(["Note: sales in USD, excluding tax"], [], ["Source: ERP export 2026-11-30"]);
    await xlsx("notes-under-en.xlsx", [{ name: "Sheet1", rows }]);
  }

  // 13. The sales column made only of error cells (#N/A from a failed lookup) (en).
  {
    const rows: Row[] = [["Customer", "Rep", "Sales"]];
    for (let i = 0; i < 6; i++)
      rows.push([enName(i), "Ann", { error: "#N/A" } as ExcelJS.CellErrorValue]);
    await xlsx("all-na-en.xlsx", [{ name: "Sheet1", rows }]);
  }

  // 14. An Excel table with its totals row shown (zh).
  {
    const data: Row[] = [];
    for (let i = 0; i < 8; i++) data.push([zhName(i), "李娜", int(100, 9000)]);
    const total = data.reduce((s, r) => s + (r[2] as number), 0);
    await xlsx("table-totals-zh.xlsx", [
      {
        name: "Sheet1",
        rows: [],
        setup: (ws) =>
          ws.addTable({
            name: "客户表1",
            ref: "A1",
            totalsRow: true,
            columns: [
              { name: "客户名称", totalsRowLabel: "汇总" },
              { name: "业务员" },
              {
                name: "销售额",
                totalsRowFunction: "sum",
                totalsRowResult: total,
              } as ExcelJS.TableColumnProperties,
            ],
            rows: data as ExcelJS.CellValue[][],
          }),
      },
    ]);
  }

  // 15. A header repeated on every printed page of an export (en csv).
  {
    const rows: Row[] = [["Customer", "Rep", "Sales"]];
    for (let i = 0; i < 24; i++) {
      if (i === 12) rows.push(["Customer", "Rep", "Sales"]);
      rows.push([enName(i), "Ann", int(100, 9000)]);
    }
    csv("repeated-header-en.csv", rows);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
