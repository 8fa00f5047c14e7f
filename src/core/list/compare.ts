/**
 * Dynamic re-evaluation (PRODUCT 2.9): who moved up, down, stayed, is new or is gone, between a
 * previous tier column and the tiers just computed.
 */
import { isEmptyCell } from "../excel/cell";

export type MoveKind = "up" | "down" | "same" | "new" | "gone" | "unknown";

/** Every move kind, in the order reports list them. */
export const MOVE_KINDS: readonly MoveKind[] = ["up", "down", "same", "new", "gone", "unknown"];

export interface TierComparison {
  counts: Record<MoveKind, number>;
  /**
   * Rows of each kind: 0-based data-row indices for a by-row comparison; for a by-name
   * comparison, current rows (up, down, same, new, unknown) and previous rows (gone).
   */
  rows: Record<MoveKind, number[]>;
}

function emptyComparison(): TierComparison {
  const counts = {} as Record<MoveKind, number>;
  const rows = {} as Record<MoveKind, number[]>;
  for (const k of MOVE_KINDS) {
    counts[k] = 0;
    rows[k] = [];
  }
  return { counts, rows };
}

/** A tier label's key: trimmed, upper case, a trailing "类"/"级"/"类客户"/"级客户" dropped ("A类" = "A"). */
export function labelKey(v: unknown): string {
  return String(v)
    .trim()
    .toUpperCase()
    .replace(/\s*(类客户|级客户|类|级)$/, "");
}

/**
 * True when a previous tier cell holds no tier: blank, or an error value. A live `=CRM.TIER`
 * column shows `#VALUE!` (or another error) where the sales cell was text; that row had no
 * tier, so it must read as "no previous tier", not as a label that is now "gone".
 */
export function noPreviousTier(v: unknown): boolean {
  if (isEmptyCell(v)) return true;
  if (typeof v === "string") return /^\s*#/.test(v); // "#VALUE!", "#N/A", "#SPILL!", ...
  // Error objects (CustomFunctions.Error, or an Error read back from a host) carry a code.
  return (
    typeof v === "object" &&
    !(v instanceof Date) &&
    (v instanceof Error || typeof (v as { code?: unknown }).code === "string")
  );
}

/**
 * The rank of a previous tier label among the current labels (0 best), or null when there is
 * no previous tier (a blank cell or an error value such as "#VALUE!"). A label not among them
 * is placed by letter when labels are consecutive single letters ("D" after A/B/C ranks 3,
 * below C); otherwise it cannot be compared (NaN).
 *
 * @param v Previous tier cell.
 * @param labels Current labels, best first.
 * @returns The rank, null for a blank cell or an error value, NaN for an unrecognised label.
 * @example previousRank("D", ["A", "B", "C"]) // 3
 * @example previousRank("b类", ["A", "B", "C"]) // 1
 * @example previousRank("#VALUE!", ["A", "B", "C"]) // null
 */
export function previousRank(v: unknown, labels: readonly string[]): number | null {
  if (noPreviousTier(v)) return null;
  const key = labelKey(v);
  const keys = labels.map(labelKey);
  const i = keys.indexOf(key);
  if (i >= 0) return i;
  const letters = keys.every(
    (k, j) => k.length === 1 && k.charCodeAt(0) === keys[0].charCodeAt(0) + j
  );
  if (letters && keys.length > 0 && /^[A-Z]$/.test(key))
    return key.charCodeAt(0) - keys[0].charCodeAt(0);
  return NaN;
}

function classify(prev: number | null, cur: number): MoveKind | null {
  if (prev === null) return cur >= 0 ? "new" : null;
  if (cur < 0) return "gone";
  if (Number.isNaN(prev)) return "unknown";
  return cur < prev ? "up" : cur > prev ? "down" : "same";
}

