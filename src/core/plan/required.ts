/** How many visits a tier requires over a horizon that need not be one 4-week cycle. */
import { CYCLE_WEEKS } from "../visitPolicy";

/**
 * Visits required over `weeks` weeks for a policy of `perCycle` visits per 4 weeks:
 * `round(perCycle x weeks / 4)` (halves round up), but at least 1 when `perCycle > 0`, so a
 * customer of a visited tier is never left out of a short plan. 0 visits per cycle means none.
 * E.g. 6 weeks: A 6, B 3, C 2; 2 weeks: A 2, B 1, C 1; 4 weeks: the policy itself.
 *
 * @param perCycle Visits per 4-week cycle (>= 0).
 * @param weeks Horizon in weeks (>= 1).
 * @returns The required visits (an integer >= 0).
 * @example requiredVisits(1, 6) // 2
 */
export function requiredVisits(perCycle: number, weeks: number): number {
  if (!(perCycle > 0)) return 0;
  return Math.max(1, Math.round((perCycle * weeks) / CYCLE_WEEKS));
}

/**
 * The weeks (0-based) of each phase of an evenly spaced pattern of `r <= weeks` visits on one
 * weekday: phase p visits weeks `p + floor(k x weeks / r)`, k = 0..r-1, for every p that keeps
 * the last visit inside the horizon. 4 weeks: r 4 -> [[0,1,2,3]]; r 2 -> [[0,2],[1,3]];
 * r 1 -> [[0],[1],[2],[3]].
 *
 * @param r Visits (1..weeks).
 * @param weeks Horizon in weeks.
 * @returns The week lists, one per phase. Cost O(weeks x r).
 * @example weekPhases(2, 4) // [[0, 2], [1, 3]]
 */
export function weekPhases(r: number, weeks: number): number[][] {
  const last = Math.floor(((r - 1) * weeks) / r);
  const out: number[][] = [];
  for (let p = 0; p + last < weeks; p++) {
    const ws: number[] = [];
    for (let k = 0; k < r; k++) ws.push(p + Math.floor((k * weeks) / r));
    out.push(ws);
  }
  return out;
}
