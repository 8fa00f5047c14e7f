/**
 * Order statistics without a full sort: the tier cut points of the rank method are order
 * statistics, so a selection finds them in O(n) expected time.
 */

/** Sub-ranges this short are finished by insertion sort (cheaper than partitioning). */
const SMALL = 16;

/**
 * Rearranges `a[lo..hi]` so that `a[k]` holds the value it would have if that range were
 * sorted ascending, everything before it is <= `a[k]` and everything after it is >= `a[k]`
 * (Hoare's FIND / quickselect with a median-of-three pivot).
 *
 * Both scans stop on values equal to the pivot, so many ties still split evenly. A budget of
 * partition rounds (about 2 log2 n) bounds adversarial inputs: past it the rest of the range
 * is sorted, so the worst case is O(n log n).
 *
 * @param a The values (must not contain NaN); modified in place.
 * @param k The ascending position wanted, `lo <= k <= hi`.
 * @param lo First index of the range (default 0).
 * @param hi Last index of the range, inclusive (default `a.length - 1`).
 * @returns `a[k]` after the rearrangement.
 * @example selectInPlace(Float64Array.of(5, 1, 4, 2, 3), 1) // 2
 * Cost: O(n) expected, O(n log n) worst case, O(1) extra space.
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  let budget = 2 * (32 - Math.clz32(hi - lo + 1)) + 8;
  while (hi - lo >= SMALL) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return a[k];
    }
    const mid = (lo + hi) >>> 1;
    // Median of three into a[mid]; a[lo] <= a[mid] <= a[hi] also act as scan sentinels.
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi] and everything strictly between j and i equals pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  for (let x = lo + 1; x <= hi; x++) {
    const v = a[x];
    let y = x - 1;
    while (y >= lo && a[y] > v) {
      a[y + 1] = a[y];
      y--;
    }
    a[y + 1] = v;
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
