/**
 * Ordering a day's stops: the shortest open path through them (free ends), or from a fixed
 * start point (depot or home) to an open end. Exact Held-Karp dynamic programming for small
 * days, multi-start nearest neighbour plus 2-opt and Or-opt beyond.
 *
 * Distances come as a row-major n x n matrix `dist` (symmetric) and, with a start point, a
 * vector `startDist` of the distances from the start to each stop.
 */
import { mulberry32 } from "../random";
import { shortestPathFloor } from "./pathBound";

/** A route: the stops' indices in visiting order and the path length (start leg included). */
export interface Route {
  readonly order: number[];
  readonly length: number;
}

/** Largest day solved by the exact dynamic programme (2^n x n memory). */
export const EXACT_MAX_STOPS = 16;
/** Default size up to which days are routed exactly. */
export const DEFAULT_EXACT_STOPS = 12;

let dpBuf = new Float64Array(0);
let parBuf = new Int8Array(0);
let lbBuf = new Float64Array(0);

/**
 * Length of a path in the given order.
 *
 * @param order Stop indices.
 * @param n Number of stops (matrix side).
 * @param dist Row-major distances.
 * @param startDist Distances from the start point, if any.
 * @returns The length, start leg included.
 * @example pathLength([0, 1], 2, [0, 5, 5, 0]) // 5
 */
export function pathLength(
  order: readonly number[],
  n: number,
  dist: ArrayLike<number>,
  startDist?: ArrayLike<number>
): number {
  if (order.length === 0) return 0;
  let len = startDist ? startDist[order[0]] : 0;
  for (let k = 1; k < order.length; k++) len += dist[order[k - 1] * n + order[k]];
  return len;
}

/**
 * Exact shortest open path (Held-Karp over subsets). Ties resolve to the lowest indices, so the
 * result is deterministic.
 *
 * @param n Number of stops, at most {@link EXACT_MAX_STOPS}.
 * @param dist Row-major n x n distances.
 * @param startDist Optional distances from a fixed start point; without it both ends are free.
 * @returns The optimal order and its length. Cost O(2^n n^2) time worst case (bounding prunes
 * most states on real days), O(2^n n) memory.
 * @throws {RangeError} When n exceeds {@link EXACT_MAX_STOPS}.
 * @example exactOpenPath(3, [0, 1, 5, 1, 0, 1, 5, 1, 0]).length // 2
 */
export function exactOpenPath(
  n: number,
  dist: ArrayLike<number>,
  startDist?: ArrayLike<number>
): Route {
  if (n > EXACT_MAX_STOPS)
    throw new RangeError(`exactOpenPath: ${n} stops is more than ${EXACT_MAX_STOPS}.`);
  if (n === 0) return { order: [], length: 0 };
  if (n === 1) return { order: [0], length: startDist ? startDist[0] : 0 };
  const full = (1 << n) - 1;
  const size = (full + 1) * n;
  if (dpBuf.length < size) {
    dpBuf = new Float64Array(size);
    parBuf = new Int8Array(size);
    lbBuf = new Float64Array(full + 1);
  }
  const dp = dpBuf;
  const par = parBuf;
  // Branch and bound inside the DP: a heuristic path gives an upper bound; a state is dropped
  // when its length plus a lower bound on the rest exceeds it. The bound: every stop not yet
  // visited is entered by its own edge, so the rest costs at least the sum of their cheapest
  // entering edges. States on an optimal path are never dropped, so the result stays exact.
  const minIn = new Float64Array(n).fill(Infinity);
  for (let k = 0; k < n; k++) {
    if (startDist) minIn[k] = startDist[k];
    for (let j = 0; j < n; j++)
      if (j !== k && dist[j * n + k] < minIn[k]) minIn[k] = dist[j * n + k];
  }
  const lb = lbBuf;
  let all = 0;
  for (let k = 0; k < n; k++) all += minIn[k];
  lb[0] = all;
  for (let mask = 1; mask <= full; mask++) {
    const low = mask & -mask;
    lb[mask] = lb[mask ^ low] - minIn[31 - Math.clz32(low)];
  }
  const guess = nearestNeighbour(n, dist, 0, startDist);
  improve(guess, n, edgeMatrix(n, dist, startDist));
  const ub = pathLength(guess, n, dist, startDist) * (1 + 1e-9) + 1e-9;
  dp.fill(Infinity, 0, size);
  for (let j = 0; j < n; j++) {
    dp[(1 << j) * n + j] = startDist ? startDist[j] : 0;
    par[(1 << j) * n + j] = -1;
  }
  // Relax only over set bits j of the mask and unset bits k (at most 2^n n^2 / 4 steps; n <= 16,
  // so the loops are bounded by 2^16 x 64 relaxations whatever the bound prunes).
  for (let mask = 1; mask < full; mask++) {
    const base = mask * n;
    for (let js = mask; js !== 0; js &= js - 1) {
      const j = 31 - Math.clz32(js & -js);
      const v = dp[base + j];
      if (v + lb[mask] > ub) continue;
      const row = j * n;
      for (let ks = full & ~mask; ks !== 0; ks &= ks - 1) {
        const bit = ks & -ks;
        const k = 31 - Math.clz32(bit);
        const nm = mask | bit;
        const c = v + dist[row + k];
        if (c + lb[nm] > ub) continue;
        const at = nm * n + k;
        if (c < dp[at]) {
          dp[at] = c;
          par[at] = j;
        }
      }
    }
  }
  let bestJ = 0;
  let best = Infinity;
  for (let j = 0; j < n; j++) {
    if (dp[full * n + j] < best) {
      best = dp[full * n + j];
      bestJ = j;
    }
  }
  if (best === Infinity) return { order: guess, length: pathLength(guess, n, dist, startDist) };
  const order = new Array<number>(n);
  let mask = full;
  let j = bestJ;
  for (let pos = n - 1; pos >= 0; pos--) {
    order[pos] = j;
    const p = par[mask * n + j];
    mask ^= 1 << j;
    j = p;
  }
  return { order, length: best };
}

