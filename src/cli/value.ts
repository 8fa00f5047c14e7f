/**
 * `crm value`: the pane's Value tab on a file. Writes, right of the list, the Segment column
 * (value x loyalty or margin x cost-to-serve quadrants), the Value class column, the CLV column,
 * the Current/Potential value columns and the Score with its tier, each planned by the Value
 * tab's job (`valueJob` in src/app: its guesses, its plan of each write), one after the other
 * on the in-memory workbook (each re-reads the list, so the next column goes right of the
 * last), then saved as the input plus these columns. Rows the reader leaves out (totals, notes) are not customers.
 */
import { correctRows } from "./rowOptions";
import { DEFAULT_HORIZON, DEFAULT_DISCOUNT_RATE } from "../core/clv";
import { DEFAULT_TOP_SHARE } from "../core/valueClass";
import type { SegmentMatrix } from "../core/segment";
import {
  isFormulaInput,
  isListProblem,
  type ArrayFormulaInput,
  type CellInput,
  type FormulaInput,
  type ListSnapshot,
  type WriteOp,
} from "../host/types";
import type { MemoryHost } from "../host/memoryHost";
import { type ColumnWritePlan, type OutputMode, type ScoreIndicator } from "../app/value";
import { defaultAxes } from "../app/valueGuess";
import { VALUE_JOB_ROLES, valueJob, type ValueRole, type ValueWrite } from "../app/valueJob";
import { hostContext, type RoleColumns } from "../app/job";
import { computeHere } from "../app/computeJobs";
import { segmentView, valueClassView } from "../app/valueStats";
import { leftOutHoldsValues, withoutLeftOut } from "../app/customerRows";
import { messages, formatAmount, formatList } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import {
  CliError,
  describeColumn,
  num,
  parseLocale,
  pct,
  resolveColumn,
  type CliIO,
} from "./common";
import { runListCommand, usageErrors, type ListCommandOptions } from "./listCommand";
import { columnLetter } from "../core/excel/a1";
import {
  columnJson,
  listJson,
  noteLine,
  optionalColumn,
  parseNumber,
  parseRate,
  readJson,
  readNotes,
  type JsonWarning,
} from "./jobOptions";

export interface ValueCommandOptions extends ListCommandOptions {
  /** Which columns to write: segment, class, clv, current, score (comma-separated). */
  write?: string;
  matrix?: string;
  x?: string;
  y?: string;
  xCut?: string;
  yCut?: string;
  value?: string;
  cost?: string;
  potential?: string;
  topShare?: string;
  margin?: string;
  retention?: string;
  discount?: string;
  periods?: string;
  profit?: string;
  potentialProfit?: string;
  score?: string;
  formulas?: boolean;
  replace?: boolean;
}

/** The Value tab's jobs, in the order the command writes them. */
export const VALUE_JOBS = ["segment", "class", "clv", "current", "score"] as const;
export type ValueJob = (typeof VALUE_JOBS)[number];

/** Roles that may be "none" on the command line (the others name a column or keep the guess). */
const OPTIONAL_ROLES: ReadonlySet<ValueRole> = new Set(["cost", "potential", "potentialProfit"]);

/** The pane's CLV inputs' defaults (retention 80%, discount 10%, 5 periods). */
const CLV_DEFAULTS = { retention: 0.8, discount: DEFAULT_DISCOUNT_RATE, periods: DEFAULT_HORIZON };

/** "--write segment,clv" -> the jobs. */
export function parseJobs(v: string, locale: Locale = "en"): ValueJob[] {
  const parts = v
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  const bad = parts.filter((p) => !(VALUE_JOBS as readonly string[]).includes(p));
  if (parts.length === 0 || bad.length > 0)
    throw new CliError(
      messages(locale).cli.value.badWrite({
        jobs: VALUE_JOBS.join(", "),
        value: v,
        unknown: bad.join(", "),
      }),
      2
    );
  return VALUE_JOBS.filter((j) => parts.includes(j));
}

