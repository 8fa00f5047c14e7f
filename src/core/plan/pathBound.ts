/**
 * A proved lower bound on every open path through a day's stops: the Held-Karp 1-tree bound
 * with Lagrangian node penalties (subgradient steps). The route heuristic uses it to stop its
 * multi-start search once the best path so far cannot be beaten (see heuristicOpenPath), which
 * leaves its result unchanged.
 *
 * The open path becomes a cycle through one extra node Z: Z -> first stop costs the start leg
 * (0 without a start point), last stop -> Z costs 0 (the free end). With a penalty pi_k per stop,
 * every such cycle costs sum(edges: c + pi_a + pi_b) - 2 sum(pi), and its edges without Z are a
 * spanning tree of the stops, so the cycle costs at least MST(c + pi) + cheapest Z pair -
 * 2 sum(pi) (Held & Karp 1970). When that minimum 1-tree has every stop at degree 2 it IS a path,
 * and that path is a shortest one.
 */

/** Subgradient steps tried per day (on the bench's 13-16-stop days about 20 on average). */
const MAX_STEPS = 120;
/** Unit roundoff of doubles. */
const U = 2 ** -53;

let keyBuf = new Float64Array(0);
let piBuf = new Float64Array(0);
let parentBuf = new Int32Array(0);
let degBuf = new Int32Array(0);
let inTreeBuf = new Uint8Array(0);

/**
 * A length no open path through the stops can be shorter than, as `pathLength` computes it,
 * when the 1-tree bound closes on a path; -Infinity when it does not (within {@link MAX_STEPS}
 * steps), or for asymmetric, negative or non-finite distances.
 *
 * Rounding: the tree is minimal for the rounded weights c + pi_a + pi_b, so its true weight is
 * within 2 n beta of the true minimum (beta bounds one weight's rounding error: 2u times the
 * largest |c| + 2|pi|, plus a margin); pathLength's running sum is within n u of the real length.
 * The returned floor subtracts both, so it holds for the lengths as computed in doubles.
 *
 * @param n Number of stops (at least 2).
 * @param dist Row-major n x n distances (symmetric).
 * @param startDist Optional distances from a fixed start point.
 * @param ub A path length already found (the steps aim just above it).
 * @returns The floor, or -Infinity. Cost O(n^2) per step, at most {@link MAX_STEPS} steps.
 * @example shortestPathFloor(3, [0, 1, 2, 1, 0, 1, 2, 1, 0], undefined, 2) // about 2
 */
