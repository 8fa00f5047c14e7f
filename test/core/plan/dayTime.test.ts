/**
 * The day in hours (issue 13 part 1): settings parsing, timing rules, and hand-worked plans
 * with the contract's defaults (09:00-18:00, lunch 12:00-13:00, A 30 / B 20 / C 15, x1.3, 25 km/h).
 */
import {
  DEFAULT_DAY,
  parseClock,
  parseOpeningHours,
  parseTimeRange,
  parseVisitMinutes,
  resolveDay,
  visitMinutesFor,
  formatOpeningHours,
} from "../../../src/core/plan/dayTime";
import { timeStops } from "../../../src/core/plan/timing";
import { planVisits } from "../../../src/core/plan";

describe("settings", () => {
  test("the contract's defaults", () => {
    expect(DEFAULT_DAY).toEqual({
      workStart: 540,
      workEnd: 1080,
      lunch: [720, 780],
      visitMinutes: { A: 30, B: 20, C: 15 },
      roadFactor: 1.3,
      speedKmh: 25,
    });
  });

  test("clock and range forms", () => {
    expect(parseClock("8:00")).toBe(480);
    expect(parseClock("08:05")).toBe(485);
    expect(parseClock("9点半")).toBe(570);
    expect(parseClock("24:00")).toBe(1440);
    expect(parseClock("25:00")).toBeUndefined();
    expect(parseClock("9:75")).toBeUndefined();
    expect(parseTimeRange("09:00-18:00")).toEqual([540, 1080]);
    expect(parseTimeRange("12:00 ~ 13:30")).toEqual([720, 810]);
    expect(parseTimeRange("18:00-09:00")).toBeUndefined();
    expect(parseTimeRange("noon")).toBeUndefined();
  });

  test("opening hours as lists write them", () => {
    expect(parseOpeningHours("8:00-12:00")).toEqual([[480, 720]]);
    expect(parseOpeningHours("08:00-12:00,14:00-20:00")).toEqual([
      [480, 720],
      [840, 1200],
    ]);
    expect(parseOpeningHours("14:00-20:00；08:00-12:00")).toEqual([
      [480, 720],
      [840, 1200],
    ]);
    expect(parseOpeningHours("8:00 - 12:00 14:00 - 20:00")).toEqual([
      [480, 720],
      [840, 1200],
    ]);
    expect(parseOpeningHours("9:00至21:00")).toEqual([[540, 1260]]);
    expect(parseOpeningHours("8:00-12:00, 11:00-13:00")).toEqual([[480, 780]]); // overlaps merge
    expect(parseOpeningHours("18:00-02:00")).toEqual([[1080, 1440]]);
    expect(parseOpeningHours("24小时")).toEqual([[0, 1440]]);
    expect(parseOpeningHours("")).toBeNull();
    expect(parseOpeningHours(null)).toBeNull();
    expect(parseOpeningHours("closed Mondays")).toBeUndefined();
    expect(parseOpeningHours("8:00")).toBeUndefined();
    expect(formatOpeningHours(parseOpeningHours("8:00-12:00,14:00-20:00")!)).toBe(
      "08:00-12:00,14:00-20:00"
    );
  });

  test("visit minutes per tier", () => {
    expect(parseVisitMinutes("A=30,B=20,C=15")).toEqual({ A: 30, B: 20, C: 15 });
    expect(parseVisitMinutes("A:45，B:25")).toEqual({ A: 45, B: 25 });
    expect(parseVisitMinutes("A=0")).toBeUndefined();
    expect(parseVisitMinutes("A")).toBeUndefined();
    expect(visitMinutesFor(" a ", { A: 30, B: 20 })).toBe(30);
    expect(visitMinutesFor("D", { A: 30, B: 20 })).toBe(30); // unlisted: the longest
  });

  test("bad settings are refused with the reason", () => {
    expect(() => resolveDay({ workStart: 1080, workEnd: 540 })).toThrow(/Working hours/);
    expect(() => resolveDay({ lunch: [480, 540] })).toThrow(/lunch/);
    expect(() => resolveDay({ visitMinutes: { A: 0 } })).toThrow(/Visit minutes/);
    expect(() => resolveDay({ speedKmh: 0 })).toThrow(/speed/);
    expect(() => resolveDay({ roadFactor: 0.5 })).toThrow(/road factor/);
  });
});

