/**
 * Choosing the days of one rep's visits (before routing). The rep's customers are split into one
 * territory per working weekday (compact by position, else grouped by area, else by count, with
 * balanced weekly load); a territory is visited on its weekday. Weekly customers come every week
 * on that weekday; less frequent ones get a phase (which weeks) chosen to balance the days, in
 * contiguous spatial blocks so a week's visits sit together. What does not fit goes to the best
 * other weekday, visits on holidays move to the nearest free working day, and when the rep's
 * capacity is short the lowest-frequency customers (last in input order first) wait until the
 * end and take whatever room is left.
 */
import type { Horizon } from "./calendar";
import { weekPhases } from "./required";
import { balancedClusters, sequenceChunks } from "./territories";

/** One rep's scheduling problem. Arrays are per customer of the rep. */
export interface RepProblem {
  /** Visits required per customer (integers >= 0). */
  readonly required: readonly number[];
  /** Projected positions in km (see `projectKm`), meaningful where `hasXY` is 1. */
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly hasXY: ArrayLike<number>;
  /** Area per customer, "" when unknown. */
  readonly area: readonly string[];
  /** Cap on visits per day (Infinity: none). */
  readonly capacity: number;
  /**
   * Minutes each visit of a customer is expected to take (visit + travel estimate) and the
   * minutes of a working day. Omitted: every visit weighs 1 and only `capacity` limits a day.
   */
  readonly weight?: ArrayLike<number>;
  readonly dayMinutes?: number;
  readonly horizon: Horizon;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Schedules one rep: for each customer, the nominal days (indices into the horizon grid) of its
 * visits. Never more than `capacity` visits on a day, never a holiday, never twice on one day;
 * a customer gets at most `required` visits (fewer only when the days are full).
 *
 * @param pb The problem.
 * @returns Sorted nominal day indices per customer. Cost about O(n log n + n k + V x D) for n
 * customers, k weekdays, V visits that must move and D days.
 * @example scheduleRep({ required: [4], x: [0], y: [0], hasXY: [0], area: [""], capacity: 8,
 *   horizon: buildHorizon(isoToDayNumber("2024-01-01"), 4, [1, 2, 3, 4, 5], new Set()) }) // [[0, 5, 10, 15]]
 */
export function scheduleRep(pb: RepProblem): number[][] {
  const { capacity: cap, horizon, hasXY, x, y, area } = pb;
  const budget = pb.dayMinutes ?? Infinity;
  const { weeks: W, slots: S, holiday, dayNumber, workingDays } = horizon;
  const n = pb.required.length;
  const N = W * S;
  const days: number[][] = Array.from({ length: n }, () => []);
  if (workingDays === 0 || cap <= 0 || n === 0) return days;
  const req = pb.required.map((r) => Math.min(Math.max(0, Math.floor(r)), workingDays));
  const wt = pb.weight ?? new Float64Array(n).fill(1);
  // Two loads per day: visits (against the cap) and expected minutes (against the working time).
  const count = new Int32Array(N);
  const load = new Float64Array(N);
  const fits = (i: number, d: number): boolean =>
    !holiday[d] && count[d] < cap && load[d] + wt[i] <= budget + 1e-9 && !days[i].includes(d);

  // Priority: more frequent first, then input order.
  const prio = Array.from({ length: n }, (_, i) => i)
    .filter((i) => req[i] > 0)
    .sort((a, b) => req[b] - req[a] || a - b);
  const rank = new Int32Array(n);
  prio.forEach((i, r) => (rank[i] = r));

  // Capacity short: hold back the lowest-priority customers until the end.
  const dropped = new Uint8Array(n);
  let total = 0;
  let minutes = 0;
  for (const i of prio) {
    total += req[i];
    minutes += req[i] * wt[i];
  }
  for (
    let q = prio.length - 1;
    q >= 0 && (total > cap * workingDays || minutes > budget * workingDays);
    q--
  ) {
    dropped[prio[q]] = 1;
    total -= req[prio[q]];
    minutes -= req[prio[q]] * wt[prio[q]];
  }

  const queue: [number, number][] = [];
  let accepted = 0;
  const accept = (i: number, d: number): void => {
    days[i].push(d);
    count[d]++;
    load[d] += wt[i];
    accepted++;
  };
  // The least loaded day under the cap (Infinity: none), recomputed only after an accept.
  let lightest = Infinity;
  let lightestAt = -1;
  const lightestOpen = (): number => {
    if (lightestAt !== accepted) {
      lightest = Infinity;
      for (let d = 0; d < N; d++)
        if (!holiday[d] && count[d] < cap && load[d] < lightest) lightest = load[d];
      lightestAt = accepted;
    }
    return lightest;
  };
  const commit = (i: number, pattern: readonly number[]): void => {
    for (const d of pattern) {
      if (fits(i, d)) accept(i, d);
      else queue.push([i, d]);
    }
  };

  // ---- territories (one per slot) for customers visited at most weekly ----
  const regular = prio.filter((i) => !dropped[i] && req[i] <= W);
  const frequent = prio.filter((i) => !dropped[i] && req[i] > W);
  const slotOf = new Int32Array(n).fill(-1);
  const cx = new Float64Array(S);
  const cy = new Float64Array(S);
  const hasCentre = new Uint8Array(S);
  const areaSlots = new Map<string, Float64Array>();
  const geo = regular.some((i) => hasXY[i]);
  let seqOrder: number[] = [];
  if (regular.length > 0) {
    const weight = (i: number): number => req[i] / W;
    let totalW = 0;
    for (const i of regular) totalW += weight(i);
    // Territories within 0.1 visit/week of the mean: balanced days (the bench's spread of
    // visits per rep-day fell from std 0.88 at 0.5 to 0.18) at no cost in km.
    const maxLoad = Math.min(cap, totalW / S + 0.1);
    if (geo) {
      const located = regular.filter((i) => hasXY[i]);
      const cl = balancedClusters(
        located.map((i) => x[i]),
        located.map((i) => y[i]),
        located.map(weight),
        S,
        maxLoad
      );
      // Weekdays follow the territories around the rep's centroid, so neighbouring weekdays
      // are neighbouring territories (holiday moves stay local).
      const tx = new Float64Array(S);
      const ty = new Float64Array(S);
      const tn = new Float64Array(S);
      let gx = 0;
      let gy = 0;
      located.forEach((i, p) => {
        tx[cl[p]] += x[i];
        ty[cl[p]] += y[i];
        tn[cl[p]]++;
        gx += x[i];
        gy += y[i];
      });
      gx /= located.length;
      gy /= located.length;
      const terr = Array.from({ length: S }, (_, t) => t);
      const angle = terr.map((t) =>
        tn[t] > 0 ? Math.atan2(ty[t] / tn[t] - gy, tx[t] / tn[t] - gx) : 10 + t
      );
      terr.sort((a, b) => angle[a] - angle[b] || a - b);
      const slotOfTerr = new Int32Array(S);
      terr.forEach((t, s) => (slotOfTerr[t] = s));
      located.forEach((i, p) => (slotOf[i] = slotOfTerr[cl[p]]));
      for (let t = 0; t < S; t++) {
        if (tn[t] > 0) {
          const s = slotOfTerr[t];
          cx[s] = tx[t] / tn[t];
          cy[s] = ty[t] / tn[t];
          hasCentre[s] = 1;
        }
      }
      // Customers without a position: where most of their area is, else the lightest weekday.
      const slotLoad = new Float64Array(S);
      for (const i of located) {
        slotLoad[slotOf[i]] += weight(i);
        if (area[i] !== "") countArea(areaSlots, area[i], S)[slotOf[i]]++;
      }
      for (const i of regular) {
        if (hasXY[i]) continue;
        const counts = area[i] !== "" ? areaSlots.get(area[i]) : undefined;
        let s = -1;
        if (counts)
          for (let t = 0; t < S; t++) if (counts[t] > 0 && (s < 0 || counts[t] > counts[s])) s = t;
        if (s < 0 || slotLoad[s] + weight(i) > maxLoad) {
          s = 0;
          for (let t = 1; t < S; t++) if (slotLoad[t] < slotLoad[s]) s = t;
        }
        slotOf[i] = s;
        slotLoad[s] += weight(i);
      }
    } else {
      // No positions: areas together (named areas in text order, then the rest), input order inside.
      seqOrder = regular
        .slice()
        .sort(
          (a, b) =>
            (area[a] === "" ? 1 : 0) - (area[b] === "" ? 1 : 0) || byText(area[a], area[b]) || a - b
        );
      const ch = sequenceChunks(seqOrder.map(weight), S);
      seqOrder.forEach((i, p) => (slotOf[i] = ch[p]));
    }
    for (const i of regular)
      if (area[i] !== "" && !geo) countArea(areaSlots, area[i], S)[slotOf[i]]++;
  }

  /** How well customer i fits slot s (lower is better): distance to the territory, else area fellows. */
  const affinity = (i: number, s: number): number => {
    if (hasXY[i] && geo) return hasCentre[s] ? (x[i] - cx[s]) ** 2 + (y[i] - cy[s]) ** 2 : 1e12;
    const counts = area[i] !== "" ? areaSlots.get(area[i]) : undefined;
    return counts ? -counts[s] : 0;
  };

  /** Evenly spaced patterns of r visits, with the slot they favour (-1: several slots). */
  const patterns = (r: number): { days: number[]; slot: number }[] => {
    const out: { days: number[]; slot: number }[] = [];
    if (r <= W) {
      const phs = weekPhases(r, W);
      for (let s = 0; s < S; s++)
        for (const ws of phs) out.push({ days: ws.map((w) => w * S + s), slot: s });
    } else {
      const step = N / r;
      for (let o = 0; o < Math.max(1, Math.floor(step)); o++) {
        const ds: number[] = [];
        for (let k = 0; k < r; k++) ds.push(o + Math.floor(k * step));
        out.push({ days: ds, slot: -1 });
      }
    }
    return out;
  };

  /** Best pattern anywhere: fewest blocked visits, then closest territory, then lightest days. */
  const placeGeneric = (i: number): void => {
    let best: number[] | null = null;
    let bk = [Infinity, Infinity, Infinity];
    for (const p of patterns(req[i])) {
      let blocked = 0;
      let sum = 0;
      for (const d of p.days) {
        if (!fits(i, d)) blocked++;
        sum += load[d];
      }
      const key = [blocked, p.slot >= 0 ? affinity(i, p.slot) : 0, sum];
      if (
        key[0] < bk[0] ||
        (key[0] === bk[0] && (key[1] < bk[1] || (key[1] === bk[1] && key[2] < bk[2])))
      ) {
        bk = key;
        best = p.days;
      }
    }
    if (best) commit(i, best);
  };

  /** Moves a visit that could not stay on nominal day d to the nearest free working day. */
  const relocate = (i: number, d: number, preferAffinity: boolean): void => {
    const minGap = Math.max(1, Math.floor((7 * W) / req[i] / 2));
    let best = -1;
    let bk = [Infinity, Infinity, Infinity, Infinity];
    for (let e = 0; e < N; e++) {
      if (!fits(i, e)) continue;
      let gap = Infinity;
      for (const f of days[i]) gap = Math.min(gap, Math.abs(dayNumber[e] - dayNumber[f]));
      const near = Math.abs(dayNumber[e] - dayNumber[d]);
      const aff = affinity(i, e % S);
      const key = [
        gap >= minGap ? 0 : 1,
        preferAffinity ? aff : near,
        preferAffinity ? near : aff,
        e,
      ];
      let better = false;
      for (let k = 0; k < 4; k++) {
        if (key[k] !== bk[k]) {
          better = key[k] < bk[k];
          break;
        }
      }
      if (better) {
        bk = key;
        best = e;
      }
    }
    if (best >= 0) accept(i, best);
  };
  // Termination: drain empties the queue once; relocate only accepts (never queues), so no
  // visit is handled twice, and each relocate scans the N days once.
  const drain = (preferAffinity: boolean): void => {
    queue.sort((a, b) => rank[a[0]] - rank[b[0]] || a[1] - b[1]);
    const items = queue.splice(0);
    for (const [i, d] of items) relocate(i, d, preferAffinity);
  };

  // Every loop below runs over fixed, finite lists (customers, slots, phases, patterns, days);
  // none waits for a free day: a visit with no free day is simply not placed (reported as
  // missing by the caller), so a full or all-holiday horizon cannot loop.
  // 1. More-than-weekly customers first: they constrain several weekdays.
  for (const i of frequent) placeGeneric(i);

  // 2. Phases per territory.
  const overflow: number[] = [];
  for (let s = 0; s < S; s++) {
    let members = regular.filter((i) => slotOf[i] === s);
    if (members.length === 0) continue;
    if (geo) {
      let mx = 0;
      let my = 0;
      let m = 0;
      for (const i of members) {
        if (hasXY[i]) {
          mx += x[i];
          my += y[i];
          m++;
        }
      }
      mx /= Math.max(1, m);
      my /= Math.max(1, m);
      const ang = new Map<number, number>();
      for (const i of members) ang.set(i, hasXY[i] ? Math.atan2(y[i] - my, x[i] - mx) : 10);
      members = members.sort(
        (a, b) => ang.get(a)! - ang.get(b)! || byText(area[a], area[b]) || a - b
      );
      // Start the angular order at the widest gap so blocks do not straddle it.
      members = rotateAtWidestGap(
        members,
        members.map((i) => ang.get(i)!)
      );
    } else {
      const pos = new Map<number, number>();
      seqOrder.forEach((i, p) => pos.set(i, p));
      members = members.sort((a, b) => pos.get(a)! - pos.get(b)!);
    }
    const local = new Int32Array(W);
    const localMin = new Float64Array(W);
    for (let k = 0; k < W; k++) {
      local[k] = count[k * S + s];
      localMin[k] = load[k * S + s];
    }
    const rs = [...new Set(members.map((i) => req[i]))].sort((a, b) => b - a);
    for (const r of rs) {
      const list = members.filter((i) => req[i] === r);
      const phs = weekPhases(r, W);
      const P = phs.length;
      const counts = new Int32Array(P);
      // Phases are chosen before customers are dealt to them, so they weigh the class's mean
      // minutes (exact per customer when commit checks each day).
      let wMean = 0;
      for (const i of list) wMean += wt[i] / list.length;
      let placed = 0;
      for (let u = 0; u < list.length; u++) {
        let bp = -1;
        let bk = [Infinity, Infinity];
        for (let p = 0; p < P; p++) {
          let over = -Infinity;
          let maxL = 0;
          let hol = 0;
          let sum = 0;
          for (const w of phs[p]) {
            if (holiday[w * S + s]) {
              hol++;
              continue;
            }
            over = Math.max(over, local[w] + 1 - cap, localMin[w] + wMean - budget - 1e-9);
            maxL = Math.max(maxL, localMin[w]);
            sum += localMin[w];
          }
          if (over > 0) continue;
          const key = [maxL + hol * wMean, sum];
          if (key[0] < bk[0] || (key[0] === bk[0] && key[1] < bk[1])) {
            bk = key;
            bp = p;
          }
        }
        if (bp < 0) break;
        counts[bp]++;
        for (const k of phs[bp]) {
          local[k]++;
          localMin[k] += wMean;
        }
        placed++;
      }
      let keep = list;
      if (placed < list.length) {
        // The ones farthest from the territory (or last in the sequence) go elsewhere.
        const far = list
          .slice()
          .sort((a, b) => affinity(b, s) - affinity(a, s) || b - a)
          .slice(0, list.length - placed);
        const out = new Set(far);
        keep = list.filter((i) => !out.has(i));
        overflow.push(...far);
      }
      let at = 0;
      for (const p of alignedPhaseOrder(P)) {
        for (let c = 0; c < counts[p]; c++)
          commit(
            keep[at++],
            phs[p].map((w) => w * S + s)
          );
      }
    }
  }
  // 3. Visits displaced by holidays, then customers that did not fit their territory.
  drain(false);
  overflow.sort((a, b) => rank[a] - rank[b]);
  for (const i of overflow) {
    placeGeneric(i);
    drain(false);
  }
  // 4. Held-back customers take what room is left, near their fellows. When not even the
  // lightest day under the cap has room for a customer's minutes, no day fits it: placing it
  // would only queue visits that no relocation can take, so it is skipped (same days; on a
  // full 100,000-row plan nearly all of them).
  for (const i of prio) {
    if (!dropped[i]) continue;
    if (!(lightestOpen() + wt[i] <= budget + 1e-9)) continue;
    placeGeneric(i);
    drain(true);
  }
  for (const ds of days) ds.sort((a, b) => a - b);
  return days;
}

function countArea(m: Map<string, Float64Array>, a: string, S: number): Float64Array {
  let c = m.get(a);
  if (!c) m.set(a, (c = new Float64Array(S)));
  return c;
}

/** Phase order for contiguous spatial blocks: with 4 phases (weeks) 0, 2, 1, 3, so each week's
 * block lies inside the half that the 2-phase (fortnightly) class visits that week. */
function alignedPhaseOrder(P: number): number[] {
  const ps = Array.from({ length: P }, (_, p) => p);
  return P > 2 && P % 2 === 0 ? ps.sort((a, b) => (a % 2) - (b % 2) || a - b) : ps;
}

function rotateAtWidestGap(items: number[], ang: number[]): number[] {
  // Items are sorted by angle; those without a position (angle > 4) are at the end and stay there.
  let m = 0;
  while (m < items.length && ang[m] <= 4) m++; // at most items.length steps
  if (m < 3) return items;
  let best = 0;
  let gap = -1;
  for (let k = 0; k < m; k++) {
    const next = k === m - 1 ? ang[0] + 2 * Math.PI : ang[k + 1];
    if (next - ang[k] > gap) {
      gap = next - ang[k];
      best = (k + 1) % m;
    }
  }
  return items.slice(best, m).concat(items.slice(0, best), items.slice(m));
}
