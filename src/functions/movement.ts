/**
 * Adapters of CRM.TREND and CRM.MIGRATION (issue 15 parts 3-4): how customers move over time,
 * in their sales (the early warning) and in their tiers (the migration matrix).
 */
import { ArgError, asGrid, optionalNumber, shapeOf, type OutCell } from "./args";
import { column, readNumber, RowStates, sameRows } from "./value";
import { DEFAULT_TREND_WINDOW, trends } from "../core/trend";
import { MIGRATION_GONE, MIGRATION_NEW, migrationMatrix } from "../core/list/migration";

/**
 * CRM.TREND: sales one row per customer, one column per period (oldest first). A row that is
 * entirely blank gives a blank; a blank period inside a row is no sales (0); text gives that
 * row a #VALUE!. No trend (too few periods, an earlier total <= 0) is a blank.
 */
export function trendImpl(sales: unknown, window: unknown): OutCell[][] {
  const g = asGrid(sales, "Sales");
  const [n, p] = shapeOf(g);
  const w = optionalNumber(window, DEFAULT_TREND_WINDOW, "Window");
  if (!Number.isInteger(w) || w < 1)
    throw new ArgError("value", `Window must be a whole number of periods >= 1, got ${w}.`);
  const rows = new RowStates(n);
  const flat = new Float64Array(n * p);
  for (let k = 0; k < n; k++) {
    let blanks = 0;
    for (let t = 0; t < p; t++) {
      const x = readNumber(g[k][t], p > 1 ? `Sales (period ${t + 1})` : "Sales");
      if (typeof x === "number") flat[k * p + t] = x;
      else {
        flat[k * p + t] = NaN; // the core counts a blank period as no sales
        if (x === null) blanks++;
        else rows.fail(k, x);
      }
    }
    if (blanks === p) rows.blank(k);
  }
  const res = trends(flat, n, p, w);
  return rows.column(res, (x) => (x === x ? x : ""));
}

/**
 * CRM.MIGRATION: previous and current tiers one column each, same rows. Spills a header row
 * ("", current labels..., "(gone)"), one row per previous label, then the "(new)" row; each cell
 * the number of customers that moved that way.
 */
export function migrationImpl(previousTiers: unknown, tiers: unknown): OutCell[][] {
  const prev = column(previousTiers, "Previous tiers");
  const cur = column(tiers, "Tiers");
  sameRows(prev.length, cur.length, "Tiers", "Previous tiers");
  // Blank cells (null, "" or spaces) and the sheet's error values mean "no tier" in the core.
  const m = migrationMatrix(prev, cur);
  const header: OutCell[] = ["", ...m.to, MIGRATION_GONE];
  const body = m.counts.map((counts, i): OutCell[] => [
    i < m.from.length ? m.from[i] : MIGRATION_NEW,
    ...counts,
  ]);
  return [header, ...body];
}