/**
 * Heuristic shortest open path: multi-start local search. Starts: nearest-neighbour paths from
 * several first stops, plus random orders from a fixed-seed generator (deterministic); each is
 * improved by best-improvement 2-opt and Or-opt (segments of 1-3 stops, either direction) to a
 * local optimum, and the shortest is kept. The random starts matter: nearest-neighbour starts
 * alone (with first-improvement search, the earlier version) ended up to 10% above the optimum
 * on about 1 random 10-13-stop day in 200 (so the route test's 40 cases failed about one run in
 * six, and fast-check then spent minutes shrinking the coordinates); with them, of 20,000 such
 * days the worst was 0.03% above the optimum (the exact path), nearly all exactly optimal.
 * The search stops early once a proved lower bound on every path ({@link shortestPathFloor},
 * computed after the first start) shows that no later start could replace the best: the result
 * is the same as with every start run (on the bench's 100,000-row plan, most 13-16-stop days
 * need only their first start).
 *
 * @param n Number of stops.
 * @param dist Row-major n x n distances.
 * @param startDist Optional distances from a fixed start point.
 * @returns An order and its length. Cost O((s + r) m n^2) for s = {@link nearestStarts}(n)
 * nearest-neighbour starts, r = {@link randomStarts}(n) random starts and m moves per local
 * search (about 2n from a random order, at most {@link MAX_IMPROVING_MOVES}): about 1 ms for
 * 13 stops, 30 ms for 60, 0.1 s for 100.
 * @example heuristicOpenPath(3, [0, 1, 5, 1, 0, 1, 5, 1, 0]).length // 2
 */
export function heuristicOpenPath(
  n: number,
  dist: ArrayLike<number>,
  startDist?: ArrayLike<number>
): Route {
  if (n <= 3) return exactOpenPath(n, dist, startDist);
  const tries = nearestStarts(n);
  const restarts = randomStarts(n);
  const rnd = mulberry32(0x2545f491 ^ n);
  let best: number[] = [];
  let bestLen = Infinity;
  const m = edgeMatrix(n, dist, startDist);
  const seen = new SeenOrders(n);
  // No path is shorter than this (proved after the first start; -Infinity when not proved).
  let floor = -Infinity;
  // Bounded: tries + restarts starts, each with a bounded local search (see improve).
  for (let t = 0; t < tries + restarts; t++) {
    const order =
      t < tries ? nearestNeighbour(n, dist, Math.floor((t * n) / tries)) : randomOrder(n, rnd);
    if (improve(order, n, m, seen)) {
      const len = pathLength(order, n, dist, startDist);
      if (len < bestLen - 1e-12) {
        bestLen = len;
        best = order;
      }
    }
    if (t === 0) floor = shortestPathFloor(n, dist, startDist, bestLen);
    // A later start replaces the best only when shorter by more than 1e-12: none can be now.
    if (floor >= bestLen - 1e-12) break;
  }
  return { order: best, length: bestLen };
}

