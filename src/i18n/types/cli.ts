/** Shape of the command line's own words around the pane's messages (`crm` errors and hints). */
import type { CliNoteMessages, CliPlanMessages, CliTierMessages } from "./cliCommands";
import type {
  CliChurnMessages,
  CliComplianceMessages,
  CliHistoryMessages,
  CliValueMessages,
} from "./cliJobs";

type Fmt<P> = (p: P) => string;

export interface CliMessages {
  /** Where the list is: a workbook's sheet; `on`: with its preposition ("on sheet ..."). */
  sheet: Fmt<{ sheet: string; on: boolean }>;
  /** A CSV file has no sheets (the one it is loaded into is named after the file). */
  csvFile: Fmt<{ on: boolean }>;
  /** The hint when the sheet may be the problem: the other sheets (quoted, listed by formatList), and --sheet. */
  otherSheets: Fmt<{ sheets: string }>;
  /** A sheet's name in that list. */
  quoted: Fmt<{ name: string }>;
  /** After a hidden sheet's name in that list. */
  hidden: string;
  /** A pane message about the list, after where the list is. */
  at: Fmt<{ place: string; message: string }>;
  /** A pane message, then where it happened and what to do on the command line. */
  because: Fmt<{ message: string; place: string; todo?: string }>;
  /** `crm churn` without a last-order or P(alive) column and without period columns. */
  churnNameColumns: string;
  /** A list column for messages: its header and letter ("月销售额" (H)), or its letter alone. */
  column: Fmt<{ header: string; letter: string }>;
  columnLetter: Fmt<{ letter: string }>;
  /** A column option naming no column of the list (the list's columns joined). */
  noColumn: Fmt<{ option: string; spec: string; columns: string }>;
  notes: CliNoteMessages;
  tier: CliTierMessages;
  plan: CliPlanMessages;
  value: CliValueMessages;
  churn: CliChurnMessages;
  history: CliHistoryMessages;
  compliance: CliComplianceMessages;
}
