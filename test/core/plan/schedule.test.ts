/**
 * scheduleRep's last step: customers held back because the rep's minutes are short take the
 * room left on the days, and are passed over only when no day has room for them.
 */
import { buildHorizon, isoToDayNumber } from "../../../src/core/plan/calendar";
import { scheduleRep } from "../../../src/core/plan/schedule";

const week = buildHorizon(isoToDayNumber("2024-06-03"), 1, [1, 2, 3, 4, 5], new Set());

function problem(weight: number[]) {
  return {
    required: weight.map(() => 1),
    x: weight.map(() => 0),
    y: weight.map(() => 0),
    hasXY: weight.map(() => 0),
    area: weight.map(() => ""),
    capacity: Infinity,
    weight,
    dayMinutes: 100,
    horizon: week,
  };
}

function minutesPerDay(days: number[][], weight: number[]): number[] {
  const out = new Array<number>(5).fill(0);
  days.forEach((ds, i) => ds.forEach((d) => (out[d] += weight[i])));
  return out;
}

describe("scheduleRep, customers held back when the minutes are short", () => {
  it("gives a held-back customer the room a day has left", () => {
    // 505 minutes asked of 5 x 100: the last 35-minute customer is held back. Six 60-minute
    // visits cannot share a day, so one day keeps 40 minutes free after the kept 35 lands on
    // another: the held-back 35 takes a day at 60 (95 <= 100).
    const weight = [60, 60, 60, 60, 60, 60, 75, 35, 35];
    const days = scheduleRep(problem(weight));
    expect(days[8]).toHaveLength(1);
    expect(days[7]).toHaveLength(1);
    expect(days[8][0]).not.toBe(days[7][0]);
    for (const m of minutesPerDay(days, weight)) expect(m).toBeLessThanOrEqual(100);
  });

  it("passes over held-back customers no day has room for, and places a smaller one after them", () => {
    // 5 x 95 minutes kept; held back: 30 and 20 (no day has room), then 5 (fits: 100).
    const weight = [95, 95, 95, 95, 95, 30, 20, 5];
    const days = scheduleRep(problem(weight));
    expect(days.slice(0, 5).map((d) => d.length)).toEqual([1, 1, 1, 1, 1]);
    expect(days[5]).toEqual([]);
    expect(days[6]).toEqual([]);
    expect(days[7]).toHaveLength(1);
    for (const m of minutesPerDay(days, weight)) expect(m).toBeLessThanOrEqual(100);
  });
});
