/**
 * The 100,000-row x 11-column customer workbook of the command-line benchmark (issue 14), made
 * with exceljs's streaming writer and shared strings, as Excel saves a list: text, numbers,
 * dates and coordinates, seeded so every run measures the same file (~7.8 MB).
 */
import ExcelJS from "exceljs";
import { mulberry32 } from "../src/core/random";

export const BIG_HEADER = [
  "客户名称",
  "渠道",
  "区域",
  "业务员",
  "地址",
  "电话",
  "纬度",
  "经度",
  "开户日期",
  "上月销售额",
  "上年销售额",
];

/** Writes the workbook to `file`; `rows` data rows under one header row. */
export async function writeBigWorkbook(file: string, rows = 100_000, seed = 14): Promise<void> {
  const rnd = mulberry32(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("客户");
  ws.addRow(BIG_HEADER).commit();
  const channels = ["商超", "便利店", "餐饮", "批发", "电商"];
  const areas = ["锦江区", "青羊区", "金牛区", "武侯区", "成华区", "高新区", "天府新区"];
  for (let i = 0; i < rows; i++) {
    const sales = Math.round(Math.exp(8 + 1.5 * (rnd() + rnd() + rnd() - 1.5)) * 100) / 100;
    ws.addRow([
      `客户${String(i + 1).padStart(6, "0")}`,
      channels[i % channels.length],
      areas[(i * 7) % areas.length],
      `业务员${(i % 40) + 1}`,
      `成都市${areas[(i * 3) % areas.length]}路${(i % 500) + 1}号`,
      `13${String(Math.floor(rnd() * 1e9)).padStart(9, "0")}`,
      Math.round((30.5 + rnd() * 0.3) * 1e6) / 1e6,
      Math.round((103.9 + rnd() * 0.3) * 1e6) / 1e6,
      new Date(Date.UTC(2015 + (i % 10), i % 12, (i % 28) + 1)),
      sales,
      Math.round(sales * (0.5 + rnd()) * 100) / 100,
    ]).commit();
  }
  await wb.commit();
}
