/**
 * Day territories: splitting one rep's customers into k groups of balanced weekly load (one
 * group per working weekday), compact when positions are known.
 */

/**
 * Splits a sequence into k contiguous chunks of about equal total weight: an item goes to the
 * chunk that holds the middle of its weight along the cumulative sum.
 *
 * @param weights Item weights (>= 0), in sequence order.
 * @param k Number of chunks (>= 1).
 * @returns Chunk index (0..k-1, non-decreasing) per item. Cost O(n).
 * @example sequenceChunks([1, 1, 1, 1], 2) // Int32Array [0, 0, 1, 1]
 */
export function sequenceChunks(weights: ArrayLike<number>, k: number): Int32Array {
  const n = weights.length;
  const out = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  if (total <= 0 || k <= 1) return out;
  let cum = 0;
  for (let i = 0; i < n; i++) {
    const mid = cum + weights[i] / 2;
    out[i] = Math.min(k - 1, Math.floor((k * mid) / total));
    cum += weights[i];
  }
  return out;
}

/**
 * Capacity-constrained k-means on projected points: angular-sweep start, then rounds of
 * "assign by regret with a load cap, move centres to the weighted means", then single moves
 * and pairwise swaps that shorten the sum of squared distances to the centres without breaking
 * the cap. Deterministic (no randomness; ties by index).
 *
 * @param xs East coordinates, km.
 * @param ys North coordinates, km.
 * @param w Weights (weekly visit load) per point.
 * @param k Number of clusters (>= 1).
 * @param maxLoad Largest total weight per cluster (exceeded only when the points cannot fit).
 * @returns Cluster index per point. Cost O(iterations n k log n) + O(n^2) swap passes for n <= 1500.
 * @example balancedClusters(new Float64Array([0, 1, 10, 11]), new Float64Array(4), new Float64Array([1, 1, 1, 1]), 2, 2)
 * // Int32Array [0, 0, 1, 1] (or [1, 1, 0, 0])
 */
export function balancedClusters(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  w: ArrayLike<number>,
  k: number,
  maxLoad: number
): Int32Array {
  const n = xs.length;
  const assign = new Int32Array(n);
  if (k <= 1 || n === 0) return assign;
  const idx = Array.from({ length: n }, (_, i) => i);
  // Start: contiguous angular sectors around the weighted centroid.
  let cx = 0;
  let cy = 0;
  let tw = 0;
  for (let i = 0; i < n; i++) {
    const wi = w[i] > 0 ? w[i] : 1e-9;
    cx += xs[i] * wi;
    cy += ys[i] * wi;
    tw += wi;
  }
  cx /= tw;
  cy /= tw;
  const ang = idx.map((i) => Math.atan2(ys[i] - cy, xs[i] - cx));
  idx.sort((a, b) => ang[a] - ang[b] || a - b);
  const chunks = sequenceChunks(
    idx.map((i) => w[i]),
    k
  );
  idx.forEach((i, pos) => (assign[i] = chunks[pos]));
  const mx = new Float64Array(k);
  const my = new Float64Array(k);
  const centres = (): void => {
    const sw = new Float64Array(k);
    const sx = new Float64Array(k);
    const sy = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const wi = w[i] > 0 ? w[i] : 1e-9;
      sw[assign[i]] += wi;
      sx[assign[i]] += xs[i] * wi;
      sy[assign[i]] += ys[i] * wi;
    }
    for (let c = 0; c < k; c++) {
      if (sw[c] > 0) {
        mx[c] = sx[c] / sw[c];
        my[c] = sy[c] / sw[c];
      }
    }
  };
  centres();
  const d2 = new Float64Array(n * k);
  const fill = (): void => {
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) d2[i * k + c] = (xs[i] - mx[c]) ** 2 + (ys[i] - my[c]) ** 2;
    }
  };
  const load = new Float64Array(k);
  const tol = 1e-9;
  // Termination: at most 30 rounds (capacity-constrained assignment can cycle, so no
  // "until stable" loop); each round is O(n k + n log n).
  for (let iter = 0; iter < 30; iter++) {
    fill();
    const regret = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let b1 = Infinity;
      let b2 = Infinity;
      for (let c = 0; c < k; c++) {
        const v = d2[i * k + c];
        if (v < b1) {
          b2 = b1;
          b1 = v;
        } else if (v < b2) b2 = v;
      }
      regret[i] = b2 - b1;
    }
    const order = idx.slice().sort((a, b) => regret[b] - regret[a] || a - b);
    load.fill(0);
    let changed = false;
    for (const i of order) {
      // Nearest centre with room (ties to the lower index).
      let pick = -1;
      for (let c = 0; c < k; c++) {
        if (load[c] + w[i] <= maxLoad + tol && (pick < 0 || d2[i * k + c] < d2[i * k + pick]))
          pick = c;
      }
      if (pick < 0) {
        // Cannot fit anywhere: the emptiest cluster takes the overflow.
        pick = 0;
        for (let c = 1; c < k; c++) if (load[c] < load[pick]) pick = c;
      }
      if (assign[i] !== pick) changed = true;
      assign[i] = pick;
      load[pick] += w[i];
    }
    centres();
    if (!changed && iter > 0) break;
  }
  if (n <= 1500) {
    // Termination: at most 4 passes of at most n single moves and n swaps each (n <= 1500).
    for (let pass = 0; pass < 4; pass++) {
      fill();
      load.fill(0);
      for (let i = 0; i < n; i++) load[assign[i]] += w[i];
      let improved = false;
      for (let a = 0; a < n; a++) {
        const ca = assign[a];
        // Single move.
        for (let c = 0; c < k; c++) {
          if (c === ca) continue;
          if (load[c] + w[a] <= maxLoad + tol && d2[a * k + c] < d2[a * k + ca] - tol) {
            load[ca] -= w[a];
            load[c] += w[a];
            assign[a] = c;
            improved = true;
            break;
          }
        }
        const ca2 = assign[a];
        // Pairwise swap.
        for (let b = a + 1; b < n; b++) {
          const cb = assign[b];
          if (cb === ca2) continue;
          const delta = d2[a * k + cb] + d2[b * k + ca2] - d2[a * k + ca2] - d2[b * k + cb];
          if (delta >= -tol) continue;
          const la = load[ca2] - w[a] + w[b];
          const lb = load[cb] - w[b] + w[a];
          if ((la <= maxLoad + tol || la <= load[ca2]) && (lb <= maxLoad + tol || lb <= load[cb])) {
            load[ca2] = la;
            load[cb] = lb;
            assign[a] = cb;
            assign[b] = ca2;
            improved = true;
            break;
          }
        }
      }
      centres();
      if (!improved) break;
    }
  }
  return assign;
}