/**
 * Nearest-neighbour starts of {@link heuristicOpenPath} for n stops: one per stop up to 24
 * stops, then tapering as 24^2 / n (at least 4), so long days (a best-improvement local search
 * costs about n^3) stay within a budget.
 *
 * @param n Number of stops.
 * @returns The count.
 * @example nearestStarts(13) // 13
 */
export function nearestStarts(n: number): number {
  if (n <= 24) return Math.max(0, n);
  return Math.max(4, Math.floor((24 * 24) / n));
}

/**
 * Random starts of {@link heuristicOpenPath} for n stops: n up to 24 stops, then tapering as
 * 24^3 / n^2 (at least 2); a local search from a random order makes about 2n moves of O(n^2).
 *
 * @param n Number of stops.
 * @returns The count.
 * @example randomStarts(13) // 13
 */
export function randomStarts(n: number): number {
  if (n <= 24) return Math.max(0, n);
  return Math.max(2, Math.floor((24 * 24 * 24) / (n * n)));
}

/** A random permutation of 0..n-1 (Fisher-Yates). */
function randomOrder(n: number, rnd: () => number): number[] {
  const q = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    const t = q[k];
    q[k] = q[j];
    q[j] = t;
  }
  return q;
}

/**
 * The shortest open path: exact up to `exactMax` stops, heuristic beyond.
 *
 * @param n Number of stops.
 * @param dist Row-major n x n distances.
 * @param startDist Optional distances from a fixed start point.
 * @param exactMax Largest n solved exactly (default {@link DEFAULT_EXACT_STOPS}).
 * @returns The route.
 * @example shortestOpenPath(2, [0, 3, 3, 0]).length // 3
 */
export function shortestOpenPath(
  n: number,
  dist: ArrayLike<number>,
  startDist?: ArrayLike<number>,
  exactMax = DEFAULT_EXACT_STOPS
): Route {
  return n <= Math.min(exactMax, EXACT_MAX_STOPS)
    ? exactOpenPath(n, dist, startDist)
    : heuristicOpenPath(n, dist, startDist);
}

/**
 * Nearest-neighbour path from a given first stop (ties to the lowest index).
 *
 * @param n Number of stops.
 * @param dist Row-major distances.
 * @param first The first stop (ignored with a start point: then the stop nearest to it).
 * @param startDist Optional distances from a fixed start point.
 * @returns The visiting order. Cost O(n^2).
 * @example nearestNeighbour(3, [0, 1, 5, 1, 0, 1, 5, 1, 0], 0) // [0, 1, 2]
 */
export function nearestNeighbour(
  n: number,
  dist: ArrayLike<number>,
  first: number,
  startDist?: ArrayLike<number>
): number[] {
  if (n === 0) return [];
  const used = new Uint8Array(n);
  if (startDist) {
    // With a start point the first stop is the one nearest to it.
    first = 0;
    for (let j = 1; j < n; j++) if (startDist[j] < startDist[first]) first = j;
  }
  const order = [first];
  used[first] = 1;
  let cur = first;
  for (let k = 1; k < n; k++) {
    let nx = -1;
    let nd = Infinity;
    for (let j = 0; j < n; j++) {
      if (!used[j] && dist[cur * n + j] < nd) {
        nd = dist[cur * n + j];
        nx = j;
      }
    }
    used[nx] = 1;
    order.push(nx);
    cur = nx;
  }
  return order;
}

/** Cap on improving moves per local search (each strictly shortens the path, so it also ends without the cap). */
export const MAX_IMPROVING_MOVES = 1000;

const EPS = 1e-10;

/**
 * The edge costs of the local search as one (n + 1) x (n + 1) matrix: row 0 is the start point
 * (its distances, or 0 without one), row j + 1 stop j; column j is stop j, column n the open
 * end (free). So a path held as [START, stops..., END] with START = -1 and END = n costs
 * M[(a + 1) * (n + 1) + b] per edge a -> b, with no branch in the inner loops.
 */