export function shortestPathFloor(
  n: number,
  dist: ArrayLike<number>,
  startDist: ArrayLike<number> | undefined,
  ub: number
): number {
  if (n < 2 || !Number.isFinite(ub)) return -Infinity;
  let cMax = 0;
  for (let a = 0; a < n; a++) {
    const s = startDist ? startDist[a] : 0;
    if (!(s >= 0 && s < Infinity)) return -Infinity;
    cMax = Math.max(cMax, Math.abs(s));
    for (let b = 0; b < n; b++) {
      const c = dist[a * n + b];
      if (!(c >= 0 && c < Infinity) || c !== dist[b * n + a]) return -Infinity;
      cMax = Math.max(cMax, Math.abs(c));
    }
  }
  if (keyBuf.length < n) {
    keyBuf = new Float64Array(n);
    piBuf = new Float64Array(n);
    parentBuf = new Int32Array(n);
    degBuf = new Int32Array(n);
    inTreeBuf = new Uint8Array(n);
  }
  const key = keyBuf;
  const pi = piBuf.fill(0, 0, n);
  const parent = parentBuf;
  const deg = degBuf;
  const inTree = inTreeBuf;
  const target = ub * (1 + 1e-3) + 1e-9;
  let lambda = 2;
  let bestBound = -Infinity;
  let stall = 0;
  // Bounded: MAX_STEPS steps of O(n^2).
  for (let step = 0; step < MAX_STEPS; step++) {
    // Prim's minimum spanning tree of the stops for weights c + pi_a + pi_b, from stop 0.
    for (let k = 0; k < n; k++) {
      key[k] = Infinity;
      deg[k] = 0;
      inTree[k] = 0;
    }
    key[0] = 0;
    parent[0] = -1;
    let weight = 0;
    for (let added = 0; added < n; added++) {
      let v = -1;
      let vKey = Infinity;
      for (let k = 0; k < n; k++) {
        if (!inTree[k] && key[k] < vKey) {
          vKey = key[k];
          v = k;
        }
      }
      inTree[v] = 1;
      weight += vKey;
      if (parent[v] >= 0) {
        deg[v]++;
        deg[parent[v]]++;
      }
      const row = v * n;
      const pv = pi[v];
      for (let k = 0; k < n; k++) {
        if (inTree[k]) continue;
        const w = dist[row + k] + pv + pi[k];
        if (w < key[k]) {
          key[k] = w;
          parent[k] = v;
        }
      }
    }
    // Z's pair: a first stop a (start leg) and a last stop b != a (free), cheapest together.
    let m1 = 0;
    let m2 = 1;
    if (pi[1] < pi[0]) {
      m1 = 1;
      m2 = 0;
    }
    for (let k = 2; k < n; k++) {
      if (pi[k] < pi[m1]) {
        m2 = m1;
        m1 = k;
      } else if (pi[k] < pi[m2]) m2 = k;
    }
    let first = -1;
    let last = -1;
    let pair = Infinity;
    for (let a = 0; a < n; a++) {
      const b = a === m1 ? m2 : m1;
      const c = (startDist ? startDist[a] : 0) + pi[a] + pi[b];
      if (c < pair) {
        pair = c;
        first = a;
        last = b;
      }
    }
    deg[first]++;
    deg[last]++;
    let norm = 0;
    let piSum = 0;
    let piMax = 0;
    for (let k = 0; k < n; k++) {
      norm += (deg[k] - 2) * (deg[k] - 2);
      piSum += pi[k];
      piMax = Math.max(piMax, Math.abs(pi[k]));
    }
    if (norm === 0) return pathFloor(n, dist, startDist, first, cMax + 2 * piMax);
    const bound = weight + pair - 2 * piSum;
    if (bound > bestBound) {
      bestBound = bound;
      stall = 0;
    } else if (++stall >= 5) {
      lambda /= 2;
      stall = 0;
    }
    const t = (lambda * (target - bound)) / norm;
    if (!(t > 0)) break;
    for (let k = 0; k < n; k++) pi[k] += t * (deg[k] - 2);
  }
  return -Infinity;
}

/**
 * The floor from a 1-tree that is a path (every stop at degree 2 with Z's pair): that path's
 * length from `first`, less the rounding margins. `weightMax` bounds |c| + |pi_a| + |pi_b|.
 */
function pathFloor(
  n: number,
  dist: ArrayLike<number>,
  startDist: ArrayLike<number> | undefined,
  first: number,
  weightMax: number
): number {
  // Walk the tree from `first` (a leaf of it): each stop's neighbours are its parent and the
  // stops whose parent it is.
  const parent = parentBuf;
  let len = startDist ? startDist[first] : 0;
  let prev = -1;
  let cur = first;
  for (let seen = 1; seen < n; seen++) {
    let next = parent[cur] !== prev ? parent[cur] : -1;
    if (next < 0)
      for (let k = 0; k < n && next < 0; k++) if (parent[k] === cur && k !== prev) next = k;
    len += dist[cur * n + next];
    prev = cur;
    cur = next;
  }
  // Tree weight: n terms (n - 1 edges and Z's pair), each rounded within 2u(1 + u) weightMax,
  // for this tree and any other (2 n beta with beta = 2.5u weightMax); both pathLength sums
  // within (n + 1)u of the real lengths (relative). Doubled for the subtraction's own error.
  const margin = 2 * (5 * n * U * weightMax + 2 * (n + 1) * U * len);
  return len - margin;
}
