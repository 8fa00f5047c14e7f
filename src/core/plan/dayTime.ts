/**
 * A rep's day in hours (issue 13 part 1, PRODUCT 2.13): the settings (working hours, lunch,
 * visit minutes per tier, road factor, speed), their text forms as typed in the pane and on the
 * command line, and customers' opening hours as found in a list column (营业时间 / Opening hours).
 *
 * Times of day are whole or fractional minutes from midnight (09:00 = 540), so the planner adds
 * plain numbers and the sheet divides by 1440 to get an Excel time.
 */
import type { DaySettings, TimeWindow } from "./types";

/** Minutes in a day: an Excel time is minutes / 1440. */
export const MINUTES_PER_DAY = 1440;

/** The defaults the contract names: 09:00-18:00, lunch 12:00-13:00, A 30 / B 20 / C 15, x1.3, 25 km/h. */
export const DEFAULT_DAY: DaySettings = Object.freeze({
  workStart: 9 * 60,
  workEnd: 18 * 60,
  lunch: Object.freeze([12 * 60, 13 * 60]) as TimeWindow,
  visitMinutes: Object.freeze({ A: 30, B: 20, C: 15 }),
  roadFactor: 1.3,
  speedKmh: 25,
});

/**
 * The settings with defaults filled in and every value checked.
 *
 * @param d Partial settings (undefined fields take {@link DEFAULT_DAY}'s).
 * @returns Complete settings.
 * @throws {RangeError} When hours are not ordered inside the day, the lunch is not inside the
 * working hours, a visit takes no time or more than the day, or factor/speed are not positive.
 * @example resolveDay({ workEnd: 17 * 60 }).lunch // [720, 780]
 */
export function resolveDay(d: Partial<DaySettings> = {}): DaySettings {
  const r: DaySettings = {
    workStart: d.workStart ?? DEFAULT_DAY.workStart,
    workEnd: d.workEnd ?? DEFAULT_DAY.workEnd,
    lunch: d.lunch === undefined ? DEFAULT_DAY.lunch : d.lunch,
    visitMinutes: d.visitMinutes ?? DEFAULT_DAY.visitMinutes,
    roadFactor: d.roadFactor ?? DEFAULT_DAY.roadFactor,
    speedKmh: d.speedKmh ?? DEFAULT_DAY.speedKmh,
  };
  const okTime = (v: number): boolean => Number.isFinite(v) && v >= 0 && v <= MINUTES_PER_DAY;
  if (!okTime(r.workStart) || !okTime(r.workEnd) || r.workEnd <= r.workStart)
    throw new RangeError(
      `Working hours must run forwards within one day, got ${formatRange([r.workStart, r.workEnd])}.`
    );
  if (r.lunch !== null) {
    const [a, b] = r.lunch;
    if (!okTime(a) || !okTime(b) || b <= a || a < r.workStart || b > r.workEnd)
      throw new RangeError(
        `The lunch break must lie inside the working hours ${formatRange([r.workStart, r.workEnd])}, got ${formatRange(r.lunch)}.`
      );
  }
  for (const [tier, m] of Object.entries(r.visitMinutes)) {
    if (typeof m !== "number" || !Number.isFinite(m) || m <= 0 || m > workingMinutes(r))
      throw new RangeError(
        `Visit minutes for tier "${tier}" must be more than 0 and fit in the working day, got ${String(m)}.`
      );
  }
  if (!(Number.isFinite(r.roadFactor) && r.roadFactor >= 1 && r.roadFactor <= 5))
    throw new RangeError(`The road factor must be from 1 to 5, got ${String(r.roadFactor)}.`);
  if (!(Number.isFinite(r.speedKmh) && r.speedKmh > 0 && r.speedKmh <= 200))
    throw new RangeError(
      `The speed must be more than 0 and at most 200 km/h, got ${String(r.speedKmh)}.`
    );
  return r;
}

/** Minutes of a day available for visits and travel: working hours less the lunch break. */
export function workingMinutes(d: DaySettings): number {
  const lunch = d.lunch ? d.lunch[1] - d.lunch[0] : 0;
  return d.workEnd - d.workStart - lunch;
}

/**
 * Visit minutes of a tier: the label exactly, then ignoring case and spaces (as the visit
 * policy matches); a tier without its own figure takes the longest one given, so an
 * unlisted tier never makes the day look shorter than it is.
 *
 * @example visitMinutesFor("b", { A: 30, B: 20 }) // 20
 */
export function visitMinutesFor(tier: string, minutes: Readonly<Record<string, number>>): number {
  if (Object.prototype.hasOwnProperty.call(minutes, tier)) return minutes[tier];
  const key = tier.trim().toUpperCase();
  const k = Object.keys(minutes).find((m) => m.trim().toUpperCase() === key);
  if (k !== undefined) return minutes[k];
  const all = Object.values(minutes);
  return all.length > 0 ? Math.max(...all) : 0;
}

