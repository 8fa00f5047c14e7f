/**
 * `crm churn`: the pane's Churn tab on a file. Finds the lapsed customers (last order older than
 * N days, or a low P(alive)) and, when the list has sales per period, the declining ones, with
 * the same src/app and core functions as the tab (guessChurnColumns, churnAsOf, findLapsed,
 * decliningFromList, mergeFlagged), and writes the "Churn watch" sheet with buildChurnWatch:
 * a re-run on its own output keeps what was typed there (reasons, costs, notes).
 */
import {
  DEFAULT_LAPSED_DAYS,
  DEFAULT_WIN_BACK_PROBABILITY,
  findLapsed,
  mergeFlagged,
  winBackReturn,
  type LapsedCustomer,
} from "../core/churn";
import { DEFAULT_DECLINE_THRESHOLD, DEFAULT_TREND_WINDOW } from "../core/trend";
import { isoFromSerial, toSerialDay } from "../core/excel/dates";
import { guessColumns } from "../core/list/columns";
import { buildChurnWatch, churnCustomersFromList, readChurnWatch } from "../app/churn";
import { churnAsOf, guessChurnColumns } from "../app/churnGuess";
import { decliningFromList, guessPeriodColumns } from "../app/declining";
import { firstDataRow } from "../app/tiering";
import { leftOutRows, withoutLeftOut, putBackRows } from "../app/customerRows";
import { formatAmount, valueChurnUiText } from "../i18n/valueChurnUiText";
import { valueClassUiText } from "../i18n/valueClassUiText";
import { CliError, describeColumn, localToday, resolveColumn, type CliIO } from "./common";
import { runListCommand, usageErrors, type ListCommandOptions } from "./listCommand";
import {
  columnJson,
  listJson,
  noteLine,
  optionalColumn,
  parseDay,
  parseNumber,
  parseRate,
  readNotes,
  type JsonWarning,
} from "./jobOptions";

export interface ChurnCommandOptions extends ListCommandOptions {
  customer?: string;
  lastOrder?: string;
  value?: string;
  rep?: string;
  id?: string;
  pAlive?: string;
  days?: string;
  threshold?: string;
  asOf?: string;
  probability?: string;
  cost?: string;
  periods?: string;
  window?: string;
  decline?: string;
  tier?: string;
}

/** Customers printed (the sheet lists them all), as the pane's top-10 table. */
const TOP = 10;

/** "H:S" or "2025-01:2025-12" -> [first, last] list columns; "none" -> null. */
function parsePeriods(
  v: string,
  snapshot: Parameters<typeof resolveColumn>[1]
): [number, number] | null {
  if (v.trim().toLowerCase() === "none") return null;
  const parts = v.split(":");
  if (parts.length !== 2)
    throw new CliError(`--periods must be FIRST:LAST (two columns) or none, got "${v}"`, 2);
  const first = resolveColumn(parts[0], snapshot, "--periods");
  const last = resolveColumn(parts[1], snapshot, "--periods");
  if (last <= first)
    throw new CliError(`--periods: the last period column must be right of the first, got "${v}"`);
  return [first, last];
}

/**
 * Runs `crm churn`. Nothing is written unless the check and the sheet's plan succeeded.
 *
 * @param input Path of the .xlsx/.csv file.
 * @param o Options as parsed by commander.
 * @param io Output streams and "today".
 * @returns Exit code 0.
 * @throws {CliError} For every user-facing failure.
 */
