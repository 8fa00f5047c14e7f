/**
 * Weights of the score builder's sliders: whole percentages that always add up to 100. Moving
 * one slider rescales the others in proportion (largest remainder, so the sum stays exact).
 */

/**
 * Whole numbers adding up to `total`, proportional to `raw` (all zero or empty: equal shares).
 *
 * @param raw Non-negative weights.
 * @param total The sum wanted (default 100).
 * @returns One whole number per weight, summing to `total` (empty for empty input).
 * @example toPercents([1, 1, 2]) // [25, 25, 50]
 * Cost: O(k log k).
 */
export function toPercents(raw: readonly number[], total = 100): number[] {
  const k = raw.length;
  if (k === 0) return [];
  const clean = raw.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  let sum = clean.reduce((a, b) => a + b, 0);
  const base = sum > 0 ? clean : clean.map(() => 1);
  if (sum <= 0) sum = k;
  const exact = base.map((w) => (w * total) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  // Largest remainders first; ties to the leftmost, so the result is deterministic.
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let j = 0; left > 0; j = (j + 1) % k, left--) out[order[j][1]]++;
  return out;
}

/**
 * Sets weight `i` to `v` percent and rescales the others in proportion so that all add to 100.
 * With a single weight it stays 100.
 *
 * @param weights Current percentages (summing to 100).
 * @param i The slider moved.
 * @param v Its new value (clamped to 0..100 and rounded).
 * @returns The new percentages.
 * @example setWeight([50, 25, 25], 0, 80) // [80, 10, 10]
 * Cost: O(k log k).
 */
export function setWeight(weights: readonly number[], i: number, v: number): number[] {
  const k = weights.length;
  if (k <= 1) return k === 1 ? [100] : [];
  const mine = Math.min(100, Math.max(0, Math.round(v)));
  const others = weights.filter((_, j) => j !== i);
  const scaled = toPercents(others, 100 - mine);
  const out: number[] = [];
  let o = 0;
  for (let j = 0; j < k; j++) out.push(j === i ? mine : scaled[o++]);
  return out;
}

/**
 * Adds an indicator with an equal share (100 / k) and rescales the others.
 *
 * @param weights Current percentages.
 * @returns The k + 1 percentages, the new one last.
 * @example addWeight([100]) // [50, 50]
 */
export function addWeight(weights: readonly number[]): number[] {
  const k = weights.length + 1;
  return setWeight([...weights, 0], k - 1, Math.round(100 / k));
}

/**
 * Removes indicator `i` and rescales the rest to 100.
 *
 * @param weights Current percentages.
 * @param i The indicator removed.
 * @returns The k - 1 percentages.
 * @example removeWeight([50, 30, 20], 0) // [60, 40]
 */
export function removeWeight(weights: readonly number[], i: number): number[] {
  return toPercents(weights.filter((_, j) => j !== i));
}