/** Travel minutes of a straight-line distance: km x factor / speed x 60 (the contract's rule). */
export function travelMinutes(km: number, d: Pick<DaySettings, "roadFactor" | "speedKmh">): number {
  return ((km * d.roadFactor) / d.speedKmh) * 60;
}

// "8:00", "08:00", "8:00:00", "8点", "8点30", "8时30分", "0830"? (no: 4 digits are ambiguous with years)
const CLOCK = /^(\d{1,2})(?:[:：.](\d{2})(?:[:：]\d{2})?|[点时](?:(\d{1,2})分?|半)?)?$/;

/**
 * A time of day from text: `9:00`, `09:00`, `9:00:00`, `9点`, `9点30`, `9点半`, `18` (whole hour);
 * `24:00` is the end of the day.
 *
 * @returns Minutes from midnight, or `undefined` when the text is not a time of day.
 * @example parseClock("8:30") // 510
 */
export function parseClock(text: string): number | undefined {
  const t = text.trim();
  const m = CLOCK.exec(t);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min =
    m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? Number(m[3]) : /半$/.test(t) ? 30 : 0;
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

/** Dashes and words that join the two ends of a range ("-", "–", "~", "至", "到"). */
const RANGE_SEP = /\s*(?:-|–|—|~|～|至|到)\s*/;

/**
 * One interval `09:00-18:00` (also with –, ~, 至).
 *
 * @returns `[start, end]` in minutes, or `undefined` when the text is not one range that runs forwards.
 * @example parseTimeRange("12:00-13:00") // [720, 780]
 */
export function parseTimeRange(text: string): TimeWindow | undefined {
  const parts = text.trim().split(RANGE_SEP);
  if (parts.length !== 2) return undefined;
  const a = parseClock(parts[0]);
  const b = parseClock(parts[1]);
  if (a === undefined || b === undefined || b <= a) return undefined;
  return [a, b];
}

/**
 * A customer's opening hours as written in a list: one or more ranges such as `8:00-12:00` or
 * `08:00-12:00,14:00-20:00` (separated by commas, Chinese commas, semicolons, 、 or spaces);
 * `24h`, `24小时` and `全天` mean open all day; a range past midnight (`18:00-02:00`) keeps the
 * part inside the day (visits are daytime).
 *
 * @returns Sorted, merged windows; `null` for an empty cell (no constraint); `undefined` when the
 * text cannot be read (the caller reports it, never guesses).
 * @example parseOpeningHours("08:00-12:00，14:00-20:00") // [[480, 720], [840, 1200]]
 */
export function parseOpeningHours(text: unknown): TimeWindow[] | null | undefined {
  if (text === null || text === undefined) return null;
  const t = String(text).trim();
  if (t === "") return null;
  if (/^(24\s*h(ours)?|24\s*小时|全天|all\s*day)$/i.test(t)) return [[0, MINUTES_PER_DAY]];
  const out: [number, number][] = [];
  // Range dashes first become "-", so what separates ranges is then any comma, semicolon or space.
  const pieces = t
    .replace(new RegExp(RANGE_SEP.source, "g"), "-")
    .split(/[\s,，;；、/]+/)
    .filter((p) => p !== "");
  for (const piece of pieces) {
    const parts = piece.split("-");
    if (parts.length !== 2) return undefined;
    const a = parseClock(parts[0]);
    const b = parseClock(parts[1]);
    if (a === undefined || b === undefined || a === b) return undefined;
    if (b > a) out.push([a, b]);
    else out.push([a, MINUTES_PER_DAY]); // past midnight: the evening part
  }
  if (out.length === 0) return undefined;
  out.sort((p, q) => p[0] - q[0]);
  const merged: [number, number][] = [];
  for (const w of out) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/**
 * Visit minutes per tier from `A=30,B=20,C=15` (also `A:30`, Chinese commas).
 *
 * @returns The minutes by tier, or `undefined` when an entry is not `label=minutes` with minutes > 0.
 * @example parseVisitMinutes("A=30,B=20,C=15") // { A: 30, B: 20, C: 15 }
 */
export function parseVisitMinutes(text: string): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  const parts = text.split(/[,，;；]/).filter((p) => p.trim() !== "");
  if (parts.length === 0) return undefined;
  for (const p of parts) {
    const m = /^\s*([^=:：]+?)\s*[=:：]\s*(\d+(?:\.\d+)?)\s*$/.exec(p);
    if (!m || Number(m[2]) <= 0) return undefined;
    out[m[1]] = Number(m[2]);
  }
  return out;
}

/** `hh:mm` of minutes from midnight (rounded to the minute). */
export function formatClock(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** `hh:mm-hh:mm`. */
export function formatRange(w: TimeWindow): string {
  return `${formatClock(w[0])}-${formatClock(w[1])}`;
}

/** `08:00-12:00,14:00-20:00`: the canonical text of opening hours. */
export function formatOpeningHours(ws: readonly TimeWindow[]): string {
  return ws.map(formatRange).join(",");
}
