/** Loads the CDNOW fixtures (test/fixtures/cdnow, see its README) for the history tests. */
import * as fs from "fs";
import * as path from "path";
import { rfmSummary, RfmSummary } from "../src/core/history/rfm";
import { simulateOrderHistory } from "../src/core/history/simulate";

const DIR = path.join(__dirname, "..", "test", "fixtures", "cdnow");

/** Excel serial of a yyyymmdd integer, computed independently of the code under test. */
export function serialOf(yyyymmdd: number): number {
  const y = Math.floor(yyyymmdd / 10000);
  const m = Math.floor(yyyymmdd / 100) % 100;
  const d = yyyymmdd % 100;
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export interface RawLine {
  id: number;
  ymd: number;
  dollars: number;
}

export function loadRaw(): RawLine[] {
  return fs
    .readFileSync(path.join(DIR, "CDNOW_sample.txt"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const f = l.trim().split(/\s+/);
      return { id: Number(f[1]), ymd: Number(f[2]), dollars: Number(f[4]) };
    });
}

export interface Summary {
  id: number[];
  x: number[];
  tx: number[];
  T: number[];
  zbar: number[];
}

export function loadSummary(): Summary {
  const rows = fs
    .readFileSync(path.join(DIR, "cdnow_summary_2357.csv"), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => l.split(",").map(Number));
  return {
    id: rows.map((r) => r[0]),
    x: rows.map((r) => r[1]),
    tx: rows.map((r) => r[2]),
    T: rows.map((r) => r[3]),
    zbar: rows.map((r) => r[4]),
  };
}

/** The published BG/NBD fit on the CDNOW summary (Fader, Hardie & Lee 2005). */
export const PUBLISHED_BG = { r: 0.2426, alpha: 4.414, a: 0.7929, b: 2.426, ll: -9582.43 };
/** The published Gamma-Gamma fit (Fader, Hardie & Lee 2005b / Fader & Hardie's note). */
export const PUBLISHED_GG = { p: 6.249, q: 3.745, gamma: 15.45, customers: 946 };

/** |a - b| within 3 significant digits of b (half a unit in the third digit). */
export function sameTo3(a: number, b: number): boolean {
  const unit = Math.pow(10, Math.floor(Math.log10(Math.abs(b))) - 2);
  return Math.abs(a - b) <= 0.5 * unit;
}

/** Size of the full CDNOW cohort the sample is 1/10 of (Fader, Hardie & Lee 2005). */
export const CDNOW_FULL_CUSTOMERS = 23_570;

/**
 * A stand-in for the full CDNOW order history, which is not shipped: 23,570 customers drawn
 * from the published BG/NBD and Gamma-Gamma fits, first purchases spread over 1997 Q1 as in
 * CDNOW, orders in whole days up to the calibration end 1997-09-30, summarised the way
 * CRM.RFM does (weeks). Fixed seed: the same customers on every run.
 * @param seed PRNG seed (the benchmark and the tests use 1997 unless they say otherwise).
 * @returns The RFM summary of the simulated orders.
 */
export function simulatedFullCdnow(seed = 1997): RfmSummary {
  const { r, alpha, a, b } = PUBLISHED_BG;
  const { p, q, gamma } = PUBLISHED_GG;
  const orders = simulateOrderHistory(
    { r, alpha, a, b },
    { p, q, gamma },
    {
      customers: CDNOW_FULL_CUSTOMERS,
      firstDay: serialOf(19970101),
      firstDays: 90,
      lastDay: serialOf(19970930),
      seed,
    }
  );
  return rfmSummary(orders, { asOf: serialOf(19970930) });
}