/**
 * Compares previous and current tiers row by row: up (a better tier now), down, same, new
 * (no previous tier, tiered now), gone (a previous tier, untiered now), unknown (a previous
 * label that cannot be ranked against the labels). Rows blank in both are not counted.
 *
 * @param previous Previous tier cell per row.
 * @param current Current tier index per row (-1 untiered).
 * @param labels Current labels, best first.
 * @returns Counts and 0-based row indices per kind.
 * @throws {RangeError} When the two columns differ in length.
 * @example compareByRow(["A", "C", null, "B"], Int32Array.of(1, 0, 2, -1), ["A", "B", "C"]).counts
 * // { up: 1, down: 1, same: 0, new: 1, gone: 1, unknown: 0 }
 * Cost: O(n).
 */
export function compareByRow(
  previous: ArrayLike<unknown>,
  current: ArrayLike<number>,
  labels: readonly string[]
): TierComparison {
  if (previous.length !== current.length) {
    throw new RangeError(
      `previous and current tiers differ in length (${previous.length} vs ${current.length}).`
    );
  }
  const out = emptyComparison();
  const memo = new Map<unknown, number | null>();
  for (let i = 0; i < current.length; i++) {
    const v = previous[i];
    let p = memo.get(v);
    if (p === undefined) {
      p = previousRank(v, labels);
      memo.set(v, p);
    }
    const kind = classify(p, current[i]);
    if (kind) {
      out.counts[kind]++;
      out.rows[kind].push(i);
    }
  }
  return out;
}

/** Name key for matching customers across lists: trimmed, inner spaces collapsed, case folded. */
function nameKey(v: unknown): string {
  return String(v).trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Compares tiers matched by customer name, e.g. against last month's list: a current customer
 * whose name was not in the previous list is new; a previous customer (with a tier) whose name
 * is gone from the current list, or is there untiered, is gone. Blank names are skipped; for a
 * name on several rows the first row counts.
 *
 * @param previousNames Customer name per previous row.
 * @param previousTiers Previous tier label per previous row.
 * @param currentNames Customer name per current row.
 * @param current Current tier index per current row (-1 untiered).
 * @param labels Current labels, best first.
 * @returns Counts and rows (current rows; previous rows for "gone" customers missing now).
 * @throws {RangeError} When names and tiers of one list differ in length.
 * @example compareByName(["x", "y"], ["A", "B"], ["y", "z"], Int32Array.of(0, 1), ["A", "B", "C"]).counts
 * // { up: 1, down: 0, same: 0, new: 1, gone: 1, unknown: 0 }
 * Cost: O(n) with hashing.
 */
export function compareByName(
  previousNames: ArrayLike<unknown>,
  previousTiers: ArrayLike<unknown>,
  currentNames: ArrayLike<unknown>,
  current: ArrayLike<number>,
  labels: readonly string[]
): TierComparison {
  if (previousNames.length !== previousTiers.length || currentNames.length !== current.length) {
    throw new RangeError(`names and tiers must have one entry per row.`);
  }
  const prev = new Map<string, number>();
  for (let i = 0; i < previousNames.length; i++) {
    if (isEmptyCell(previousNames[i])) continue;
    const k = nameKey(previousNames[i]);
    if (!prev.has(k)) prev.set(k, i);
  }
  const out = emptyComparison();
  const seen = new Set<string>();
  for (let i = 0; i < currentNames.length; i++) {
    if (isEmptyCell(currentNames[i])) continue;
    const k = nameKey(currentNames[i]);
    if (seen.has(k)) continue;
    seen.add(k);
    const j = prev.get(k);
    const p = j === undefined ? null : previousRank(previousTiers[j], labels);
    const kind = classify(p, current[i]);
    if (kind) {
      out.counts[kind]++;
      out.rows[kind].push(i);
    }
  }
  for (const [k, j] of prev) {
    if (seen.has(k) || noPreviousTier(previousTiers[j])) continue;
    out.counts.gone++;
    out.rows.gone.push(j);
  }
  return out;
}
