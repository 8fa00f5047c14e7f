/**
 * The order-history job as a value (job.ts): the order table's roles (`ORDER_TABLE_ROLES`),
 * their guess and the choice remembered for the sheet, and the plan of the new sheet with the
 * live CRM.RFM -> BGNBD/GAMMAGAMMA -> PALIVE/PURCHASES/SPEND/CLVHIST chain (history.ts).
 */
import { guessOrderColumns, ORDER_TABLE_ROLES, type OrderRole } from "../core/list/columns";
import type { ListSnapshot } from "../host/types";
import { messages } from "../i18n/messages";
import { JobRefusal, type ListJob, type Prepared, type RoleColumns } from "./job";
import {
  buildHistorySheet,
  historySettingsKey,
  type HistoryOptions,
  type HistorySheetPlan,
  type OrderColumns,
  type SavedHistory,
} from "./history";

export type { OrderRole };

/** Customer, date and amount chosen as three distinct columns, else undefined. */
export function chosenOrderColumns(roles: RoleColumns<OrderRole>): OrderColumns | undefined {
  const { customer, date, amount } = roles;
  if (customer === undefined || date === undefined || amount === undefined) return undefined;
  if (new Set([customer, date, amount]).size < 3) return undefined;
  return { customer, date, amount };
}

/** The order-history job: roles, guess and restore, the formula-chain sheet. */
export const historyJob: ListJob<OrderRole, HistoryOptions, HistorySheetPlan> = {
  id: "history",
  schema: ORDER_TABLE_ROLES,
  roles: ORDER_TABLE_ROLES.shown,
  // The chain's live formulas read every line of the table: no row correction could reach them.
  rowCorrection: false,
  settingsKey: historySettingsKey,

  prepare(snapshot: ListSnapshot, savedRaw: unknown): Prepared<OrderRole, HistoryOptions> {
    const g = guessOrderColumns(snapshot.header, snapshot.rows);
    const columns: RoleColumns<OrderRole> = { ...g.roles };
    const sources: Prepared<OrderRole, HistoryOptions>["sources"] = { ...g.sources };
    const saved = savedRaw as SavedHistory | undefined;
    let used = false;
    if (saved && saved.version === 1 && saved.columns) {
      // A remembered column is found by its header (the table may have gained columns), else at its place.
      for (const role of ORDER_TABLE_ROLES.shown) {
        const c = saved.columns[role];
        if (!c || typeof c.index !== "number") continue;
        const byHeader = c.header ? snapshot.header.indexOf(c.header) : -1;
        const at = byHeader >= 0 ? byHeader : c.index;
        if (at < snapshot.header.length && (snapshot.header[at] ?? "") === c.header) {
          columns[role] = at;
          sources[role] = "saved";
          used = true;
        }
      }
    }
    const options: Partial<HistoryOptions> | undefined =
      used && saved
        ? {
            months: saved.months,
            monthlyDiscount: saved.monthlyDiscount,
            margin: saved.margin,
            periodDays: saved.periodDays,
          }
        : undefined;
    return { columns, sources, options, info: undefined };
  },

  async plan(snapshot, { columns, options }, ctx) {
    const c = chosenOrderColumns(columns);
    if (!c) throw new JobRefusal([messages(ctx.locale).history.pane.problems.badColumns]);
    ctx.progress(0.5);
    const sheet = buildHistorySheet(snapshot, c, options, await ctx.sheetNames(), ctx.locale);
    return { ops: sheet.ops, conflicts: [], notes: [], result: sheet };
  },
};
