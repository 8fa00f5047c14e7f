/**
 * What each rep gets from a plan (issue 13 part 2), shared by the pane and the command line:
 * - one printable sheet per rep: each working day with visits is a block (title row with rep,
 *   date and hours; then the stops in order with arrive/depart, customer, address, phone,
 *   opening hours and a map link), one printed page per day (a page break before each block,
 *   landscape, the sheet's name — the rep — in the page header);
 * - one calendar (.ics) text per rep, one event per visit.
 *
 * No rule lives here: times come from the planner, links and conversions from core/plan/mapLink,
 * the calendar format from core/plan/ics.
 */
import { formulaString } from "../core/excel/formula";
import { formatClock } from "../core/plan/dayTime";
import { visitsToIcs } from "../core/plan/ics";
import { mapLink, LINK_SYSTEM, type CoordSystem, type MapProvider } from "../core/plan/mapLink";
import type { PlannedVisit, VisitPlan } from "../core/plan";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import { uniqueSheetName, type CellInput, type WriteOp } from "../host/types";

/** How map links are made and what else the rep output shows. */
export interface RepOutputOptions {
  locale: Locale;
  /** Map app of the links (default: Amap in Chinese, Google Maps in English). */
  provider?: MapProvider;
  /** Coordinate system of the list's positions (default WGS-84, what GPS and most exports give). */
  listSystem?: CoordSystem;
  /** Phone of a customer id, where the list has one. */
  phoneOf?: (customerId: PlannedVisit["customerId"]) => string | undefined;
}

/** The map app for a locale unless the user chose one. */
export function defaultProvider(locale: Locale): MapProvider {
  return locale === "zh" ? "amap" : "google";
}

/** The visits grouped by rep (first appearance) and, inside, by date (plan order). */
function byRepAndDay(plan: VisitPlan): Map<string, Map<string, PlannedVisit[]>> {
  const out = new Map<string, Map<string, PlannedVisit[]>>();
  for (const v of plan.visits) {
    let days = out.get(v.rep);
    if (!days) out.set(v.rep, (days = new Map()));
    let list = days.get(v.date);
    if (!list) days.set(v.date, (list = []));
    list.push(v);
  }
  return out;
}

/** A stop's map link, or null when it has no position. */
export function stopLink(v: PlannedVisit, o: RepOutputOptions): string | null {
  if (v.lat === null || v.lng === null) return null;
  return mapLink(
    { lat: v.lat, lng: v.lng },
    v.name,
    o.provider ?? defaultProvider(o.locale),
    o.listSystem ?? "wgs84"
  );
}

/** Where the rep sheets went. */
export interface RepSheetsLayout {
  /** Sheet name per rep (rep "" included under its display name's sheet). */
  sheets: { rep: string; sheet: string; days: number }[];
}

/**
 * The writes that add one printable sheet per rep.
 *
 * @param plan The planner's result.
 * @param sheetNames Every sheet name already taken (the workbook's and the plan's new ones).
 * @param o Language, map app, the list's coordinate system, phones.
 * @returns The ops and the sheets' names. Cost O(visits).
 * @example buildRepSheets(plan, ["Customers", "Visit plan 2025-11-03"], { locale: "en" }).layout.sheets[0].sheet // "Stops Li"
 */