function edgeMatrix(
  n: number,
  dist: ArrayLike<number>,
  startDist?: ArrayLike<number>
): Float64Array {
  const w = n + 1;
  const m = new Float64Array(w * w); // the END column stays 0
  if (startDist) for (let b = 0; b < n; b++) m[b] = startDist[b];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) m[(a + 1) * w + b] = dist[a * n + b];
  return m;
}

/**
 * The orders the earlier local searches of one {@link heuristicOpenPath} call passed through (at
 * the start of a round), kept for searches that ended in a local optimum. The search is
 * deterministic and every move shortens the path, so a later start that reaches one of these
 * orders ends in a local optimum found before (or, stopped by the round cap, on the way to it):
 * never strictly shorter than the best so far, so it cannot change the result and is abandoned
 * there (about a quarter of all rounds on real days, where starts converge).
 */
class SeenOrders {
  private readonly byHash = new Map<number, number>();
  /** Orders, n per entry. */
  private orders: Int32Array;
  private size = 0;

  constructor(private readonly n: number) {
    this.orders = new Int32Array(64 * n);
  }

  /** Entries stored so far. */
  get count(): number {
    return this.size;
  }

  /** Stores order q[1..n] (not yet findable). */
  push(q: Int32Array): void {
    const n = this.n;
    if ((this.size + 1) * n > this.orders.length) {
      const more = new Int32Array(this.orders.length * 2);
      more.set(this.orders);
      this.orders = more;
    }
    this.orders.set(q.subarray(1, n + 1), this.size * n);
    this.size++;
  }

  /** Makes entries from..count-1 findable; `hashes` holds theirs, in order. */
  keep(from: number, hashes: readonly number[]): void {
    for (let e = from; e < this.size; e++)
      if (!this.byHash.has(hashes[e - from])) this.byHash.set(hashes[e - from], e);
  }

  /** Drops entries from `from` on (a search stopped by the round cap). */
  drop(from: number): void {
    this.size = from;
  }

  /** Whether order q[1..n], of hash h, is a kept entry. */
  has(q: Int32Array, h: number): boolean {
    const e = this.byHash.get(h);
    if (e === undefined) return false;
    const o = this.orders;
    for (let k = 0, at = e * this.n; k < this.n; k++, at++) if (o[at] !== q[k + 1]) return false;
    return true;
  }
}

/** FNV-1a over q[1..n]. */
function hashOrder(q: Int32Array, n: number): number {
  let h = 0x811c9dc5;
  for (let k = 1; k <= n; k++) h = Math.imul(h ^ q[k], 0x01000193);
  return h;
}

/**
 * 2-opt and Or-opt to a local optimum, in place, by best improvement: each round scans both
 * neighbourhoods in full and applies the single move that shortens the path most. (First
 * improvement, tried before, took the first long reversal it met and funnelled kicked paths
 * back into the same poor local optimum.) Costs come from {@link edgeMatrix}; the scans visit
 * the moves in the same order and sum the same terms as the closure-based version they replaced
 * (about 40% of `crm plan` on 100,000 rows), so ties and results are unchanged.
 *
 * @returns False when the search was abandoned at an order in `seen` (see {@link SeenOrders}):
 * it cannot end shorter than an earlier search of the same call, and `p` is left as it was.
 */
