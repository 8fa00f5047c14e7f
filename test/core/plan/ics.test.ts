/**
 * Calendar files (issue 13 part 2): produced by visitsToIcs, parsed back with an independent
 * parser (ical.js, a devDependency used only in tests), every field checked.
 */
import ICAL from "ical.js";
import { planVisits } from "../../../src/core/plan";
import { escapeText, foldLine, visitsToIcs, zonedToUtc } from "../../../src/core/plan/ics";
import { mapLink } from "../../../src/core/plan/mapLink";

const STAMP = Date.UTC(2025, 10, 1, 8, 0, 0);

describe("zone arithmetic", () => {
  test("fixed offset and daylight saving", () => {
    expect(new Date(zonedToUtc("2025-11-03", 540, "Asia/Shanghai")).toISOString()).toBe(
      "2025-11-03T01:00:00.000Z"
    );
    // Berlin: CEST (+2) on Friday 2025-10-24, CET (+1) from Sunday 2025-10-26.
    expect(new Date(zonedToUtc("2025-10-24", 540, "Europe/Berlin")).toISOString()).toBe(
      "2025-10-24T07:00:00.000Z"
    );
    expect(new Date(zonedToUtc("2025-10-27", 540, "Europe/Berlin")).toISOString()).toBe(
      "2025-10-27T08:00:00.000Z"
    );
    expect(new Date(zonedToUtc("2025-11-03", 570.5, "UTC")).toISOString()).toBe(
      "2025-11-03T09:30:30.000Z"
    );
  });
});

describe("RFC 5545 text", () => {
  test("escaping and folding at 75 octets without splitting a character", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const long = "SUMMARY:" + "上海市浦东新区".repeat(8);
    const folded = foldLine(long);
    for (const l of folded.split("\r\n"))
      expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
  });
});

describe("a rep's calendar parsed back", () => {
  const customers = [
    {
      id: 1,
      name: 'Shop "One", Ltd; est. 1999',
      tier: "A",
      rep: "Li",
      address: "1 Road,\nUnit 2",
      lat: 31.23,
      lng: 121.47,
    },
    {
      id: 2,
      name: "上海市浦东新区陆家嘴环路一千号超级便利店（旗舰店）分店",
      tier: "B",
      rep: "Li",
      address: "浦东新区陆家嘴环路1000号",
      lat: 31.24,
      lng: 121.5,
    },
    { id: 3, name: "No position", tier: "C", rep: "Li" },
  ];
  const plan = planVisits(customers, { startDate: "2025-11-03", weeks: 1, workdays: [1] });
  const link = (v: (typeof plan.visits)[number]) =>
    v.lat === null ? null : mapLink({ lat: v.lat, lng: v.lng! }, v.name, "amap", "gcj02");
  const text = visitsToIcs(plan.visits, {
    timeZone: "Asia/Shanghai",
    calendarName: "Visits Li, week 1",
    stamp: STAMP,
    mapLink: link,
    details: (v) => [`Tier ${v.tier}`],
  });

  test("CRLF line ends, lines of at most 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of text.split("\r\n"))
      expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });

  test("every visit is an event with its times, name, address and map link", () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("x-wr-timezone")).toBe("Asia/Shanghai");
    // An X- property is TEXT by default (RFC 5545 3.8.8.2), so its comma is escaped; ical.js
    // hands unknown properties back raw.
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Visits Li\\, week 1");
    const events = cal.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(plan.visits.length);
    expect(plan.visits).toHaveLength(3);
    const uids = new Set(events.map((e) => e.uid));
    expect(uids.size).toBe(3);
    plan.visits.forEach((v, k) => {
      const e = events[k];
      expect(e.summary).toBe(v.name);
      // Shanghai is UTC+8 all year: wall minutes - 480.
      const start = Date.UTC(2025, 10, 3, 0, 0) + (v.arrive - 480) * 60_000;
      const end = Date.UTC(2025, 10, 3, 0, 0) + (v.depart - 480) * 60_000;
      expect(e.startDate.toJSDate().getTime()).toBe(start);
      expect(e.endDate.toJSDate().getTime()).toBe(end);
      expect(e.startDate.isDate).toBe(false);
      expect(e.location ?? "").toBe(v.address);
      const url = link(v);
      if (url) {
        expect(e.description).toBe(`Tier ${v.tier}\n${url}`);
        expect(e.component.getFirstPropertyValue("url")).toBe(url);
      } else expect(e.description).toBe(`Tier ${v.tier}`);
      expect((e.component.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().getTime()).toBe(
        STAMP
      );
    });
  });

  test("an unknown zone is refused", () => {
    expect(() =>
      visitsToIcs(plan.visits, {
        timeZone: "Mars/Base",
        calendarName: "x",
        stamp: STAMP,
        mapLink: () => null,
      })
    ).toThrow(/time zone/);
  });
});
