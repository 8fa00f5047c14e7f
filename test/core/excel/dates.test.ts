import fc from "fast-check";
import {
  dateFromSerial,
  EXCEL_EPOCH_OFFSET,
  isoFromSerial,
  serialFromIso,
  serialFromDate,
  serialFromYmd,
  toSerialDay,
} from "../../../src/core/excel/dates";

// Expected values are Excel's documented serials (1900 system: 1 = 1900-01-01, 1900-03-01 = 61)
// and the 1904 system's (0 = 1904-01-01), not computed with the code under test.
describe("Excel serial dates", () => {
  test("known serials of the 1900 system", () => {
    expect(EXCEL_EPOCH_OFFSET).toBe(25569);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(serialFromYmd(2024, 1, 1)).toBe(45292);
    expect(serialFromIso("2024-01-01")).toBe(45292);
    expect(serialFromIso("1900-03-01")).toBe(61);
    expect(() => serialFromIso("2023-02-30")).toThrow(RangeError);
    expect(() => serialFromIso("2024-1-5")).toThrow(RangeError);
    expect(isoFromSerial(45292)).toBe("2024-01-01");
    expect(isoFromSerial(45292.99)).toBe("2024-01-01");
  });

  test("dates as Excel passes them: UTC instant <-> serial, time of day as the fraction", () => {
    expect(serialFromDate(new Date(Date.UTC(1970, 0, 1, 12)))).toBe(25569.5);
    expect(dateFromSerial(25569.5).toISOString()).toBe("1970-01-01T12:00:00.000Z");
    expect(dateFromSerial(61).toISOString()).toBe("1900-03-01T00:00:00.000Z");
  });

  test("the 1904 date system counts from 1904-01-01", () => {
    expect(dateFromSerial(0, true).toISOString()).toBe("1904-01-01T00:00:00.000Z");
    expect(serialFromDate(new Date(Date.UTC(1904, 0, 2)), true)).toBe(1);
  });

  test("serial -> Date -> serial round-trips to the millisecond, in both systems", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2958465 }),
        fc.nat(86_399_999),
        fc.boolean(),
        (day, ms, d1904) => {
          const serial = day + ms / 86_400_000;
          const back = serialFromDate(dateFromSerial(serial, d1904), d1904);
          expect(Math.abs(back - serial)).toBeLessThan(1e-6);
        }
      )
    );
  });

  test("toSerialDay reads a Date cell by its UTC day (hosts hand over UTC midnights)", () => {
    expect(toSerialDay(new Date(Date.UTC(2024, 0, 1)))).toBe(45292);
    expect(toSerialDay(new Date(Date.UTC(2024, 0, 1, 23, 30)))).toBe(45292);
    expect(toSerialDay(dateFromSerial(45292.75))).toBe(45292);
    expect(toSerialDay(new Date(NaN))).toBeUndefined();
  });
});