export function buildRepSheets(
  plan: VisitPlan,
  sheetNames: readonly string[],
  o: RepOutputOptions
): { ops: WriteOp[]; layout: RepSheetsLayout } {
  const t = messages(o.locale).repSheet.sheet;
  const pt = messages(o.locale).plan.sheet;
  const provider = o.provider ?? defaultProvider(o.locale);
  const taken = [...sheetNames];
  const ops: WriteOp[] = [];
  const sheets: RepSheetsLayout["sheets"] = [];
  const header = [
    t.columns.stop,
    t.columns.arrive,
    t.columns.depart,
    t.columns.customer,
    t.columns.tier,
    t.columns.address,
    t.columns.phone,
    t.columns.openingHours,
    t.columns.map,
  ];
  for (const [rep, days] of byRepAndDay(plan)) {
    const repName = rep || pt.noRep;
    const sheet = uniqueSheetName(t.sheet({ rep: repName }), taken);
    taken.push(sheet);
    ops.push({ kind: "addSheet", name: sheet });
    const values: CellInput[][] = [];
    const breaks: number[] = [];
    for (const [date, stops] of days) {
      if (values.length > 0) {
        values.push([]);
        breaks.push(values.length); // the day's title starts a new page
      }
      values.push([
        t.dayTitle({
          rep: repName,
          date,
          weekday: pt.weekdays[stops[0].weekday - 1] ?? String(stops[0].weekday),
          visits: stops.length,
          from: formatClock(stops[0].arrive),
          to: formatClock(stops[stops.length - 1].depart),
        }),
      ]);
      values.push(header);
      for (const v of stops) {
        const link = stopLink(v, o);
        values.push([
          v.stop,
          formatClock(v.arrive),
          formatClock(v.depart),
          v.name,
          v.tier,
          v.address || null,
          o.phoneOf?.(v.customerId) ?? null,
          v.openingHours
            ? v.flag
              ? pt.outsideHours({ hours: v.openingHours })
              : v.openingHours
            : null,
          link
            ? { formula: `=HYPERLINK(${formulaString(link)},${formulaString(t.navigate)})` }
            : null,
        ]);
      }
    }
    values.push([]);
    values.push([
      t.coordNote({
        provider: t.providers[provider],
        system: t.systems[LINK_SYSTEM[provider]],
      }),
    ]);
    const width = header.length;
    ops.push({
      kind: "values",
      sheet,
      row: 0,
      col: 0,
      values: values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
    });
    ops.push({ kind: "autofit", sheet, col: 0, cols: width });
    ops.push({ kind: "pageSetup", sheet, landscape: true, header: "&A", pageBreaks: breaks });
    sheets.push({ rep, sheet, days: days.size });
  }
  return { ops, layout: { sheets } };
}

/** One calendar file per rep. */
export interface RepCalendar {
  rep: string;
  /** A file name safe on Windows, macOS and Linux: `<rep>.ics`. */
  fileName: string;
  text: string;
}

/**
 * The calendar files of a plan, one per rep with visits.
 *
 * @param plan The plan.
 * @param o Language, map app, coordinate system, phones; `timeZone` (IANA) of the plan's times
 * and `stamp` (ms) for DTSTAMP.
 * @returns One calendar per rep, in plan order. Cost O(visits).
 * @throws {RangeError} For an unknown time zone.
 */
export function buildRepCalendars(
  plan: VisitPlan,
  o: RepOutputOptions & { timeZone: string; stamp: number; startDate: string }
): RepCalendar[] {
  const t = messages(o.locale).repSheet.sheet;
  const noRep = messages(o.locale).plan.sheet.noRep;
  const used = new Set<string>();
  const out: RepCalendar[] = [];
  for (const [rep, days] of byRepAndDay(plan)) {
    const visits = [...days.values()].flat();
    const repName = rep || noRep;
    const safe =
      repName
        .replace(/[\\/:*?"<>|]/g, "_")
        // Control characters are not allowed in Windows file names.
        .replace(/\p{Cc}/gu, "_")
        .replace(/^\.+/, "_")
        .trim() || "rep";
    let base = safe;
    // Names differing only by case are one file on Windows and macOS.
    for (let k = 2; used.has(base.toLowerCase()); k++) base = `${safe} (${k})`;
    used.add(base.toLowerCase());
    out.push({
      rep,
      fileName: `${base}.ics`,
      text: visitsToIcs(visits, {
        timeZone: o.timeZone,
        calendarName: t.calendarName({ rep: repName, start: o.startDate }),
        stamp: o.stamp,
        mapLink: (v) => stopLink(v, o),
        details: (v) =>
          t.eventDetails({
            tier: v.tier,
            phone: o.phoneOf?.(v.customerId) ?? "",
            hours: v.openingHours,
            stop: v.stop,
          }),
      }),
    });
  }
  return out;
}
