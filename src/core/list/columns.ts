/**
 * Guessing what each column of a customer list holds, from its header (English and Chinese)
 * and its contents: the customer list's role schema (`CUSTOMER_LIST_ROLES`) read by
 * `assignRoles`, plus the list's numeric columns and grouping candidates. The pane shows the
 * guess in dropdowns; the command line uses it as is.
 */
import {
  assignRoles,
  isNumeric,
  normalizeHeader,
  headerIs,
  profileColumns,
  roleDef,
  type ColumnProfile,
  type RoleSource,
} from "../roles";
import { CUSTOMER_LIST_ROLES, type ColumnRole } from "./listRoles";

export { CUSTOMER_LIST_ROLES, type ColumnRole } from "./listRoles";
export { profileColumn, DISTINCT_CAP, PROFILE_SAMPLE, type ColumnProfile } from "../roles";

/** The guess: a column index (0-based, within the list) per role found. */
export interface ColumnGuess {
  roles: Partial<Record<ColumnRole, number>>;
  /** Whether each role was found from the header or from the contents alone. */
  sources: Partial<Record<ColumnRole, RoleSource>>;
  /** Columns whose non-empty cells are (at least 80%) numbers, left to right. */
  numericColumns: number[];
  /** Columns of short repeated labels that can group customers (channel, region, rep first). */
  groupCandidates: number[];
  /** One profile per column. */
  profiles: ColumnProfile[];
  /**
   * When no header names the sales column: the numeric columns that could credibly be sales,
   * best first (empty when a header named it). With `roles.sales` unset, the user is asked to
   * choose among these (none: no column is credibly sales).
   */
  salesCandidates: number[];
}

const SALES_NEVER = roleDef(CUSTOMER_LIST_ROLES, "sales").never ?? [];

/** True when a header names a column that is never sales (phone, postcode, id, year ...). */
export function notSalesHeader(header: string): boolean {
  return headerIs(normalizeHeader(header), SALES_NEVER);
}

function isGroupLike(p: ColumnProfile): boolean {
  if (p.nonEmpty === 0 || p.texts < 0.8 * p.nonEmpty || p.meanTextLength > 30) return false;
  return p.distinct >= 2 && p.distinct <= Math.max(2, Math.min(200, Math.floor(p.nonEmpty / 2)));
}

/**
 * Guesses each column's role from its header and contents (see `assignRoles` for the rules and
 * `CUSTOMER_LIST_ROLES` for the words). Deterministic: the same list gives the same guess.
 *
 * Sales from contents only when a column can credibly be money (never a phone, postcode, id,
 * year, coordinate, row number or date serial); several such columns under real headers are
 * left to the user (`salesCandidates`). When no area column exists, the region serves as area.
 *
 * @param header Header texts ("" for blank or headerless lists).
 * @param rows Data rows (each at least `header.length` long; shorter rows read as blanks).
 * @returns Roles found, how, numeric columns, group candidates and column profiles (of at
 *   most {@link PROFILE_SAMPLE} rows spread evenly over the list).
 * @example
 * guessColumns(["客户名称", "渠道", "业务员", "销售额"], [["A店", "KA", "王", 100]]).roles
 * // { customer: 0, channel: 1, rep: 2, sales: 3 }
 * Cost: O(min(rows, 5000) x columns).
 */
export function guessColumns(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>
): ColumnGuess {
  const profiles = profileColumns(header, rows);
  const a = assignRoles(CUSTOMER_LIST_ROLES, header, rows, profiles);
  const roles = a.columns;
  const numericColumns = profiles.map((p, c) => (isNumeric(p) ? c : -1)).filter((c) => c >= 0);

  // Group candidates: the named group roles first, then other label columns.
  const groupCandidates: number[] = [];
  for (const role of ["channel", "region", "area", "rep"] as const) {
    const c = roles[role];
    if (c !== undefined && !groupCandidates.includes(c) && profiles[c].distinct >= 1)
      groupCandidates.push(c);
  }
  const notGroups = new Set<number>(
    (["customer", "sales", "previousTier", "address", "latlng", "lastOrder"] as const)
      .map((r) => roles[r])
      .filter((c): c is number => c !== undefined)
  );
  profiles.forEach((p, c) => {
    if (!groupCandidates.includes(c) && !notGroups.has(c) && isGroupLike(p))
      groupCandidates.push(c);
  });

  return {
    roles,
    sources: a.sources,
    numericColumns,
    groupCandidates,
    profiles,
    salesCandidates: a.candidates.sales ?? [],
  };
}

export { readNumericColumn, cellNumber, type NumericColumn } from "../excel/number";

export {
  ORDER_TABLE_ROLES,
  guessOrderColumns,
  type OrderRole,
  type OrderColumnGuess,
} from "./orderRoles";
