/**
 * "Today" for the jobs' defaults (the churn count's day, the plan's start, the visit log's
 * as-of): the local calendar date where the user is, as ISO yyyy-mm-dd, one source for the pane
 * and the command line. Tests pass a fixed day instead.
 */
import { dayNumberToIso, isoToDayNumber, isoWeekday } from "../core/plan/calendar";

/**
 * Today's local calendar date.
 * @param now The instant (default: the computer's clock).
 * @returns yyyy-mm-dd.
 * @example localToday(new Date(2025, 9, 29, 23, 30)) // "2025-10-29"
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The Monday after `today` (a Monday gives the next week's Monday): a plan's default start.
 * @param today yyyy-mm-dd.
 * @returns yyyy-mm-dd.
 * @example nextMonday("2025-10-29") // "2025-11-03"
 */
export function nextMonday(today: string): string {
  const d = isoToDayNumber(today);
  return dayNumberToIso(d + (8 - isoWeekday(d)));
}
