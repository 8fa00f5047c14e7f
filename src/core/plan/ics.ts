/**
 * Calendar files of a plan (issue 13 part 2): one iCalendar (RFC 5545) text per rep, one VEVENT
 * per visit with a timed start and end. The plan's times are wall-clock times in the plan's
 * time zone; events are written in UTC (`...Z`, which every phone calendar imports without a
 * VTIMEZONE) converted from that zone, and the zone is stated in X-WR-TIMEZONE.
 *
 * Pure: the zone arithmetic uses the JavaScript engine's time-zone data (Intl), no I/O.
 */
import { isoToDayNumber } from "./calendar";
import type { PlannedVisit } from "./types";
import { MS_PER_DAY } from "../excel/dates";

/**
 * Whether the engine knows an IANA time zone name ("Asia/Shanghai", "Europe/Berlin", "UTC").
 * @example isTimeZone("Asia/Shanghai") // true
 */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Offset of a zone at an instant, in ms (local wall time - UTC). */
function offsetMs(tz: string, utc: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utc));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)!.value);
  const wall = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second")
  );
  return wall - Math.floor(utc / 1000) * 1000;
}

/**
 * The UTC instant (ms) of a wall-clock time in a zone. In a daylight-saving gap the later
 * offset applies; in an overlap the earlier instant is taken.
 *
 * @param iso The date `yyyy-mm-dd`.
 * @param minutes Minutes from midnight.
 * @param tz An IANA zone.
 * @example new Date(zonedToUtc("2025-11-03", 540, "Asia/Shanghai")).toISOString() // "2025-11-03T01:00:00.000Z"
 */
export function zonedToUtc(iso: string, minutes: number, tz: string): number {
  const wall = isoToDayNumber(iso) * MS_PER_DAY + Math.round(minutes * 60) * 1000;
  let utc = wall - offsetMs(tz, wall);
  // One correction step: the offset at the first guess may differ near a transition.
  utc = wall - offsetMs(tz, utc);
  return utc;
}

/** `yyyymmddThhmmssZ` of a UTC instant. */
function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and newlines escaped in TEXT values. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n|\r/g, "\\n");
}

/**
 * RFC 5545 3.1: a content line longer than 75 octets is folded with CRLF + space, never inside
 * a UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = "";
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + n > limit) {
      out.push(cur);
      cur = "";
      octets = 0;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join("\r\n ");
}

/** Octets of a code point in UTF-8 (counted here: TextEncoder is missing in some hosts' sandboxes). */
function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** What one calendar needs besides the visits. */
export interface IcsOptions {
  /** The plan's IANA time zone (the wall-clock zone of arrive/depart). */
  readonly timeZone: string;
  /** Calendar name (X-WR-CALNAME), e.g. "Visits Li 2025-11-03". */
  readonly calendarName: string;
  /** DTSTAMP, ms since 1970 (the file's creation time; fixed in tests). */
  readonly stamp: number;
  /** The map link of a visit (null when it has no position). */
  readonly mapLink: (v: PlannedVisit) => string | null;
  /** Text lines of the description of a visit (tier, phone, ...) before the map link. */
  readonly details?: (v: PlannedVisit) => string[];
}

/**
 * The iCalendar text of some visits (one rep's): VCALENDAR with one VEVENT per visit, CRLF
 * line ends, folded at 75 octets.
 *
 * @param visits The rep's visits.
 * @param o Zone, name, stamp, map links.
 * @returns The file's text. Cost O(visits).
 * @throws {RangeError} For an unknown time zone.
 */
export function visitsToIcs(visits: readonly PlannedVisit[], o: IcsOptions): string {
  if (!isTimeZone(o.timeZone)) throw new RangeError(`Unknown time zone "${o.timeZone}".`);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//crm-addin//visit plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(o.calendarName)}`,
    `X-WR-TIMEZONE:${o.timeZone}`,
  ];
  for (const v of visits) {
    const link = o.mapLink(v);
    const desc = [...(o.details?.(v) ?? []), ...(link ? [link] : [])].join("\n");
    const uidKey = `${v.date}-${v.rep}-${v.stop}-${String(v.customerId)}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(encodeURIComponent(uidKey))}@crm-visit-plan`,
      `DTSTAMP:${utcStamp(o.stamp)}`,
      `DTSTART:${utcStamp(zonedToUtc(v.date, v.arrive, o.timeZone))}`,
      `DTEND:${utcStamp(zonedToUtc(v.date, v.depart, o.timeZone))}`,
      `SUMMARY:${escapeText(v.name)}`
    );
    if (v.address !== "") lines.push(`LOCATION:${escapeText(v.address)}`);
    if (desc !== "") lines.push(`DESCRIPTION:${escapeText(desc)}`);
    if (link) lines.push(`URL:${link}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
