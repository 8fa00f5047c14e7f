/**
 * The shape of one language's message catalogue, typed once: every catalogue (src/i18n/en,
 * src/i18n/zh-CN, ...) is a `Messages`, so a missing key is a compile error.
 *
 * One namespace per feature; inside it, `sheet` holds what the product writes INTO workbooks
 * (and files such as calendars) and `pane` what it shows in the task pane.
 */
import type { RepSheetMessages } from "./repSheet";
import type { DayMessages } from "./day";
import type { ComplianceMessages } from "./compliance";
import type { HistoryMessages } from "./history";
import type { ValueClassMessages } from "./valueClass";
import type { ValueMessages } from "./value";
import type { ChurnMessages } from "./churn";
import type { TieringMessages } from "./tiering";
import type { PlanMessages } from "./plan";
import type { ColumnCueMessages } from "./columnCue";
import type { RowsMessages } from "./rows";
import type { AppMessages } from "./app";
import type { LanguageInfo } from "./language";
import type { CliMessages } from "./cli";

export type { RepSheetText, RepSheetMessages } from "./repSheet";
export type { DayMessages, DayUiText } from "./day";
export type {
  ComplianceCountHeaders,
  ComplianceInputCode,
  ComplianceMessages,
  ComplianceSheetText,
  ComplianceUiText,
} from "./compliance";
export type { HistoryMessages, HistorySheetText, HistoryUiText } from "./history";
export type { ValueClassMessages, ValueClassUiText } from "./valueClass";
export type { ValueMessages, ValueSheetText } from "./value";
export type { ChurnMessages, ChurnSheetText } from "./churn";
export type { ChurnUiText } from "./churnPane";
export type { ShareTableHead, ValueUiText } from "./valuePane";
export type { RowList, TieringMessages, TieringSheetText, TieringUiText } from "./tiering";
export type { AppMessages, AppUiText } from "./app";
export type { LanguageInfo } from "./language";
export type { PlanMessages, PlanUiText, ReasonFigures, VisitPlanSheetText } from "./plan";
export type { ColumnCueMessages, ColumnCueText } from "./columnCue";
export type { RowsMessages, RowsUiText, RowProblemText } from "./rows";
export type { CliMessages } from "./cli";

export interface Messages {
  /** The language itself: its name, tag, the Office languages it serves. */
  language: LanguageInfo;
  app: AppMessages;
  tiering: TieringMessages;
  plan: PlanMessages;
  churn: ChurnMessages;
  columnCue: ColumnCueMessages;
  value: ValueMessages;
  valueClass: ValueClassMessages;
  history: HistoryMessages;
  compliance: ComplianceMessages;
  day: DayMessages;
  repSheet: RepSheetMessages;
  rows: RowsMessages;
  /** The command line's own words around the pane's messages (`crm` errors). */
  cli: CliMessages;
}
