/**
 * The Value job as a value (job.ts): the columns the Value tab and `crm value` choose (axes,
 * value-class, CLV, current-value columns), their first guesses, and the plan of one write:
 * the Segment, Value class, CLV, Current/Potential value or Score (+ tier) column at the right
 * of the list (value.ts builds it). Rows the reader leaves out (totals, notes) are not
 * customers: every guess, figure and write is on the others (customerRows.ts).
 */
import { columnLetter } from "../core/excel/a1";
import { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON } from "../core/clv";
import type { SegmentMatrix } from "../core/segment";
import { DEFAULT_TOP_SHARE } from "../core/valueClass";
import type { ListSnapshot } from "../host/types";
import type { Locale } from "../i18n/locale";
import { formatList, messages } from "../i18n/messages";
import { leftOutHoldsValues, withoutLeftOut } from "./customerRows";
import type { Conflict, ListJob, PlanContext, Prepared, RoleColumns, RoleSources } from "./job";
import {
  buildClvWrite,
  buildCurrentValueWrite,
  buildScoreWrite,
  buildSegmentWrite,
  buildValueClassWrite,
  readBeyond,
  type ColumnWritePlan,
  type CommonWriteOptions,
  type OutputMode,
  type ScoreIndicator,
  type WriteConflict,
  type WriteNote,
} from "./value";
import {
  defaultAxes,
  defaultMargin,
  VALUE_ROLES,
  valueGuesses,
  valueList,
  type ValueList,
} from "./valueGuess";

/**
 * The columns the Value job chooses: the segment matrix's axes (`x`, `y`); the value classes'
 * value, cost-to-serve and potential columns; the CLV's margin; the current value's profit and
 * potential profit. (The score's indicators are options: any number of them.)
 */
export const VALUE_JOB_ROLES = [
  "x",
  "y",
  "value",
  "cost",
  "potential",
  "margin",
  "profit",
  "potentialProfit",
] as const;
export type ValueRole = (typeof VALUE_JOB_ROLES)[number];

/** One write of the Value job, with its own settings. */
export type ValueWrite =
  /** Segment column (CRM.SEGMENT) of `x` and `y`; cuts absent: the medians. */
  | { kind: "segment"; matrix: SegmentMatrix; xCut?: number; yCut?: number }
  /** Value class column (CRM.VALUECLASS) of `value` [, `cost`, `potential`]; top share absent: 5%. */
  | { kind: "class"; topShare?: number }
  /** CLV column (CRM.CLV) of `margin`: retention and discount 0..1, periods (0: no end). */
  | { kind: "clv"; retention: number; discount: number; periods: number }
  /** Current value (CRM.CCV) of `profit` and, with `potentialProfit`, Potential value (CRM.CPV) beside. */
  | { kind: "current"; periods?: number; discount?: number }
  /** Score (CRM.SCORE) of the indicators, and its tier (CRM.TIER) beside. */
  | { kind: "score"; indicators: ScoreIndicator[] };

export type ValueWriteKind = ValueWrite["kind"];

export interface ValueOptions {
  write: ValueWrite;
  /** Live formulas, or the values computed by the same core. */
  output: OutputMode;
}

/** What a plan writes. */
export interface ValueOutcome {
  kind: ValueWriteKind;
  /** The plan of value.ts: the columns written (header row included) and their first formulas. */
  plan: ColumnWritePlan;
  /** What the columns written over held ("none": nothing). */
  conflict: WriteConflict;
  /** The outcome line in the plan's language, the notes included (as the pane and `crm value` say it). */
  message: string;
}

/** The roles of the list (VALUE_ROLES, the customer list's) each of the job's roles is guessed from. */
const GUESSED_FROM: Record<ValueRole, readonly string[]> = {
  x: ["sales", "margin"],
  y: ["loyalty"],
  value: ["clv", "sales", "margin"],
  cost: ["cost"],
  potential: ["cpv"],
  margin: ["margin", "sales"],
  profit: ["margin", "sales"],
  potentialProfit: ["potential"],
};

/** Columns each write covers at most (the score writes its tier beside it; CPV beside CCV). */
const WIDTH: Record<ValueWriteKind, (c: RoleColumns<ValueRole>) => number> = {
  segment: () => 1,
  class: () => 1,
  clv: () => 1,
  current: (c) => (c.potentialProfit === undefined ? 1 : 2),
  score: () => 2,
};

/** The column chosen for a role the write needs (the pane's buttons wait for it). */
function need(columns: RoleColumns<ValueRole>, role: ValueRole): number {
  const c = columns[role];
  if (c === undefined) throw new RangeError(`No ${role} column was chosen.`);
  return c;
}

/** A setting left out of the formula when it is the function's default, so the formula stays short. */
const unlessDefault = (v: number | undefined, d: number) => (v === d ? undefined : v);

