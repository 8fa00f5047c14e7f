/**
 * The one rule of writing into cells that exist (PRODUCT 4, the developers' guide): empty cells
 * are written; anything else, this job's own output of an earlier run included, only once the
 * user agreed; cells that were not read count as not empty. New sheets never meet this rule:
 * they get unique names (`SheetNames`, `SheetLayout.newSheet`).
 *
 * The Tier column and the Value columns ask with it; the Churn watch is the one job that
 * rewrites its own sheet without asking, because it carries everything the user typed there
 * over to the new table (see app/churn.ts).
 */
import { isEmptyCell, type CellValue } from "../../core/excel/cell";
import type { ListSnapshot } from "../../host/types";

/** What a write would cover: nothing, this job's earlier output, the user's cells, or cells not read. */
export type TargetContent = "empty" | "own" | "user" | "unread";

export interface TargetCheck {
  content: TargetContent;
  /** Non-empty cells among those read. */
  nonEmpty: number;
}

/**
 * What is in the cells a write would cover.
 *
 * @param cells The cells as read (undefined: not read).
 * @param own True when they are this job's output of an earlier run (found by its header or the
 *   document's settings).
 * @returns The content and how many cells are not empty.
 * @example checkTarget(["Tier", "A", null], true) // { content: "own", nonEmpty: 2 }
 */
export function checkTarget(
  cells: readonly (CellValue | undefined)[] | undefined,
  own: boolean
): TargetCheck {
  if (cells === undefined) return { content: "unread", nonEmpty: 0 };
  let nonEmpty = 0;
  for (const v of cells) if (!isEmptyCell(v ?? null)) nonEmpty++;
  return { content: nonEmpty === 0 ? "empty" : own ? "own" : "user", nonEmpty };
}

/**
 * The cells of a column of the list as a write over it meets them (header first, unless the
 * list is headerless), for `checkTarget`. A cell holding a formula counts as its formula text:
 * its value may read as nothing (a host that computes no formulas, a formula showing "") while
 * the cell is not empty, as `rightColumn` already counts formulas.
 *
 * @param s The list.
 * @param j Column index within the list.
 * @returns The cells, top to bottom.
 * @example listColumnCells({ header: ["Tier"], rows: [[null]], formulas: [["=CRM.TIER(B2:B6)"]], ... }, 0)
 * // ["Tier", "=CRM.TIER(B2:B6)"]
 */
export function listColumnCells(s: ListSnapshot, j: number): CellValue[] {
  const out: CellValue[] = s.headerless ? [] : [s.header[j]];
  s.rows.forEach((r, i) => {
    const f = s.formulas?.[i]?.[j];
    out.push(f ? (f.startsWith("=") ? f : `=${f}`) : r[j]);
  });
  return out;
}

/** True when the write needs the user's go-ahead first (anything but empty cells). */
export function needsConsent(check: TargetCheck): boolean {
  return check.content !== "empty";
}