/**
 * "销售额:40,毛利:30,逾期天数:30:low" -> indicators: a column (header or letter), an optional
 * weight, and "low" when lower is better.
 */
export function parseScore(
  v: string,
  snapshot: ListSnapshot,
  locale: Locale = "en"
): ScoreIndicator[] {
  const m = messages(locale).cli.value;
  const items = v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (items.length === 0) throw new CliError(m.noScoreColumn({ value: v }), 2);
  return items.map((item) => {
    const parts = item.split(":").map((s) => s.trim());
    let direction: 1 | -1 = 1;
    if (parts.length > 1 && /^(low|lower|-1|-)$/i.test(parts[parts.length - 1])) {
      direction = -1;
      parts.pop();
    }
    let weight: number | undefined;
    if (parts.length > 1) {
      const w = parts.pop() as string;
      weight = parseNumber(w.replace(/%$/, ""), m.scoreWeight({ column: parts.join(":") }), {
        min: 0,
      });
    }
    const col = resolveColumn(parts.join(":"), snapshot, "--score", locale);
    return { col, weight, direction };
  });
}

/** A cell to set after the write (the in-memory host keeps only a formula's text). */
interface CellPatch {
  sheet: string;
  row: number;
  col: number;
  cell: CellInput;
}

/**
 * Formula cells get the values computed by the same job as their cached results, so the file
 * shows the numbers before any recalculation (Excel with the add-in recomputes them): a
 * spilling formula (one formula, blank cells below it) is stored as an array formula over the
 * column with the values below it, as `crm tier --formulas` does.
 */
function cachedResults(formulaOps: WriteOp[], valueOps: WriteOp[]): CellPatch[] {
  const patches: CellPatch[] = [];
  formulaOps.forEach((op, i) => {
    const v = valueOps[i];
    if (op.kind !== "values" || v?.kind !== "values" || v.row !== op.row || v.col !== op.col)
      return;
    const cells = op.values.map((r) => r[0]);
    const vals = v.values.map((r) => (isFormulaInput(r[0]) ? null : (r[0] ?? null)));
    const first = cells.findIndex(isFormulaInput);
    const spill =
      first >= 0 && first < cells.length - 1 && cells.slice(first + 1).every((c) => c === "");
    cells.forEach((c, k) => {
      const at = { sheet: op.sheet, row: op.row + k, col: op.col };
      if (isFormulaInput(c)) {
        const cell: FormulaInput | ArrayFormulaInput = spill
          ? { formula: c.formula, result: vals[k], array: { rows: cells.length - k, cols: 1 } }
          : { formula: c.formula, result: vals[k] };
        patches.push({ ...at, cell });
      } else if (spill && k > first) patches.push({ ...at, cell: vals[k] });
    });
  });
  return patches;
}

interface Written {
  job: ValueJob;
  columns: string[];
  headers: string[];
  formulas: string[];
  /** This job's column from an earlier run was replaced. */
  replacedOwn: boolean;
  message: string;
}

/**
 * Runs `crm value`. Nothing is written unless every job planned and applied.
 *
 * @param input Path of the .xlsx/.csv file.
 * @param o Options as parsed by commander.
 * @param io Output streams.
 * @returns Exit code 0.
 * @throws {CliError} For every user-facing failure.
 */
