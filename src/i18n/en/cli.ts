import type { CliMessages } from "../types";
import { notes, plan, tier } from "./cliCommands";
import { churn, compliance, history, value } from "./cliJobs";

export const cli: CliMessages = {
  sheet: ({ sheet, on }) => `${on ? "on " : ""}sheet "${sheet}"`,
  csvFile: ({ on }) => (on ? "in the CSV file" : "the CSV file"),
  otherSheets: ({ sheets }) => ` (other sheets: ${sheets}; choose one with --sheet)`,
  quoted: ({ name }) => `"${name}"`,
  hidden: " (hidden)",
  at: ({ place, message }) => `${place}: ${message}`,
  because: ({ message, place, todo }) => `${message} (${place}${todo ? `: ${todo}` : ""})`,
  churnNameColumns:
    "name the columns with --last-order or --palive, or the sales per period with --periods",
  column: ({ header, letter }) => `"${header}" (${letter})`,
  columnLetter: ({ letter }) => `column ${letter}`,
  noColumn: ({ option, spec, columns }) =>
    `${option}: no column "${spec}" in the list (columns: ${columns})`,
  notes,
  tier,
  plan,
  value,
  churn,
  history,
  compliance,
};
