import {
  buildHorizon,
  dayNumberToIso,
  isoToDayNumber,
  isoWeekday,
} from "../../../src/core/plan/calendar";
import { haversineKm, parseLatLng } from "../../../src/core/plan/geo";
import { requiredVisits, weekPhases } from "../../../src/core/plan/required";

describe("dates", () => {
  it("knows weekdays and round-trips", () => {
    expect(isoWeekday(isoToDayNumber("2024-06-03"))).toBe(1); // a Monday
    expect(isoWeekday(isoToDayNumber("2024-06-09"))).toBe(7); // a Sunday
    expect(dayNumberToIso(isoToDayNumber("2024-02-29"))).toBe("2024-02-29");
  });
  it("rejects non-dates", () => {
    expect(() => isoToDayNumber("2023-02-29")).toThrow(RangeError);
    expect(() => isoToDayNumber("3/6/2024")).toThrow(RangeError);
  });
  it("builds the working-day grid from a mid-week start", () => {
    // Start Wednesday 2024-06-05: each week block runs Wed..Tue, so slots are Wed Thu Fri Mon Tue.
    const h = buildHorizon(
      isoToDayNumber("2024-06-05"),
      2,
      [1, 2, 3, 4, 5],
      new Set([isoToDayNumber("2024-06-10")])
    );
    expect(h.slotWeekday).toEqual([3, 4, 5, 1, 2]);
    expect(dayNumberToIso(h.dayNumber[3])).toBe("2024-06-10");
    expect(h.holiday[3]).toBe(1);
    expect(h.workingDays).toBe(9);
  });
});

describe("positions", () => {
  it("parses combined lat,lng cells", () => {
    expect(parseLatLng("31.23,121.47")).toEqual({ lat: 31.23, lng: 121.47 });
    expect(parseLatLng(" 31.23 , 121.47 ")).toEqual({ lat: 31.23, lng: 121.47 });
    expect(parseLatLng("31.23，121.47")).toEqual({ lat: 31.23, lng: 121.47 });
    expect(parseLatLng("(-33.9 151.2)")).toEqual({ lat: -33.9, lng: 151.2 });
    expect(parseLatLng("121.47")).toBeUndefined();
    expect(parseLatLng("91,10")).toBeUndefined();
    expect(parseLatLng("0,0")).toBeUndefined();
    expect(parseLatLng("abc,def")).toBeUndefined();
    expect(parseLatLng(42)).toBeUndefined();
  });
  it("measures haversine distances", () => {
    // One degree along the equator = 2 pi R / 360 with R = 6371.0088 km.
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo((2 * Math.PI * 6371.0088) / 360, 6);
    // Pole to pole = pi R.
    expect(haversineKm(90, 0, -90, 0)).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});

describe("required visits and phases", () => {
  it("scales the 4-week policy to the horizon (round, at least 1)", () => {
    // By hand: 6 weeks -> A 4*1.5=6, B 2*1.5=3, C 1*1.5=1.5 -> 2; 1 week -> A 1, B 0.5 -> 1, C 0.25 -> 1.
    expect([4, 2, 1].map((v) => requiredVisits(v, 6))).toEqual([6, 3, 2]);
    expect([4, 2, 1].map((v) => requiredVisits(v, 1))).toEqual([1, 1, 1]);
    expect([4, 2, 1].map((v) => requiredVisits(v, 4))).toEqual([4, 2, 1]);
    expect(requiredVisits(0, 4)).toBe(0);
  });
  it("spaces phases evenly", () => {
    expect(weekPhases(4, 4)).toEqual([[0, 1, 2, 3]]);
    expect(weekPhases(2, 4)).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(weekPhases(1, 4)).toEqual([[0], [1], [2], [3]]);
    expect(weekPhases(2, 6)).toEqual([
      [0, 3],
      [1, 4],
      [2, 5],
    ]);
  });
});
