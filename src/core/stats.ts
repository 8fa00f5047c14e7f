/**
 * Small descriptive statistics shared by the value rules (segment cuts default to medians).
 * The selection itself lives once in `tier/select` (the tier cut points need it too).
 */
import { selectInPlace } from "./tier/select";

/**
 * The median of the numbers in `values`, ignoring NaN (the caller's marker for "no value"),
 * with Excel's MEDIAN convention: for an even count the mean of the two middle values.
 *
 * @param values The numbers; NaN entries are skipped. Not modified.
 * @returns The median, or NaN when there is no number.
 * @example median([3, 1, NaN, 4, 2]) // 2.5
 * Cost: O(n) expected (a selection, not a sort), O(n) extra space for the copy.
 */
export function median(values: ArrayLike<number>): number {
  const a = new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) a[m++] = v; // v === v is false only for NaN
  }
  if (m === 0) return NaN;
  const work = a.subarray(0, m);
  const h = m >> 1;
  const upper = selectInPlace(work, h);
  if (m % 2 === 1) return upper;
  // After the selection everything before h is <= a[h]: the lower middle is their maximum.
  let lower = work[0];
  for (let i = 1; i < h; i++) if (work[i] > lower) lower = work[i];
  return (lower + upper) / 2;
}
