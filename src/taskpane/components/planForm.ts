/**
 * The Visit plan tab's form logic, kept out of the components so it is tested directly: the
 * form's fields and what they say (errors, the job's options), the default start date, the holiday text, the per-rep start points, the
 * tier labels the policy editor shows. No planning rule lives here (that is core/plan).
 */
import { isoToDayNumber, parseLatLng, type LatLng } from "../../core/plan";
import { DEFAULT_LABELS } from "../../core/tier";
import type { ListSnapshot } from "../../host/types";
import { DEFAULT_CAPACITY, DEFAULT_WEEKS, DEFAULT_WORKDAYS } from "../../core/plan";
import { DEFAULT_VISIT_POLICY, visitsForTier } from "../../core/visitPolicy";
import type { RoleColumns } from "../../app/job";
import { nextMonday } from "../../app/today";
import { cellText } from "../../core/excel/cell";
import type { PlanJobOptions, PlanRole } from "../../app/planningJob";
import type { Locale } from "../../i18n/locale";
import { formatList, messages } from "../../i18n/messages";
import { defaultDayForm, readDayForm, type DayForm } from "./DaySettingsFields";

/** A date text as ISO: yyyy-mm-dd, also yyyy/m/d and yyyy.m.d; null when it is not a real date. */
export function isoDate(text: string): string | null {
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  try {
    isoToDayNumber(iso);
    return iso;
  } catch {
    return null;
  }
}

/**
 * Holidays from the textarea: one date per line; blank lines and "# comments" are ignored;
 * several dates on a line may be separated by commas or spaces.
 * @param text The textarea's content.
 * @returns The ISO dates (sorted, distinct) and the 1-based lines that hold something else.
 */
export function parseHolidays(text: string): {
  dates: string[];
  badLines: { line: number; text: string }[];
} {
  const dates = new Set<string>();
  const badLines: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") return;
    const parts = line.split(/[\s,，;；]+/).filter((p) => p !== "");
    const isos = parts.map(isoDate);
    if (isos.some((d) => d === null)) badLines.push({ line: i + 1, text: line });
    else isos.forEach((d) => dates.add(d!));
  });
  return { dates: [...dates].sort(), badLines };
}

/**
 * Start points typed per rep ("lat,lng"); empty entries mean "no start point".
 * @param entries Text per rep name.
 * @returns The parsed points and the entries that are not coordinates.
 */
export function parseRepStarts(entries: Readonly<Record<string, string>>): {
  starts: Record<string, LatLng>;
  bad: { rep: string; value: string }[];
} {
  const starts: Record<string, LatLng> = {};
  const bad: { rep: string; value: string }[] = [];
  for (const [rep, value] of Object.entries(entries)) {
    if (value.trim() === "") continue;
    const p = parseLatLng(value);
    if (p) starts[rep] = p;
    else bad.push({ rep, value });
  }
  return { starts, bad };
}

/**
 * The reps of the list in order of first appearance ("" when there is no rep column or a row
 * has no rep: the planner's rep of customers without one).
 * @param snapshot The list.
 * @param repCol Rep column, or undefined.
 * @returns Distinct rep names. Cost O(rows).
 */
export function repsOf(snapshot: ListSnapshot, repCol: number | undefined): string[] {
  if (repCol === undefined) return [""];
  const seen = new Set<string>();
  for (const r of snapshot.rows) {
    if (r.every((v) => v === null || v === "")) continue;
    seen.add(cellText(r[repCol]));
  }
  return [...seen];
}

/** At most this many tier labels get a policy field (a column with more is not a tier column). */
export const MAX_POLICY_LABELS = 10;

/**
 * The tier labels the policy editor shows: the default labels when tiers are computed from
 * sales, else the distinct labels of the tier column (A, B, C first, in label order).
 * @param snapshot The list.
 * @param tierCol Tier column, or undefined (tiers computed from sales).
 * @returns Up to {@link MAX_POLICY_LABELS} labels.
 */
export function tierLabels(snapshot: ListSnapshot, tierCol: number | undefined): string[] {
  if (tierCol === undefined) return [...DEFAULT_LABELS];
  const seen = new Set<string>();
  for (const r of snapshot.rows) {
    const t = cellText(r[tierCol]);
    if (t !== "") seen.add(t);
    if (seen.size > 4 * MAX_POLICY_LABELS) break;
  }
  return [...seen].sort((a, b) => a.localeCompare(b, "en")).slice(0, MAX_POLICY_LABELS);
}