export async function runChurn(input: string, o: ChurnCommandOptions, io: CliIO): Promise<number> {
  const days =
    o.days !== undefined
      ? parseNumber(o.days, "--days", { integer: true, min: 0 })
      : DEFAULT_LAPSED_DAYS;
  const threshold = o.threshold !== undefined ? parseRate(o.threshold, "--threshold") : 0.5;
  const typedAsOf = o.asOf !== undefined ? parseDay(o.asOf, "--as-of") : undefined;
  const probability =
    o.probability !== undefined
      ? parseRate(o.probability, "--probability")
      : DEFAULT_WIN_BACK_PROBABILITY;
  const cost = o.cost !== undefined ? parseNumber(o.cost, "--cost", { min: 0 }) : undefined;
  const window =
    o.window !== undefined
      ? parseNumber(o.window, "--window", { integer: true, min: 1 })
      : DEFAULT_TREND_WINDOW;
  const decline =
    o.decline !== undefined
      ? -parseRate(o.decline.replace(/^-/, ""), "--decline", 0.0001, 1)
      : DEFAULT_DECLINE_THRESHOLD;
  const today = toSerialDay(io.today ?? localToday()) as number;
  return runListCommand(input, o, io, { name: "churn", suffix: "churn" }, async (run) => {
    const { snapshot, host, progress, locale, hint } = run;
    const t = valueChurnUiText(locale).churn;
    progress.update(0.4, "checking");

    // Rows the reader left out (totals, notes) are not customers.
    const list = withoutLeftOut(snapshot);
    const guess = guessColumns(list.header, list.rows);
    const g = guessChurnColumns(list);
    const cols = {
      name: o.customer !== undefined ? resolveColumn(o.customer, snapshot, "--customer") : g.name,
      lastOrder: optionalColumn(o.lastOrder, snapshot, "--last-order", g.lastOrder),
      value: optionalColumn(o.value, snapshot, "--value", g.value),
      rep: optionalColumn(o.rep, snapshot, "--rep", g.rep),
      id: optionalColumn(o.id, snapshot, "--id", g.id),
      pAlive: optionalColumn(o.pAlive, snapshot, "--palive", g.pAlive),
    };
    const tier = optionalColumn(o.tier, snapshot, "--tier", guess.roles.previousTier);
    const warnings: JsonWarning[] = readNotes(snapshot);

    // Declining: the period columns given, else guessed (as the tab's Declining section).
    const guessedPeriods = guessPeriodColumns(list.header, guess.numericColumns);
    const periods =
      o.periods !== undefined ? parsePeriods(o.periods, snapshot) : (guessedPeriods ?? null);
    let declining: LapsedCustomer[] = [];
    if (periods) {
      const have = periods[1] - periods[0] + 1;
      if (have >= 2 * window) {
        declining = usageErrors(
          () => decliningFromList(list, { ...cols, periods, tier }, { threshold: decline, window }),
          1
        );
      } else if (o.periods !== undefined)
        throw new CliError(
          `--periods: ${have} period columns are fewer than two windows of ${window} (--window): the trend compares the last ${window} with the ${window} before`
        );
      else
        warnings.push({
          code: "fewPeriods",
          count: have,
          rows: [],
          message: `the list has ${have} period columns, fewer than two windows of ${window}: no declining check (set --window)`,
        });
    }

    const canCheck = cols.lastOrder !== undefined || cols.pAlive !== undefined;
    if (!canCheck && !periods)
      throw new CliError(
        `${t.noLastOrder} (${run.where()}: name the columns with --last-order or --palive, or the sales per period with --periods)${hint}`
      );
    const customers = churnCustomersFromList(list, cols);
    const day = churnAsOf(customers, { today, days, typed: typedAsOf });
    const lapsed = canCheck
      ? findLapsed(customers, {
          asOf: day.asOf,
          days,
          pAliveThreshold: cols.pAlive !== undefined ? threshold : undefined,
        })
      : [];
    const atStake = lapsed.reduce((a, x) => a + (Number.isFinite(x.value) ? x.value : 0), 0);

    progress.update(0.5, "writing");
    const existing = await readChurnWatch(host);
    const sheetNames = await host.sheetNames();
    const plan = usageErrors(() =>
      buildChurnWatch(mergeFlagged(lapsed, declining), {
        existing,
        locale,
        sheetNames,
        successProbability: probability,
        defaultCost: cost,
        days,
        pAliveThreshold: cols.pAlive !== undefined ? threshold : undefined,
        window,
      })
    );
    await host.apply(plan.ops);
    const report = await run.save(0.65);

    const first = firstDataRow(snapshot);
    const expected = (x: LapsedCustomer) =>
      Number.isFinite(x.value) ? winBackReturn(x.value, probability, cost ?? 0) : null;
    const top = lapsed.slice(0, TOP);
    const json = {
      list: listJson(snapshot),
      columns: Object.fromEntries(
        Object.entries({ ...cols, tier }).map(([k, v]) => [k, columnJson(snapshot, v)])
      ),
      asOf: isoFromSerial(day.asOf),
      asOfFromLatestOrder: day.stale,
      days,
      pAliveThreshold: cols.pAlive !== undefined ? threshold : null,
      customers: customers.length,
      lapsed: lapsed.length,
      valueAtStake: atStake,
      top: top.map((x) => ({
        row: first + 1 + x.row,
        name: x.name,
        rep: x.rep ?? null,
        lastOrder: x.lastOrder === undefined ? null : isoFromSerial(x.lastOrder),
        daysSince: x.daysSince ?? null,
        pAlive: x.pAlive ?? null,
        value: Number.isFinite(x.value) ? x.value : null,
        expectedReturn: expected(x),
        flags: x.flags,
      })),
      declining: periods
        ? {
            periods: [columnJson(snapshot, periods[0]), columnJson(snapshot, periods[1])],
            window,
            threshold: decline,
            customers: declining.length,
          }
        : null,
      watch: { sheet: plan.sheet, created: plan.created, ...plan.summary },
      warnings,
      leftOut: leftOutRows(snapshot),
      putBack: putBackRows(snapshot),
      chartsSkipped: report.skippedCharts,
    };
    const lines = (): string[] => {
      const out: string[] = [];
      const money = (v: number) => formatAmount(locale, v);
      const colText = (k: keyof typeof cols) =>
        cols[k] === undefined ? "-" : describeColumn(snapshot, cols[k] as number);
      out.push(
        `Customers ${colText("name")}, last order ${colText("lastOrder")}, value ${colText("value")}${cols.pAlive !== undefined ? `, P(alive) ${colText("pAlive")}` : ""}; as of ${isoFromSerial(day.asOf)}.`
      );
      if (day.stale && day.latest !== undefined)
        out.push(t.asOfNote({ date: isoFromSerial(day.latest) }));
      if (canCheck)
        out.push(
          lapsed.length > 0
            ? t.summary({
                count: lapsed.length,
                customers: customers.length,
                value: money(atStake),
              })
            : t.noneLapsed
        );
      if (top.length > 0) {
        out.push(t.topTitle({ shown: top.length, count: lapsed.length }));
        const hasP = cols.pAlive !== undefined;
        out.push(
          `  ${t.table.customer}  |  ${hasP ? t.table.pAlive : t.table.daysSince}  |  ${t.table.value}  |  ${t.table.expected}`
        );
        for (const x of top) {
          const e = expected(x);
          const when = hasP
            ? x.pAlive === undefined
              ? "-"
              : `${Math.round(x.pAlive * 100)}%`
            : String(x.daysSince ?? "-");
          out.push(
            `  ${x.name}  |  ${when}  |  ${money(x.value)}  |  ${e === null ? "-" : money(e)}`
          );
        }
      }
      if (periods)
        out.push(
          `Declining (${describeColumn(snapshot, periods[0])} to ${describeColumn(snapshot, periods[1])}, last ${window} periods against the ${window} before, below ${Math.round(decline * 100)}%): ${declining.length} customer(s).`
        );
      const reasons = Object.values(plan.summary.reasons).reduce((a, b) => a + b, 0);
      out.push(
        t.written({
          sheet: plan.sheet,
          created: plan.created,
          lapsed: plan.summary.lapsed - plan.summary.declining,
          kept: plan.summary.noLongerLapsed,
          reasons,
          winBack: plan.summary.winBack,
        }) +
          (plan.summary.declining > 0
            ? ` ${valueClassUiText(locale).declining.written({ count: plan.summary.declining })}`
            : "")
      );
      for (const n of warnings) out.push(noteLine(n));
      out.push(`Wrote ${run.output}: sheet "${plan.sheet}".`);
      return out;
    };
    return { json, lines };
  });
}
