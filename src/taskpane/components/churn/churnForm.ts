/**
 * The Churn tab's form: the inputs as typed, and what they say once read (the job's options,
 * the rules of the two checks the tab shows live).
 */
import { DEFAULT_LAPSED_DAYS, DEFAULT_WIN_BACK_PROBABILITY } from "../../../core/churn";
import { DEFAULT_DECLINE_THRESHOLD, DEFAULT_TREND_WINDOW } from "../../../core/trend";
import { toSerialDay } from "../../../core/excel/dates";
import type { RoleColumns, RoleSources } from "../../../app/job";
import type { Locale } from "../../../i18n/locale";
import {
  DEFAULT_PALIVE_THRESHOLD,
  type ChurnJobRole,
  type ChurnOptions,
  type DeclineRule,
  type LapsedRule,
} from "../../../app/churnJob";

/** The inputs as typed (percentages in %). */
export interface ChurnForm {
  days: string;
  /** P(alive) threshold (%), with a P(alive) column. */
  threshold: string;
  /** As-of date (yyyy-mm-dd); "": today, or the list's latest order. */
  asOf: string;
  probability: string;
  /** Default win-back cost; "": typed per customer on the sheet. */
  cost: string;
  /** Trend window (periods). */
  window: string;
  /** Decline threshold (%, below 0). */
  decline: string;
}

export const defaultChurnForm = (): ChurnForm => ({
  days: String(DEFAULT_LAPSED_DAYS),
  threshold: String(DEFAULT_PALIVE_THRESHOLD * 100),
  asOf: "",
  probability: String(DEFAULT_WIN_BACK_PROBABILITY * 100),
  cost: "",
  window: String(DEFAULT_TREND_WINDOW),
  decline: String(DEFAULT_DECLINE_THRESHOLD * 100),
});

/** What the form says. */
export interface ReadChurnForm {
  /** The lapsed rule (days NaN while the days are invalid: no customer lapses, the day still shows). */
  lapsed: LapsedRule;
  /** The decline rule, null while its inputs are invalid. */
  decline: DeclineRule | null;
  /** The job's options, null while an input of the lapsed check or the win-back is invalid. */
  options: ChurnOptions | null;
}

const filled = (s: string) => s.trim() !== "";

/**
 * Reads the form.
 * @param form The inputs.
 * @param today Today (serial day).
 * @param hasP The list has a P(alive) column (its threshold counts).
 */
export function readChurnForm(form: ChurnForm, today: number, hasP: boolean): ReadChurnForm {
  const days = Number(form.days);
  const daysOk = filled(form.days) && Number.isInteger(days) && days >= 0;
  const p = Number(form.probability) / 100;
  const pOk = filled(form.probability) && p >= 0 && p <= 1;
  const th = Number(form.threshold) / 100;
  const thOk = !hasP || (filled(form.threshold) && th >= 0 && th <= 1);
  const cost = filled(form.cost) ? Number(form.cost.replace(/,/g, "")) : undefined;
  const costOk = cost === undefined || (Number.isFinite(cost) && cost >= 0);
  const asOf = form.asOf ? toSerialDay(form.asOf) : undefined;
  const asOfOk = form.asOf === "" || asOf !== undefined;
  const w = Number(form.window);
  const dt = Number(form.decline) / 100;
  const declineOk =
    filled(form.window) && Number.isInteger(w) && w >= 1 && filled(form.decline) && dt < 0;
  const lapsed: LapsedRule = { today, days: daysOk ? days : NaN, pAliveThreshold: th, asOf };
  const decline = declineOk ? { window: w, threshold: dt } : null;
  const ok = daysOk && pOk && thOk && costOk && asOfOk;
  return { lapsed, decline, options: ok ? { ...lapsed, probability: p, cost, decline } : null };
}

/** What the parts of the Churn tab's form share: the list's columns and the inputs, with their setters. */
export interface ChurnFormBinding {
  header: readonly string[];
  /** Sheet column of the list's first column. */
  firstCol: number;
  /** Columns of numbers (offered for the value, P(alive) and the periods). */
  numeric: readonly number[];
  columns: RoleColumns<ChurnJobRole>;
  sources: RoleSources<ChurnJobRole>;
  /** Roles asked for while they have no column. */
  asked: readonly ChurnJobRole[];
  /** Language of the column cues. */
  locale: Locale;
  onColumn: (role: ChurnJobRole, col: number | undefined) => void;
  form: ChurnForm;
  onForm: (change: Partial<ChurnForm>) => void;
}

/** A TextField's value and setter for one input of the form, with its test id (`churn-days` ...). */
export function formField(b: ChurnFormBinding, key: keyof ChurnForm, testId: string) {
  return { value: b.form[key], onChange: (v: string) => b.onForm({ [key]: v }), testId };
}
