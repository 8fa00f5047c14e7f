/**
 * The tiering job as a value (job.ts): the roles of the Tiering tab and `crm tier`, the guess
 * and the remembered choice of a list, and the plan of the Tier column. The rules themselves are
 * in tiering.ts (analysis, write batch) and core.
 */
import { guessColumns } from "../core/list/columns";
import { TIERING_ROLES } from "../core/list/listRoles";
import type { CheckIssue } from "../core/list/checks";
import { DEFAULT_RANK_CUTS, type TierMethod } from "../core/tier";
import type { ListSnapshot, Rect } from "../host/types";
import type { Conflict, ListJob, Prepared, RoleColumns, RoleSources } from "./job";
import {
  buildTierWrite,
  restoreColumns,
  settingsKey,
  type SavedTiering,
  type TierRole,
  type TierWriteNote,
  type TierWritePlan,
  type TieringResult,
} from "./tiering";

export { TIERING_ROLES, type TierRole };

/** The roles picked from the guesses, in the order the form shows them. */
export const TIER_ROLES: readonly Exclude<TierRole, "group">[] = TIERING_ROLES.shown;

export interface TieringOptions {
  method: TierMethod;
  /** Rank cuts (cumulative shares); absent: the method's defaults. */
  cuts?: readonly number[];
  output: "formulas" | "values";
}

/** What reading the list found besides the roles. */
export interface TieringListInfo {
  /** Columns that could group the tiers (channel, region, rep ...). */
  groupCandidates: number[];
  /** No header named the sales column: the columns that could be it (the user is asked). */
  salesCandidates: number[];
}

/** What a plan says: the checks' issues, and with a list that passed them the analysis and where the tiers go. */
/** What a Tier write can ask about: an earlier run's Tier column, or cells of the user's right of the list. */
export type TierConflictCode = NonNullable<TierWritePlan["needsConfirmation"]>["reason"];

export interface TieringOutcome {
  issues: CheckIssue[];
  analysis?: TieringResult;
  target?: Rect;
  output?: "formulas" | "values";
}

/** A remembered choice, if the value under the settings key is one (version 1). */
function savedTiering(v: unknown): SavedTiering | undefined {
  return v && typeof v === "object" && (v as SavedTiering).version === 1
    ? (v as SavedTiering)
    : undefined;
}

/** The options remembered in a saved choice: "rank" with the default cuts stays plain "rank". */
function savedOptions(sv: SavedTiering): Partial<TieringOptions> {
  const rankDefault =
    sv.method === "rank" &&
    sv.cuts.length === DEFAULT_RANK_CUTS.length &&
    sv.cuts.every((c, i) => c === DEFAULT_RANK_CUTS[i]);
  return {
    method: sv.method,
    cuts: sv.method === "rank" && !rankDefault ? sv.cuts : undefined,
    output: sv.output,
  };
}

/** The tiering job: roles, guess and restore, plan of the Tier column. */
export const tieringJob: ListJob<
  TierRole,
  TieringOptions,
  TieringOutcome,
  TieringListInfo,
  TierWriteNote["code"],
  TierConflictCode
> = {
  id: "tier",
  schema: TIERING_ROLES,
  roles: [...TIER_ROLES, "group"],
  settingsKey,

  prepare(
    snapshot: ListSnapshot,
    saved: unknown
  ): Prepared<TierRole, TieringOptions, TieringListInfo> {
    const guess = guessColumns(snapshot.header, snapshot.rows);
    const columns: RoleColumns<TierRole> = {};
    const sources: RoleSources<TierRole> = {};
    for (const r of TIER_ROLES) {
      if (guess.roles[r] !== undefined) {
        columns[r] = guess.roles[r];
        sources[r] = guess.sources[r];
      }
    }
    const restored = restoreColumns(saved, snapshot.header);
    const sv = restored ? savedTiering(saved) : undefined;
    for (const [k, v] of Object.entries(restored ?? {}) as [TierRole, number][]) {
      columns[k] = v;
      if (k !== "group") sources[k] = "saved";
    }
    return {
      columns,
      sources,
      options: sv ? savedOptions(sv) : undefined,
      info: { groupCandidates: guess.groupCandidates, salesCandidates: guess.salesCandidates },
    };
  },

  async plan(snapshot, { columns, options }, ctx) {
    const none = { ops: [], conflicts: [], notes: [] };
    if (columns.sales === undefined)
      return {
        ...none,
        result: { issues: [{ code: "noNumericColumn", severity: "error", count: 0, rows: [] }] },
      };
    ctx.progress(0.2);
    // An earlier run's Tier column is recognised where the settings say it was written, even renamed.
    const saved = savedTiering(await ctx.getSetting(settingsKey(snapshot.sheet)));
    const analysis = await ctx.compute("analyzeList", {
      snapshot,
      columns: { ...columns, sales: columns.sales },
      options: {
        method: options.method,
        cuts: options.method === "rank" ? options.cuts : undefined,
        recordedTierColumn: saved?.tierColumn,
      },
    });
    ctx.progress(0.8);
    if (!analysis.checks.ok) return { ...none, result: { issues: analysis.checks.issues } };
    const write = { output: options.output, locale: ctx.locale };
    const asked = buildTierWrite(snapshot, analysis, { ...write, replaceExisting: false });
    const c = asked.needsConfirmation;
    const plan = c
      ? buildTierWrite(snapshot, analysis, { ...write, replaceExisting: true })
      : asked;
    const conflicts: Conflict<TierConflictCode>[] = c
      ? [{ code: c.reason, cols: [c.col], cells: c.nonEmpty }]
      : [];
    return {
      ops: plan.ops,
      conflicts,
      notes: plan.notes.map((n) => n.code),
      result: {
        issues: analysis.checks.issues,
        analysis,
        target: plan.target,
        output: plan.output,
      },
    };
  },
};
