import type { CliMessages } from "../types";
import { notes, plan, tier } from "./cliCommands";
import { churn, compliance, history, value } from "./cliJobs";

export const cli: CliMessages = {
  sheet: ({ sheet, on }) => `${on ? "在" : ""}工作表“${sheet}”${on ? "上" : ""}`,
  csvFile: ({ on }) => (on ? "在 CSV 文件中" : "CSV 文件"),
  otherSheets: ({ sheets }) => `（其他工作表：${sheets}；用 --sheet 选择）`,
  quoted: ({ name }) => `“${name}”`,
  hidden: "（隐藏）",
  at: ({ place, message }) => `${place}：${message}`,
  because: ({ message, place, todo }) => `${message}（${place}${todo ? `：${todo}` : ""}）`,
  churnNameColumns: "请用 --last-order 或 --palive 指定列，或用 --periods 指定各期销售额列",
  column: ({ header, letter }) => `“${header}”（${letter} 列）`,
  columnLetter: ({ letter }) => `${letter} 列`,
  noColumn: ({ option, spec, columns }) => `${option}：清单中没有“${spec}”列（各列：${columns}）`,
  notes,
  tier,
  plan,
  value,
  churn,
  history,
  compliance,
};
