/**
 * Calendar arithmetic of the planner on ISO dates (UTC day numbers, so no time zone or
 * daylight-saving surprises) and the horizon's working-day grid.
 */
import { MS_PER_DAY } from "../excel/dates";

/**
 * Days since 1970-01-01 of an ISO `yyyy-mm-dd` date.
 *
 * @param iso The date, exactly `yyyy-mm-dd`.
 * @returns The day number (negative before 1970).
 * @throws {RangeError} When the text is not a real calendar date in that form.
 * @example isoToDayNumber("1970-01-02") // 1
 */
export function isoToDayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof iso === "string" ? iso.trim() : "");
  if (!m) throw new RangeError(`"${String(iso)}" is not a date in the form yyyy-mm-dd.`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`"${iso}" is not a calendar date.`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/**
 * The ISO date of a day number.
 *
 * @param day Days since 1970-01-01.
 * @returns The `yyyy-mm-dd` text.
 * @example dayNumberToIso(0) // "1970-01-01"
 */
export function dayNumberToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * ISO weekday of a day number: 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday).
 *
 * @param day Days since 1970-01-01.
 * @returns 1..7.
 * @example isoWeekday(0) // 4
 */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The horizon's grid of working days: `weeks` x `slots` nominal days, index
 * `week * slots + slot`, in date order (`slot` orders the working weekdays by date inside each
 * 7-day block from the start date). Holidays stay in the grid, flagged, so the weekly pattern
 * keeps its shape and visits that fall on them can be moved.
 */
export interface Horizon {
  readonly weeks: number;
  /** Working days per week. */
  readonly slots: number;
  /** ISO weekday of each slot. */
  readonly slotWeekday: readonly number[];
  /** Day number of each nominal day. */
  readonly dayNumber: Int32Array;
  /** 1 where the nominal day is a holiday. */
  readonly holiday: Uint8Array;
  /** Number of nominal days that are not holidays. */
  readonly workingDays: number;
}

/**
 * Builds the horizon grid.
 *
 * @param startDay Day number of the start date.
 * @param weeks Whole weeks (>= 1).
 * @param workdays ISO weekdays (1..7), unique.
 * @param holidays Day numbers of holidays.
 * @returns The grid. Cost O(weeks x workdays + holidays).
 * @example buildHorizon(isoToDayNumber("2024-01-01"), 4, [1, 2, 3, 4, 5], new Set()).workingDays // 20
 */
export function buildHorizon(
  startDay: number,
  weeks: number,
  workdays: readonly number[],
  holidays: ReadonlySet<number>
): Horizon {
  const startWd = isoWeekday(startDay);
  // Offset of each working weekday inside a 7-day block that begins on the start date.
  const offsets = workdays
    .map((wd) => ({ wd, off: (wd - startWd + 7) % 7 }))
    .sort((a, b) => a.off - b.off);
  const slots = offsets.length;
  const dayNumber = new Int32Array(weeks * slots);
  const holiday = new Uint8Array(weeks * slots);
  let workingDays = 0;
  for (let w = 0; w < weeks; w++) {
    for (let s = 0; s < slots; s++) {
      const d = startDay + 7 * w + offsets[s].off;
      dayNumber[w * slots + s] = d;
      if (holidays.has(d)) holiday[w * slots + s] = 1;
      else workingDays++;
    }
  }
  return { weeks, slots, slotWeekday: offsets.map((o) => o.wd), dayNumber, holiday, workingDays };
}