describe("timing a day", () => {
  const day = { workStart: 540, workEnd: 1080, lunch: [720, 780] as const };
  test("travel, waiting for the opening, and lunch", () => {
    const t = timeStops(
      [
        { travel: 0, minutes: 30 },
        { travel: 10, minutes: 20, windows: [[600, 660]] }, // ready 09:40, opens 10:00
        { travel: 100, minutes: 30 }, // ready 11:40: 30 min would cross 12:00 -> 13:00
        {
          travel: 5,
          minutes: 15,
          windows: [
            [480, 720],
            [840, 1200],
          ],
        }, // ready 13:35 -> 14:00
      ],
      day
    );
    expect(t).toEqual([
      { arrive: 540, depart: 570, inHours: true },
      { arrive: 600, depart: 620, inHours: true },
      { arrive: 780, depart: 810, inHours: true },
      { arrive: 840, depart: 855, inHours: true },
    ]);
  });

  test("a window after the working day is not met", () => {
    const t = timeStops([{ travel: 0, minutes: 30, windows: [[1060, 1200]] }], day);
    expect(t).toEqual([{ arrive: 540, depart: 570, inHours: false }]);
  });

  test("a window that cannot be met is reported, the visit is not moved into lunch", () => {
    const t = timeStops([{ travel: 0, minutes: 30, windows: [[700, 740]] }], {
      ...day,
      workStart: 700,
    });
    expect(t).toEqual([{ arrive: 780, depart: 810, inHours: false }]);
  });
});

describe("plans in hours (defaults)", () => {
  // 1 km north of each other near Shanghai: 1 km of latitude = 1/111.195 degrees (haversine, R = 6371.0088).
  const KM = 1 / ((6371.0088 * Math.PI) / 180);
  test("arrive, depart and travel of a two-stop day", () => {
    const plan = planVisits(
      [
        { id: 1, name: "North", tier: "A", lat: 31 + KM, lng: 121.5 },
        { id: 2, name: "South", tier: "B", lat: 31, lng: 121.5 },
      ],
      { startDate: "2024-06-03", weeks: 1, workdays: [1] }
    );
    // Both directions are equally short; travel 1 km x 1.3 / 25 km/h = 3.12 min to the second.
    const [first, second] = plan.visits;
    const minutes = (v: typeof first) => (v.tier === "A" ? 30 : 20);
    expect([first.arrive, first.depart, first.travelMin]).toEqual([540, 540 + minutes(first), 0]);
    expect(second.travelMin).toBeCloseTo(3.12, 9);
    expect(second.arrive).toBe(Math.ceil(first.depart + 3.12)); // visits start on whole minutes
    expect(second.depart).toBeCloseTo(second.arrive + minutes(second), 9);
    expect(plan.days[0]).toMatchObject({ start: 540, end: 594, workMin: 50 });
    expect(plan.days[0].travelMin).toBeCloseTo(3.12, 6);
    expect(plan.totals.longestDay).toEqual({ rep: "", date: "2024-06-03", hours: 0.89 });
  });

  test("a day holds its working time: 16 half-hour visits, the rest reported", () => {
    const customers = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, tier: "A" }));
    const plan = planVisits(customers, { startDate: "2024-06-03", weeks: 1, workdays: [1] });
    expect(plan.visits).toHaveLength(16);
    expect(plan.visits.map((v) => v.arrive).slice(5, 8)).toEqual([690, 780, 810]); // lunch skipped
    expect(plan.visits[15].depart).toBe(1080);
    expect(plan.unscheduled.map((u) => [u.customerId, u.code])).toEqual(
      [17, 18, 19, 20].map((id) => [id, "CAPACITY"])
    );
    expect(plan.unscheduled[0].reason).toMatch(/09:00-18:00 \(lunch 12:00-13:00\)/);
  });

  test("the visits-per-day cap stays as an option", () => {
    const customers = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, tier: "C" }));
    const plan = planVisits(customers, {
      startDate: "2024-06-03",
      weeks: 1,
      workdays: [1],
      capacity: 5,
    });
    expect(plan.visits).toHaveLength(5);
    expect(plan.unscheduled[0].reason).toMatch(/at most 5 visits/);
  });

  test("opening hours reorder the day; an impossible window is flagged in the row", () => {
    const customers = [
      { id: 1, name: "West", tier: "A", lat: 31, lng: 121.5 },
      {
        id: 2,
        name: "Mid",
        tier: "A",
        lat: 31 + KM,
        lng: 121.5,
        openingHours: [[840, 1200]] as const,
      },
      { id: 3, name: "East", tier: "A", lat: 31 + 2 * KM, lng: 121.5 },
      { id: 4, name: "Night", tier: "A", openingHours: [[1260, 1380]] as const },
    ];
    const plan = planVisits(customers, { startDate: "2024-06-03", weeks: 1, workdays: [1] });
    const byName = new Map(plan.visits.map((v) => [v.name, v]));
    expect(byName.get("Mid")!.arrive).toBeGreaterThanOrEqual(840);
    expect(byName.get("Mid")!.flag).toBeNull();
    expect(byName.get("Night")!.flag).toBe("OUTSIDE_HOURS");
    expect(plan.visits.filter((v) => v.flag !== null)).toHaveLength(1);
  });

  test("options are checked", () => {
    expect(() =>
      planVisits([], { startDate: "2024-06-03", day: { workStart: 600, workEnd: 500 } })
    ).toThrow(/Working hours/);
  });
});
