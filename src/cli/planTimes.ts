/**
 * The `crm plan` options of the day in hours and of the reps' output (issue 13 parts 1-2):
 * parsing them into the planner's settings, and writing the calendar files of `--ics DIR`.
 */
import * as fs from "fs";
import * as path from "path";
import { buildRepCalendars, type RepOutputOptions } from "../app/repOutput";
import type { DaySettings, VisitPlan } from "../core/plan";
import { parseTimeRange, parseVisitMinutes } from "../core/plan/dayTime";
import { isTimeZone } from "../core/plan/ics";
import type { CoordSystem, MapProvider } from "../core/plan/mapLink";
import { CliError } from "./common";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";

/** The options as commander hands them over. */
export interface PlanTimeOptions {
  hours?: string;
  lunch?: string;
  visitMinutes?: string;
  speed?: string;
  roadFactor?: string;
  openingHours?: string;
  phone?: string;
  map?: string;
  coords?: string;
  ics?: string;
  timeZone?: string;
}

function numberIn(v: string, name: string, min: number, max: number, locale: Locale): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < min || n > max)
    throw new CliError(
      messages(locale).cli.plan.numberIn({ option: name, min: `${min}`, max: `${max}`, value: v }),
      2
    );
  return n;
}

/**
 * The day settings given on the command line (the planner fills in the rest with its defaults:
 * 09:00-18:00, lunch 12:00-13:00, A=30,B=20,C=15, factor 1.3, 25 km/h).
 * @throws {CliError} (usage, exit 2) for a value not in its documented form.
 */
export function parseDayOptions(o: PlanTimeOptions, locale: Locale = "en"): Partial<DaySettings> {
  const mp = messages(locale).cli.plan;
  const day: { -readonly [K in keyof DaySettings]?: DaySettings[K] } = {};
  if (o.hours !== undefined) {
    const r = parseTimeRange(o.hours);
    if (!r) throw new CliError(mp.badHours({ value: o.hours }), 2);
    [day.workStart, day.workEnd] = r;
  }
  if (o.lunch !== undefined) {
    if (/^(none|no|0|无)$/i.test(o.lunch.trim())) day.lunch = null;
    else {
      const r = parseTimeRange(o.lunch);
      if (!r) throw new CliError(mp.badLunch({ value: o.lunch }), 2);
      day.lunch = r;
    }
  }
  if (o.visitMinutes !== undefined) {
    const m = parseVisitMinutes(o.visitMinutes);
    if (!m) throw new CliError(mp.badVisitMinutes({ value: o.visitMinutes }), 2);
    day.visitMinutes = m;
  }
  if (o.speed !== undefined) day.speedKmh = numberIn(o.speed, "--speed", 1, 200, locale);
  if (o.roadFactor !== undefined)
    day.roadFactor = numberIn(o.roadFactor, "--road-factor", 1, 5, locale);
  return day;
}

/** Map app and the list's coordinate system from `--map` and `--coords`. */
export function parseMapOptions(
  o: PlanTimeOptions,
  locale: Locale = "en"
): {
  provider?: MapProvider;
  listSystem?: CoordSystem;
} {
  const mp = messages(locale).cli.plan;
  const out: { provider?: MapProvider; listSystem?: CoordSystem } = {};
  if (o.map !== undefined) {
    const m = o.map.trim().toLowerCase();
    if (m !== "amap" && m !== "google") throw new CliError(mp.badMap({ value: o.map }), 2);
    out.provider = m;
  }
  if (o.coords !== undefined) {
    const c = o.coords.trim().toLowerCase().replace(/[-_]/g, "");
    if (c !== "wgs84" && c !== "gcj02") throw new CliError(mp.badCoords({ value: o.coords }), 2);
    out.listSystem = c;
  }
  return out;
}

/** The plan's time zone: `--time-zone`, else this computer's. */
export function resolveTimeZone(o: PlanTimeOptions, locale: Locale = "en"): string {
  const tz = o.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
  if (!isTimeZone(tz)) throw new CliError(messages(locale).cli.plan.badTimeZone({ value: tz }), 2);
  return tz;
}

/**
 * Writes one `<rep>.ics` per rep directly in `dir` (created if missing).
 * @returns The paths written.
 * @throws {CliError} When the directory cannot be made or a file written.
 */
export function writeCalendars(
  plan: VisitPlan,
  dir: string,
  o: RepOutputOptions & { timeZone: string; startDate: string; stamp: number }
): string[] {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliError(messages(o.locale).cli.plan.icsFolder({ dir, error: (e as Error).message }));
  }
  return buildRepCalendars(plan, o).map((c) => {
    const file = path.join(dir, c.fileName);
    try {
      fs.writeFileSync(file, c.text, "utf8");
    } catch (e) {
      throw new CliError(
        messages(o.locale).cli.plan.icsWrite({ file, error: (e as Error).message })
      );
    }
    return file;
  });
}