/** The write batch of one write, as value.ts builds it. */
function build(
  s: ListSnapshot,
  columns: RoleColumns<ValueRole>,
  w: ValueWrite,
  common: CommonWriteOptions
): ColumnWritePlan {
  switch (w.kind) {
    case "segment":
      return buildSegmentWrite(s, {
        ...common,
        x: need(columns, "x"),
        y: need(columns, "y"),
        matrix: w.matrix,
        xCut: w.xCut,
        yCut: w.yCut,
      });
    case "class":
      return buildValueClassWrite(s, {
        ...common,
        value: need(columns, "value"),
        costToServe: columns.cost,
        potential: columns.potential,
        topShare: unlessDefault(w.topShare, DEFAULT_TOP_SHARE),
      });
    case "clv":
      return buildClvWrite(s, {
        ...common,
        margin: need(columns, "margin"),
        retention: w.retention,
        discount: w.discount,
        periods: w.periods,
      });
    case "current":
      return buildCurrentValueWrite(s, {
        ...common,
        profit: need(columns, "profit"),
        potential: columns.potentialProfit,
        periods: unlessDefault(w.periods, DEFAULT_HORIZON),
        discount: unlessDefault(w.discount, DEFAULT_DISCOUNT_RATE),
      });
    case "score":
      return buildScoreWrite(s, { ...common, indicators: w.indicators });
  }
}

/** The outcome line of a write, in `locale`: which columns, then the notes. */
export function valueWriteMessage(
  kind: ValueWriteKind,
  plan: ColumnWritePlan,
  output: OutputMode,
  locale: Locale
): string {
  const t = messages(locale).value.pane;
  const tc = messages(locale).valueClass.pane;
  const letters = formatList(
    locale,
    plan.columns.map((c) => columnLetter(c.col))
  );
  const done = {
    segment: () => t.segmentWritten({ column: letters, output }),
    class: () => tc.classes.written({ column: letters }),
    clv: () => t.clvWritten({ column: letters }),
    current: () => tc.current.written({ columns: letters }),
    score: () =>
      t.scoreWritten({
        column: columnLetter(plan.columns[0].col),
        tierColumn: columnLetter(plan.columns[1].col),
      }),
  }[kind]();
  const notes = plan.notes.map((n) => t[n]);
  return [done, ...notes].join(" ");
}

/**
 * The Value job: its columns guessed from the list's customers, and the plan of one write.
 * `prepare`'s `info` is the list as the Value views read it (`valueList`: the customers, the
 * columns of numbers offered for every choice).
 */
/** What a value write can ask about (`WriteConflict` but "none"; nothing in the way yet cells to write over is "overwriteCells"). */
export type ValueConflictCode = Exclude<WriteConflict, "none">;

export const valueJob: ListJob<
  ValueRole,
  ValueOptions,
  ValueOutcome,
  ValueList,
  WriteNote,
  ValueConflictCode
> = {
  id: "value",
  schema: VALUE_ROLES,
  roles: VALUE_JOB_ROLES,

  prepare(snapshot: ListSnapshot): Prepared<ValueRole, ValueOptions, ValueList> {
    const l = valueList(withoutLeftOut(snapshot));
    const g = valueGuesses(l);
    const axes = defaultAxes(l, "loyalty");
    const guessed: RoleColumns<ValueRole> = {
      x: axes.x,
      y: axes.y,
      value: g.classes.value,
      cost: g.classes.cost,
      potential: g.classes.potential,
      margin: defaultMargin(l),
      profit: g.current.profit,
      potentialProfit: g.current.potential,
    };
    const columns: RoleColumns<ValueRole> = {};
    for (const r of VALUE_JOB_ROLES) if (guessed[r] !== undefined) columns[r] = guessed[r];
    // A guess is sure when its column is the one a header (or contents) named for it; a
    // fallback (the first other column of numbers) is not.
    const sources: RoleSources<ValueRole> = {};
    for (const r of VALUE_JOB_ROLES) {
      const named = GUESSED_FROM[r].map((k) => g.sources[k]).find((n) => n?.col === columns[r]);
      if (named) sources[r] = named.source;
    }
    return { columns, sources, info: l };
  },

  async plan(snapshot, { columns, options }, ctx: PlanContext) {
    const customers = withoutLeftOut(snapshot);
    const { write } = options;
    // A live formula over the column would count a left-out row that holds numbers (a total row):
    // values then, for the pane and `crm value` alike.
    const withTotals = options.output === "formulas" && leftOutHoldsValues(snapshot);
    const output = withTotals ? "values" : options.output;
    // A multi-column write may cover cells right of what the list read: read them to ask first.
    const beyond = await readBeyond(ctx, customers, WIDTH[write.kind](columns));
    ctx.progress(0.3);
    const common = { output, locale: ctx.locale, beyond };
    const asked = build(customers, columns, write, { ...common, replaceExisting: false });
    const plan = asked.needsConfirmation
      ? build(customers, columns, write, { ...common, replaceExisting: true })
      : asked;
    const conflicts: Conflict<ValueConflictCode>[] = asked.needsConfirmation
      ? [
          {
            code: asked.conflict === "none" ? "overwriteCells" : asked.conflict,
            cols: plan.columns.map((c) => c.col),
          },
        ]
      : [];
    if (withTotals) plan.notes.push("valuesWithTotals");
    return {
      ops: plan.ops,
      conflicts,
      notes: plan.notes,
      result: {
        kind: write.kind,
        plan,
        conflict: asked.conflict,
        message: valueWriteMessage(write.kind, plan, output, ctx.locale),
      },
    };
  },
};
