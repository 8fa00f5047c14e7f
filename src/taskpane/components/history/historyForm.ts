/**
 * The Order history tab's form logic, kept out of the components: the settings as typed, what
 * the job takes from them, and what blocks the write in plain words.
 */
import { toSerialDay } from "../../../core/excel/dates";
import {
  HISTORY_DEFAULTS,
  historyProblems,
  previewOrders,
  type HistoryOptions,
  type OrderPreview,
} from "../../../app/history";
import { chosenOrderColumns } from "../../../app/historyJob";
import type { JobList } from "../../hooks/useListJob";
import type { OrderRole } from "../../../app/historyJob";
import type { Locale } from "../../../i18n/locale";
import { messages } from "../../../i18n/messages";

/** The settings as the form holds them (dates as typed, percentages). */
export interface HistoryForm {
  asOfText: string;
  holdoutText: string;
  months: number;
  discountPct: number;
  marginPct: number;
  periodDays: number;
}

export const DEFAULT_HISTORY_FORM: HistoryForm = {
  asOfText: "",
  holdoutText: "",
  months: HISTORY_DEFAULTS.months,
  discountPct: HISTORY_DEFAULTS.monthlyDiscount * 100,
  marginPct: HISTORY_DEFAULTS.margin * 100,
  periodDays: HISTORY_DEFAULTS.periodDays,
};

/** The form showing remembered settings. */
export function restoredHistoryForm(f: HistoryForm, o: Partial<HistoryOptions>): HistoryForm {
  return {
    ...f,
    months: o.months ?? f.months,
    discountPct: o.monthlyDiscount !== undefined ? o.monthlyDiscount * 100 : f.discountPct,
    marginPct: o.margin !== undefined ? o.margin * 100 : f.marginPct,
    periodDays: o.periodDays ?? f.periodDays,
  };
}

/** A date field: undefined when empty, null when it is not a date (reported, never guessed). */
const dateOf = (text: string): number | undefined | null =>
  text.trim() === "" ? undefined : (toSerialDay(text.trim()) ?? null);

/** The job's options of the form, and the date fields as read. */
export function readHistoryForm(f: HistoryForm): {
  options: HistoryOptions;
  asOf: number | undefined | null;
  holdoutEnd: number | undefined | null;
} {
  const asOf = dateOf(f.asOfText);
  const holdoutEnd = dateOf(f.holdoutText);
  return {
    asOf,
    holdoutEnd,
    options: {
      asOf: asOf ?? undefined,
      holdoutEnd: holdoutEnd ?? undefined,
      months: f.months,
      monthlyDiscount: f.discountPct / 100,
      margin: f.marginPct / 100,
      periodDays: f.periodDays,
    },
  };
}

/** The counts of the chosen columns under the form's dates; null without three distinct columns. */
export function historyPreview(
  list: JobList<OrderRole, undefined>,
  f: HistoryForm
): OrderPreview | null {
  const c = chosenOrderColumns(list.columns);
  const { options } = readHistoryForm(f);
  return c
    ? previewOrders(list.snapshot, c, { asOf: options.asOf, holdoutEnd: options.holdoutEnd })
    : null;
}

/** Everything that blocks the write, in plain words (empty: good to go). */
export function historyProblemLines(
  locale: Locale,
  f: HistoryForm,
  list: JobList<OrderRole, undefined> | null,
  preview: OrderPreview | null
): string[] {
  const ht = messages(locale).history.pane;
  const { asOf, holdoutEnd, options } = readHistoryForm(f);
  const out: string[] = [];
  if (asOf === null) out.push(ht.badDate({ field: ht.asOf, value: f.asOfText }));
  if (holdoutEnd === null) out.push(ht.badDate({ field: ht.holdoutEnd, value: f.holdoutText }));
  if (!list) return out;
  if (!chosenOrderColumns(list.columns) || !preview) return [...out, ht.problems.badColumns];
  for (const code of historyProblems(preview, options)) {
    if (code === "badRows") {
      const lines = preview.issues.map((i) => ht.issue(i)).join("; ");
      out.push(
        ht.badRows({
          count: preview.issueCount,
          list: preview.issueCount > preview.issues.length ? `${lines}; …` : lines,
        })
      );
    } else out.push(ht.problems[code]);
  }
  return out;
}
