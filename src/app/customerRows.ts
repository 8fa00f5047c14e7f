/**
 * The rows of a list that are customers. The list reader marks the rows that are not
 * (`snapshot.leftOut`: blank, total/subtotal, repeated header, note rows); tiering and planning
 * skip them, and so must every job that reads all rows (value columns, the churn check): a
 * 合计 row would otherwise be a customer with the largest sales of all.
 */
import type { ListSnapshot } from "../host/types";
import type { LeftOutReason } from "../core/list/extent";
import { firstDataRow } from "./tiering";

/**
 * The list with its left-out rows blanked (every cell null), so a job reading it leaves them out
 * (a blank row gets a blank result) while row i stays sheet row `firstDataRow + i`.
 *
 * @param snapshot The list as read.
 * @returns The same snapshot when nothing is left out, else a copy (rows and formulas blanked).
 * @example withoutLeftOut(s).rows[8] // [null, null, ...] where row 8 was a 合计 row
 * Cost: O(rows) (only left-out rows are copied).
 */
export function withoutLeftOut(snapshot: ListSnapshot): ListSnapshot {
  const out = snapshot.leftOut ?? [];
  if (out.length === 0) return snapshot;
  const rows = snapshot.rows.slice();
  const formulas = snapshot.formulas?.slice();
  for (const l of out) {
    rows[l.index] = new Array(snapshot.header.length).fill(null);
    if (formulas) formulas[l.index] = new Array(snapshot.header.length).fill(null);
  }
  const copy: ListSnapshot = { ...snapshot, rows };
  if (formulas) copy.formulas = formulas;
  return copy;
}

/**
 * The left-out rows as the user sees them: 1-based sheet rows with the reason.
 *
 * @param snapshot The list as read.
 * @returns One entry per left-out row, in sheet order.
 * @example leftOutRows(s) // [{ row: 9, reason: "total" }]
 */
export function leftOutRows(snapshot: ListSnapshot): Array<{ row: number; reason: LeftOutReason }> {
  const first = firstDataRow(snapshot);
  return (snapshot.leftOut ?? []).map((l) => ({ row: first + 1 + l.index, reason: l.reason }));
}

/**
 * Whether a left-out row holds anything (a total row does, a blank row does not): then a live
 * formula over the whole column would count it, so the jobs write values instead.
 *
 * @param snapshot The list as read.
 * @returns True when some left-out row is not blank.
 */
export function leftOutHoldsValues(snapshot: ListSnapshot): boolean {
  return (snapshot.leftOut ?? []).some((l) => l.reason !== "blank");
}