/** The Visit plan tab's fields as typed. */
export interface PlanForm {
  startDate: string;
  weeks: number;
  workdays: number[];
  holidaysText: string;
  capacity: number;
  /** Visits per cycle by tier label, as set by the user (labels not set: the default policy's). */
  policy: Record<string, number>;
  /** Start point text per rep. */
  starts: Record<string, string>;
  day: DayForm;
}

/** The fields' starting values: the next Monday, the planner's defaults. */
export function defaultPlanForm(today: string, locale: Locale): PlanForm {
  return {
    startDate: nextMonday(today),
    weeks: DEFAULT_WEEKS,
    workdays: [...DEFAULT_WORKDAYS],
    holidaysText: "",
    capacity: DEFAULT_CAPACITY,
    policy: { ...DEFAULT_VISIT_POLICY },
    starts: {},
    day: defaultDayForm(locale),
  };
}

/** Visits per cycle for a label the user has not set: the default policy's, else 1 (the least a visited tier gets). */
const defaultVisits = (label: string): number => visitsForTier(label, DEFAULT_VISIT_POLICY) ?? 1;

/** The policy of the labels shown: the user's numbers, the defaults for the others. */
export function policyFor(form: PlanForm, labels: readonly string[]): Record<string, number> {
  return Object.fromEntries(labels.map((l) => [l, form.policy[l] ?? defaultVisits(l)]));
}

/** Field-level errors (shown under the fields as the user types; they also block Generate). */
export type PlanFieldErrors = Partial<
  Record<"start" | "weeks" | "capacity" | "workdays" | "holidays" | keyof DayForm, string>
>;

/**
 * What the form says: its field errors, and, when every field reads, the job's options for the
 * list's tier labels.
 * @param form The fields.
 * @param locale The pane's language (messages, day settings).
 * @param labels The tier labels of the list (see `tierLabels`).
 */
export function readPlanForm(
  form: PlanForm,
  locale: Locale,
  labels: readonly string[]
): { errors: PlanFieldErrors; problems: string[]; options: PlanJobOptions | null } {
  const pt = messages(locale).plan.pane;
  const dayRead = readDayForm(form.day, locale);
  const holidays = parseHolidays(form.holidaysText);
  const startIso = isoDate(form.startDate);
  const { weeks, capacity } = form;
  const errors: PlanFieldErrors = {
    start: startIso ? undefined : pt.errors.badStartDate({ value: form.startDate }),
    weeks: Number.isInteger(weeks) && weeks >= 1 && weeks <= 104 ? undefined : pt.errors.badWeeks,
    capacity:
      Number.isInteger(capacity) && capacity >= 1 && capacity <= 1000
        ? undefined
        : pt.errors.badCapacity,
    workdays: form.workdays.length > 0 ? undefined : pt.errors.noWorkdays,
    ...dayRead.errors,
    holidays:
      holidays.badLines.length > 0
        ? pt.errors.badHolidays({
            lines: formatList(
              locale,
              holidays.badLines.map((b) => `${b.line}: "${b.text}"`)
            ),
          })
        : undefined,
  };
  const problems = Object.values(errors).filter((e): e is string => !!e);
  const policy = policyFor(form, labels);
  for (const l of labels)
    if (!(Number.isFinite(policy[l]) && policy[l] >= 0))
      problems.push(pt.errors.badPolicy({ label: l }));
  const starts = parseRepStarts(form.starts);
  for (const b of starts.bad)
    problems.push(pt.errors.badStartPoint({ rep: b.rep || pt.noRep, value: b.value }));
  const options: PlanJobOptions | null =
    problems.length === 0 && startIso
      ? {
          startDate: startIso,
          weeks,
          workdays: form.workdays,
          holidays: holidays.dates,
          capacity,
          day: dayRead.day ?? undefined,
          policy,
          repStarts: starts.starts,
          repOutput: { provider: form.day.provider, listSystem: form.day.coords },
        }
      : null;
  return { errors, problems, options };
}

/** What blocks Generate in the column choice: no customer column, no tier source. */
export function planColumnProblems(columns: RoleColumns<PlanRole>, locale: Locale): string[] {
  const pt = messages(locale).plan.pane;
  const out: string[] = [];
  if (columns.customer === undefined) out.push(pt.errors.noCustomerColumn);
  if (columns.tier === undefined && columns.sales === undefined) out.push(pt.errors.noTierSource);
  return out;
}
