/**
 * Numbers the distinct values of a list in order of first appearance, so that per-value work
 * (lnGamma of a frequency, say) is done once per distinct value instead of once per row.
 * @param values the values (frequencies: few distinct ones among many rows).
 * @returns `xs`: the distinct values in order of first appearance; `xi[i]`: the index in `xs` of `values[i]`.
 * @example
 * indexDistinct([3, 1, 3, 2]); // { xs: [3, 1, 2], xi: [0, 1, 0, 2] }
 * Cost: O(n) expected (one hash lookup per value).
 */
export function indexDistinct(values: readonly number[]): { xs: Float64Array; xi: Int32Array } {
  const seen = new Map<number, number>();
  const xs: number[] = [];
  const xi = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let k = seen.get(values[i]);
    if (k === undefined) {
      k = xs.length;
      seen.set(values[i], k);
      xs.push(values[i]);
    }
    xi[i] = k;
  }
  return { xs: Float64Array.from(xs), xi };
}
