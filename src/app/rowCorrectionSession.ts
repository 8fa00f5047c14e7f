/**
 * The row corrections of one pane session, shared by its tabs (issue 11). A correction made in
 * one tab (Put back, Leave out) reaches every other tab at once: a tab mounted now reads it,
 * and a tab already open hears of it. The document's settings (`crm.rows.<sheet>`) remember a
 * correction only once a run writes; until then the session's word is the latest, so it comes
 * first. It is kept the way the settings keep it (`rememberedRows`): a row counts only while it
 * holds what it held, read back by the same `savedRowOverride`.
 */
import type { RowOverride } from "../core/list/rowOverride";
import type { ListSnapshot } from "../host/types";
import { isOfList, rememberedRows, savedRowOverride, type SavedRowOverride } from "./customerRows";

/** Told the sheet whose correction changed, and who changed it (the `origin` given to `set`). */
export type RowCorrectionListener = (sheet: string, origin: unknown) => void;

export class RowCorrectionSession {
  private readonly bySheet = new Map<string, SavedRowOverride>();
  private readonly listeners = new Set<RowCorrectionListener>();

  /**
   * Records the correction of a list and tells every subscriber.
   *
   * @param read The list as read (before the correction).
   * @param rows The correction (empty: the rows as read, which also overrides the settings).
   * @param origin Who made it (its own listener can then ignore it).
   */
  set(read: ListSnapshot, rows: RowOverride, origin?: unknown): void {
    this.bySheet.set(read.sheet, rememberedRows(read, rows));
    for (const l of [...this.listeners]) l(read.sheet, origin);
  }

  /**
   * The session's correction of a list, the rows that no longer hold what they held dropped.
   *
   * @param read The list as read.
   * @returns The correction, or undefined when this session made none for this list (then the
   *   settings say).
   */
  rowsFor(read: ListSnapshot): RowOverride | undefined {
    const sv = this.bySheet.get(read.sheet);
    return sv && isOfList(sv, read) ? savedRowOverride(sv, read) : undefined;
  }

  /** Calls `listener` after each `set`; returns the unsubscribe function. */
  subscribe(listener: RowCorrectionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** One session per workbook host: the pane has one host, shared by all its tabs. */
const SESSIONS = new WeakMap<object, RowCorrectionSession>();

/**
 * The row-correction session of a workbook host (made on first use).
 *
 * @param host The pane's host (any object standing for the workbook).
 * @returns The same session for the same host.
 * @example rowCorrectionSession(host).set(list.read, { include: [17], exclude: [] }, me)
 */
export function rowCorrectionSession(host: object): RowCorrectionSession {
  let s = SESSIONS.get(host);
  if (!s) {
    s = new RowCorrectionSession();
    SESSIONS.set(host, s);
  }
  return s;
}