export async function runValue(input: string, o: ValueCommandOptions, io: CliIO): Promise<number> {
  // Option errors come before the list is read: in --lang's language (default English).
  const said = parseLocale(o.lang, "en");
  const matrix = (o.matrix ?? "loyalty").toLowerCase() as SegmentMatrix;
  if (matrix !== "loyalty" && matrix !== "cost")
    throw new CliError(messages(said).cli.value.badMatrix({ value: o.matrix ?? "" }), 2);
  const asked = o.write !== undefined ? parseJobs(o.write, said) : undefined;
  const xCut = o.xCut !== undefined ? parseNumber(o.xCut, "--x-cut") : undefined;
  const yCut = o.yCut !== undefined ? parseNumber(o.yCut, "--y-cut") : undefined;
  const topShare =
    o.topShare !== undefined ? parseRate(o.topShare, "--top-share", 0.0001, 1) : undefined;
  const retention =
    o.retention !== undefined ? parseRate(o.retention, "--retention") : CLV_DEFAULTS.retention;
  const discount =
    o.discount !== undefined ? parseRate(o.discount, "--discount") : CLV_DEFAULTS.discount;
  const periods =
    o.periods !== undefined
      ? parseNumber(o.periods, "--periods", { integer: true, min: 0, max: 1000 })
      : CLV_DEFAULTS.periods;
  if (asked?.includes("score") && o.score === undefined)
    throw new CliError(messages(said).cli.value.scoreNeeded, 2);
  return runListCommand(input, o, io, { name: "value", suffix: "value" }, async (run) => {
    const { snapshot, host, progress, locale, hint } = run;
    const t = messages(locale).value.pane;
    const tc = messages(locale).valueClass.pane;
    const m = messages(locale).cli.value;
    const describe = (c: number) => describeColumn(snapshot, c, locale);
    progress.update(0.4, "planning");

    // The Value tab's guesses, on the customers only (rows left out by the reader are not).
    const customers = withoutLeftOut(snapshot);
    const prepared = valueJob.prepare(snapshot, undefined);
    const l = prepared.info;
    if (l.numeric.length === 0)
      throw new CliError(
        messages(locale).cli.because({ message: t.noNumeric, place: run.said.where() }) +
          run.said.hint
      );
    const cols: RoleColumns<ValueRole> = { ...prepared.columns };
    // The cost-to-serve matrix has its own default axes (as the tab's matrix switch).
    if (matrix !== "loyalty") Object.assign(cols, defaultAxes(l, matrix));
    // CLV by default only on a column named as the margin (asked for, any margin will do).
    if (!asked?.includes("clv")) cols.margin = l.guess.roles.margin;
    const options: Record<ValueRole, string | undefined> = {
      x: o.x,
      y: o.y,
      value: o.value,
      cost: o.cost,
      potential: o.potential,
      margin: o.margin,
      profit: o.profit,
      potentialProfit: o.potentialProfit,
    };
    for (const role of VALUE_JOB_ROLES) {
      const spec = options[role];
      const option = `--${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      // cost, potential and potential profit may be "none"; the others name a column.
      if (spec !== undefined)
        cols[role] = OPTIONAL_ROLES.has(role)
          ? optionalColumn(spec, snapshot, option, undefined, locale)
          : resolveColumn(spec, snapshot, option, locale);
      if (cols[role] === undefined) delete cols[role];
    }
    const {
      x,
      y,
      value: classValue,
      cost: classCost,
      potential: classPotential,
      margin,
      profit,
      potentialProfit,
    } = cols;
    const indicators = o.score !== undefined ? parseScore(o.score, snapshot, locale) : undefined;

    const warnings: JsonWarning[] = readNotes(snapshot, undefined, locale);
    // Default jobs: segment and value class, CLV when the list has a margin column, current
    // value when a profit option is given, the score when --score is.
    const jobs: ValueJob[] =
      asked ??
      VALUE_JOBS.filter(
        (j) =>
          j === "segment" ||
          j === "class" ||
          (j === "clv" && margin !== undefined) ||
          (j === "current" && (o.profit !== undefined || o.potentialProfit !== undefined)) ||
          (j === "score" && indicators !== undefined)
      );
    if (jobs.includes("segment") && (x === undefined || y === undefined)) {
      if (asked) throw new CliError(m.segmentNeedsTwo({ column: describe(l.numeric[0]) }));
      jobs.splice(jobs.indexOf("segment"), 1);
      warnings.push({
        code: "noSegment",
        count: 0,
        rows: [],
        message: m.noSegment,
      });
    }
    if (jobs.includes("clv") && margin === undefined) throw new CliError(m.noMargin + hint);
    if (jobs.includes("class") && classValue === undefined) throw new CliError(m.noValue + hint);

    // Live formulas would count the rows left out (a total row): values then, as crm tier does.
    let mode: OutputMode = o.formulas ? "formulas" : "values";
    if (mode === "formulas" && leftOutHoldsValues(snapshot)) {
      mode = "values";
      warnings.push({
        code: "valuesWithTotals",
        count: snapshot.leftOut?.length ?? 0,
        rows: [],
        message: m.valuesWithTotals,
      });
    }

    // Each write planned by the Value tab's job, one after the other (each re-reads the list,
    // so the next column goes right of the last).
    const writes: Record<ValueJob, ValueWrite> = {
      segment: { kind: "segment", matrix, xCut, yCut },
      class: { kind: "class", topShare },
      clv: { kind: "clv", retention, discount, periods },
      current: {
        kind: "current",
        periods: o.periods !== undefined ? periods : undefined,
        discount: o.discount !== undefined ? discount : undefined,
      },
      score: { kind: "score", indicators: indicators ?? [] },
    };
    const ctx = hostContext(host, locale, computeHere);
    const plan = (list: ListSnapshot, job: ValueJob, output: OutputMode) =>
      usageErrors(() =>
        valueJob.plan(list, { columns: cols, options: { write: writes[job], output } }, ctx)
      );
    const written: Written[] = [];
    let current = snapshot;
    for (const [i, job] of jobs.entries()) {
      progress.update(0.4 + (0.25 * i) / jobs.length, job);
      const planned = await plan(current, job, mode);
      const { conflict, message } = planned.result;
      const p = planned.result.plan;
      if ((conflict === "overwriteCells" || conflict === "unknownCells") && !o.replace)
        throw new CliError(m.occupied({ columns: lettersOf(p), job }));
      const patches =
        mode === "formulas"
          ? cachedResults(planned.ops, (await plan(current, job, "values")).ops)
          : [];
      await host.apply(planned.ops);
      for (const patch of patches) {
        const cells = host.data.sheets.find((x) => x.name === patch.sheet)?.cells;
        if (cells?.[patch.row]) cells[patch.row][patch.col] = patch.cell;
      }
      written.push({
        job,
        columns: p.columns.map((c) => columnLetter(c.col)),
        headers: p.columns.map((c) => headerAt(host, c.sheet, c.row, c.col)),
        formulas: p.formulas,
        replacedOwn: conflict === "replaceOwn",
        message,
      });
      // The list read again (with the column just written) keeps the user's row correction.
      current = correctRows(await reread(host, snapshot.sheet, locale), o);
    }

    // What the pane shows: the quadrants and the classes, on the customers.
    const segment =
      jobs.includes("segment") && x !== undefined && y !== undefined
        ? segmentView(customers, { x, y, matrix, xCut, yCut })
        : undefined;
    const classes =
      jobs.includes("class") && classValue !== undefined
        ? valueClassView(customers, {
            value: classValue,
            cost: classCost,
            potential: classPotential,
            topShare,
          })
        : undefined;

    const report = await run.save(0.65);

    const json = {
      list: listJson(snapshot),
      output_kind: mode,
      written: written.map((w) => ({
        job: w.job,
        columns: w.columns,
        headers: w.headers,
        formulas: w.formulas,
        replacedOwn: w.replacedOwn,
      })),
      segment: segment
        ? {
            matrix,
            x: columnJson(snapshot, x),
            y: columnJson(snapshot, y),
            xCut: segment.xCut,
            yCut: segment.yCut,
            placed: segment.placed,
            missing: segment.missing,
            quadrants: segment.quadrants.map((q) => ({
              id: q.id,
              label: t.segments[q.id].label,
              customers: q.count,
              value: q.value,
              customerShare: q.countShare,
              valueShare: q.valueShare,
              action: t.segments[q.id].action,
            })),
          }
        : null,
      classes: classes
        ? {
            value: columnJson(snapshot, classValue),
            cost: columnJson(snapshot, classCost),
            potential: columnJson(snapshot, classPotential),
            topShare: topShare ?? DEFAULT_TOP_SHARE,
            missing: classes.missing,
            classes: classes.stats.map((c) => ({
              id: c.id,
              label: tc.classes.names[c.id].label,
              customers: c.count,
              value: c.value,
              customerShare: c.countShare,
              valueShare: c.valueShare,
            })),
          }
        : null,
      clv: jobs.includes("clv")
        ? { margin: columnJson(snapshot, margin), retention, discount, periods }
        : null,
      current: jobs.includes("current")
        ? {
            profit: columnJson(snapshot, profit),
            potentialProfit: columnJson(snapshot, potentialProfit),
          }
        : null,
      score: indicators
        ? indicators.map((i) => ({
            ...columnJson(snapshot, i.col),
            weight: i.weight ?? 1,
            direction: i.direction ?? 1,
          }))
        : null,
      ...readJson(snapshot, warnings, report),
    };
    const lines = (): string[] => {
      const out: string[] = [];
      const money = (v: number) => formatAmount(locale, v);
      if (segment) {
        out.push(
          m.matrix({
            matrix: t.matrices[matrix],
            x: describe(x as number),
            y: describe(y as number),
            xCut: num(segment.xCut, 2),
            yCut: num(segment.yCut, 2),
            placed: segment.placed,
          })
        );
        for (const q of segment.quadrants)
          out.push(
            `  ${t.segments[q.id].label.padEnd(14)}${String(q.count).padStart(6)}${pct(q.countShare).padStart(8)}${money(q.value).padStart(16)}${pct(q.valueShare).padStart(8)}  ${t.segments[q.id].action}`
          );
        if (segment.missing > 0) out.push(`  ${t.missing({ count: segment.missing })}`);
      }
      if (classes) {
        const top = classes.stats[0];
        out.push(
          tc.classes.headline({
            top: pct(topShare ?? DEFAULT_TOP_SHARE),
            customers: top.count,
            share: pct(top.valueShare),
          })
        );
        for (const c of classes.stats)
          out.push(
            `  ${tc.classes.names[c.id].label.padEnd(14)}${String(c.count).padStart(6)}${money(c.value).padStart(16)}${pct(c.valueShare).padStart(8)}  ${tc.classes.names[c.id].action}`
          );
        if (classes.missing > 0) out.push(`  ${tc.classes.missing({ count: classes.missing })}`);
      }
      for (const w of written) out.push(w.message);
      for (const n of warnings) out.push(noteLine(n, locale));
      out.push(
        m.wrote({
          output: run.output,
          columns: formatList(
            locale,
            written.flatMap((w) => w.columns)
          ),
          sheet: run.loaded.format === "csv" ? null : snapshot.sheet,
        })
      );
      return out;
    };
    return { json, lines };
  });
}

/** Column letters of a plan's columns, for messages. */
function lettersOf(p: ColumnWritePlan): string {
  return p.columns.map((c) => columnLetter(c.col)).join(", ");
}

/** The header text written at a cell of the in-memory workbook. */
function headerAt(host: MemoryHost, sheet: string, row: number, col: number): string {
  const v = host.data.sheets.find((s) => s.name === sheet)?.cells[row]?.[col];
  return v === null || v === undefined ? "" : String(v);
}

/** The list again after a write (the selection is still in it). */
async function reread(host: MemoryHost, sheet: string, locale: Locale): Promise<ListSnapshot> {
  const s = await host.readList();
  if (isListProblem(s)) throw new CliError(messages(locale).cli.value.rereadFailed({ sheet }));
  return s;
}
