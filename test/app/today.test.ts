/** "Today" for the jobs' defaults (src/app/today.ts): the local calendar day, and the Monday after it. */
import { localToday, nextMonday } from "../../src/app/today";

describe("localToday", () => {
  test("the local calendar date, late evening included", () => {
    expect(localToday(new Date(2025, 9, 29, 23, 30))).toBe("2025-10-29");
    expect(localToday(new Date(2025, 0, 1, 0, 5))).toBe("2025-01-01");
  });
});

describe("nextMonday (calendar: 2025-11-03 is a Monday)", () => {
  test.each([
    ["2025-10-29", "2025-11-03"], // Wednesday
    ["2025-11-02", "2025-11-03"], // Sunday
    ["2025-11-03", "2025-11-10"], // a Monday gives the next week's
    ["2024-12-31", "2025-01-06"], // across the year (Tuesday)
  ])("%s -> %s", (today, expected) => expect(nextMonday(today)).toBe(expected));
});
