/**
 * Tier migration (PRODUCT 2.9, issue 15 part 4): re-tiering every period moves customers between
 * tiers, and managers read the moves as a matrix: previous tier down the side, current tier
 * across the top, a "(new)" row for customers without a previous tier and a "(gone)" column for
 * customers without a current one.
 *
 * Labels are matched as the tier comparison matches them ({@link labelKey}: "A类" is "A") and
 * a blank or error cell is "no tier" ({@link noPreviousTier}), so the matrix always agrees with
 * the up/down/new/gone counts of `compare.ts`.
 */
import { labelKey, noPreviousTier } from "./compare";

/** Row label of customers that had no previous tier (what CRM.MIGRATION writes). */
export const MIGRATION_NEW = "(new)";
/** Column label of customers that have no current tier. */
export const MIGRATION_GONE = "(gone)";

/** A migration matrix. */
export interface MigrationMatrix {
  /** Previous tier labels (rows), as first spelt in the data. */
  from: string[];
  /** Current tier labels (columns). */
  to: string[];
  /**
   * Customers per move, (from.length + 1) x (to.length + 1): `counts[i][j]` moved from `from[i]`
   * to `to[j]`; the last row is "(new)", the last column "(gone)" (the new-and-gone corner
   * stays 0: a row blank in both is not a customer).
   */
  counts: number[][];
  /** Sum of the values of the customers in each cell (NaN values count 0), same shape. */
  values: number[][];
  /** Customers counted (rows with a previous or a current tier). */
  total: number;
}

/** Options of {@link migrationMatrix}. */
export interface MigrationOptions {
  /** Value per row (e.g. the current sales) summed per cell: the "sales moved". */
  values?: ArrayLike<number>;
  /**
   * Labels to list first, in this order, even when nobody holds them (e.g. the current tier
   * labels, so that the pane's matrix always shows A, B, C and its diagonal lines up). Others
   * follow in order of first appearance.
   */
  order?: readonly string[];
}

/** Labels in display order: the given order first, else A, B, C... sorted, else as they came. */
function ordered(keys: Map<string, string>, order: readonly string[] | undefined): string[] {
  const seen = [...keys.keys()];
  let sorted: string[];
  if (order) {
    const first = order.map(labelKey);
    sorted = [...first, ...seen.filter((k) => !first.includes(k))];
    order.forEach((l, i) => {
      if (!keys.has(first[i])) keys.set(first[i], l);
    });
  } else if (seen.every((k) => /^[A-Z]$/.test(k))) sorted = seen.slice().sort();
  else sorted = seen;
  return sorted;
}

/**
 * Counts the moves between a previous and a current tier per row.
 *
 * @param previous Previous tier cell per row (blank or an error: no previous tier, "new").
 * @param current Current tier cell per row (blank or an error: no current tier, "gone").
 * @param o Values to sum per cell, and labels to list first.
 * @returns The matrix; rows blank in both columns are not counted.
 * @throws {RangeError} When the columns (or values) differ in length.
 * @example migrationMatrix(["A", "B", "", "C"], ["A", "A", "B", ""]).counts
 * // from [A, B, C], to [A, B]: [[1, 0, 0], [1, 0, 0], [0, 0, 1], [0, 1, 0]]
 * Cost: O(n + L^2) for L labels.
 */
export function migrationMatrix(
  previous: ArrayLike<unknown>,
  current: ArrayLike<unknown>,
  o: MigrationOptions = {}
): MigrationMatrix {
  const n = previous.length;
  if (current.length !== n)
    throw new RangeError(`previous has ${n} rows but current has ${current.length}.`);
  if (o.values && o.values.length !== n)
    throw new RangeError(`values has ${o.values.length} rows but the tiers have ${n}.`);
  const fromKeys = new Map<string, string>(); // key -> label as first spelt
  const toKeys = new Map<string, string>();
  const pk: (string | null)[] = new Array(n);
  const ck: (string | null)[] = new Array(n);
  const keyOf = (v: unknown, keys: Map<string, string>): string | null => {
    if (noPreviousTier(v)) return null;
    const label = String(v).trim();
    const k = labelKey(label);
    if (!keys.has(k)) keys.set(k, label);
    return k;
  };
  for (let r = 0; r < n; r++) {
    pk[r] = keyOf(previous[r], fromKeys);
    ck[r] = keyOf(current[r], toKeys);
  }
  const fromOrder = ordered(fromKeys, o.order);
  const toOrder = ordered(toKeys, o.order);
  const fi = new Map(fromOrder.map((k, i) => [k, i]));
  const ti = new Map(toOrder.map((k, i) => [k, i]));
  const rows = fromOrder.length + 1;
  const cols = toOrder.length + 1;
  const counts = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  const values = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  let total = 0;
  for (let r = 0; r < n; r++) {
    const a = pk[r];
    const b = ck[r];
    if (a === null && b === null) continue;
    const i = a === null ? rows - 1 : (fi.get(a) as number);
    const j = b === null ? cols - 1 : (ti.get(b) as number);
    counts[i][j]++;
    const v = o.values ? o.values[r] : 0;
    if (v === v) values[i][j] += v;
    total++;
  }
  return {
    from: fromOrder.map((k) => fromKeys.get(k) as string),
    to: toOrder.map((k) => toKeys.get(k) as string),
    counts,
    values,
    total,
  };
}