function improve(p: number[], n: number, m: Float64Array, seen?: SeenOrders): boolean {
  const w = n + 1;
  // q[k + 1] = p[k]; q[0] = START (-1, row 0), q[n + 1] = END (n, the free column).
  const q = new Int32Array(n + 2);
  const tmp = new Int32Array(n + 2);
  // Per position k of q, recomputed each round: the row of q[k] and the cost of q[k] -> q[k + 1].
  const row = new Int32Array(n + 1);
  const edge = new Float64Array(n + 1);
  q[0] = -1;
  q[n + 1] = n;
  for (let k = 0; k < n; k++) q[k + 1] = p[k];
  const first = seen ? seen.count : 0;
  const hashes: number[] = [];
  let ended = false;
  // Bounded: at most MAX_IMPROVING_MOVES rounds; each round is a finite scan (O(n^2)), and a
  // round without a move shortening the path by more than EPS returns. Every applied move
  // shortens the path by more than EPS, so the path never revisits an order.
  for (let guard = 0; guard < MAX_IMPROVING_MOVES; guard++) {
    if (seen) {
      const h = hashOrder(q, n);
      if (seen.has(q, h)) {
        // Everything this search passed through leads here too.
        seen.keep(first, hashes);
        return false;
      }
      seen.push(q);
      hashes.push(h);
    }
    let bestDelta = -EPS;
    let kind = 0; // 0 none, 1 two-opt, 2 or-opt
    let bi = 0;
    let bj = 0;
    let bLen = 0;
    let bRev = false;
    for (let k = 0; k <= n; k++) {
      const r = (q[k] + 1) * w;
      row[k] = r;
      edge[k] = m[r + q[k + 1]];
    }
    // 2-opt: reverse p[i..j] (i = 0 or j = n - 1 reverse a free or start-side end).
    for (let i = 0; i < n - 1; i++) {
      const ra = row[i]; // a = at(i - 1)
      const rb = row[i + 1];
      const eab = edge[i];
      for (let j = i + 1; j < n; j++) {
        const c = q[j + 1];
        const d = q[j + 2];
        const delta = m[ra + c] + m[rb + d] - eab - edge[j + 1];
        if (delta < bestDelta) {
          bestDelta = delta;
          kind = 1;
          bi = i;
          bj = j;
        }
      }
    }
    // Or-opt: move the segment p[i..i+len-1] (1-3 stops) into the edge (p[u], p[u+1]), either
    // direction; u = -1 is the front (after the start point), u = n - 1 the open end. The edges
    // touching the segment (u from i - 1 to i + len - 1) are skipped.
    for (let len = 1; len <= 3 && len < n; len++) {
      for (let i = 0; i + len <= n; i++) {
        const s0 = q[i + 1];
        const sl = q[i + len];
        const d = q[i + len + 1];
        const rs0 = row[i + 1];
        const rsl = row[i + len];
        const removeGain = m[row[i] + s0] + m[rsl + d] - m[row[i] + d];
        for (let u = -1; u < n; u++) {
          if (u === i - 1) {
            u = i + len - 1;
            continue;
          }
          const qb = q[u + 2];
          const rq = row[u + 1];
          const eqq = edge[u + 1];
          const fwd = m[rq + s0] + m[rsl + qb] - eqq;
          // One stop: reversed is the same sum (s0 = sl), so never shorter.
          const rev = len === 1 ? fwd : m[rq + sl] + m[rs0 + qb] - eqq;
          const delta = Math.min(fwd, rev) - removeGain;
          if (delta < bestDelta) {
            bestDelta = delta;
            kind = 2;
            bi = i;
            bj = u;
            bLen = len;
            bRev = rev < fwd;
          }
        }
      }
    }
    if (kind === 0) {
      ended = true;
      break;
    }
    if (kind === 1) {
      for (let l = bi + 1, r = bj + 1; l < r; l++, r--) {
        const t = q[l];
        q[l] = q[r];
        q[r] = t;
      }
    } else {
      // The segment p[bi..bi+bLen-1] moves after p[bj]: before its old place when bj < bi
      // (p[bj+1..bi-1] shift right), after it otherwise (p[bi+bLen..bj] shift left). tmp and q
      // hold p at offset 1.
      const front = bj < bi;
      const lo = front ? bj + 1 : bi; // p[0..lo-1] stay
      const from = front ? bj + 1 : bi + bLen; // the stops moved over: p[from..to-1]
      const to = front ? bi : bj + 1;
      const hi = front ? bi + bLen : bj + 1; // p[hi..n-1] stay
      let o = lo + 1;
      if (!front) for (let k = from; k < to; k++) tmp[o++] = q[1 + k];
      for (let k = 0; k < bLen; k++) tmp[o++] = q[1 + (bRev ? bi + bLen - 1 - k : bi + k)];
      if (front) for (let k = from; k < to; k++) tmp[o++] = q[1 + k];
      for (let k = lo + 1; k <= hi; k++) q[k] = tmp[k];
    }
  }
  if (seen) {
    // A search stopped by the cap may be passed by a later one with rounds to spare: not kept.
    if (ended) seen.keep(first, hashes);
    else seen.drop(first);
  }
  for (let k = 0; k < n; k++) p[k] = q[k + 1];
  return true;
}
