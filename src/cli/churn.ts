/**
 * `crm churn`: the pane's Churn tab on a file, through its job (`churnJob` in src/app): the
 * tab's columns (options over them), the lapsed customers (last order older than N days, or a
 * low P(alive)) and, when the list has sales per period, the declining ones, and the "Churn
 * watch" sheet it plans: a re-run on its own output keeps what was typed there (reasons,
 * costs, notes).
 */
import {
  DEFAULT_LAPSED_DAYS,
  DEFAULT_WIN_BACK_PROBABILITY,
  winBackReturn,
  type LapsedCustomer,
} from "../core/churn";
import { DEFAULT_DECLINE_THRESHOLD, DEFAULT_TREND_WINDOW } from "../core/trend";
import { isoFromSerial, toSerialDay } from "../core/excel/dates";
import { churnJob, churnWrittenText, type ChurnJobRole, type ChurnOptions } from "../app/churnJob";
import { computeHere } from "../app/computeJobs";
import { hostContext, type RoleColumns } from "../app/job";
import { firstDataRow } from "../app/tiering";
import type { Locale } from "../i18n/locale";
import { messages, formatAmount } from "../i18n/messages";
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
  readJson,
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

/** The columns --json names, in its order (the customer's as `name`). */
const JSON_COLUMNS = ["customer", "lastOrder", "value", "rep", "id", "pAlive", "tier"] as const;

/** Customers printed (the sheet lists them all), as the pane's top-10 table. */
const TOP = 10;

/** "H:S" or "2025-01:2025-12" -> [first, last] list columns; "none" -> null. */
function parsePeriods(
  v: string,
  snapshot: Parameters<typeof resolveColumn>[1],
  locale: Locale
): [number, number] | null {
  const m = messages(locale).cli.churn;
  if (v.trim().toLowerCase() === "none") return null;
  const parts = v.split(":");
  if (parts.length !== 2) throw new CliError(m.badPeriods({ value: v }), 2);
  const first = resolveColumn(parts[0], snapshot, "--periods", locale);
  const last = resolveColumn(parts[1], snapshot, "--periods", locale);
  if (last <= first) throw new CliError(m.periodsBackwards({ value: v }));
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
    const { snapshot, host, progress, locale } = run;
    const t = messages(locale).churn.pane;
    const m = messages(locale).cli.churn;
    progress.update(0.4, "checking");

    // The Churn tab's columns (rows the reader left out, totals and notes, are not customers),
    // the options over them.
    const cols: RoleColumns<ChurnJobRole> = { ...churnJob.prepare(snapshot, undefined).columns };
    if (o.customer !== undefined)
      cols.customer = resolveColumn(o.customer, snapshot, "--customer", locale);
    const optional: Array<[ChurnJobRole, string | undefined, string]> = [
      ["lastOrder", o.lastOrder, "--last-order"],
      ["value", o.value, "--value"],
      ["rep", o.rep, "--rep"],
      ["id", o.id, "--id"],
      ["pAlive", o.pAlive, "--palive"],
      ["tier", o.tier, "--tier"],
    ];
    for (const [role, spec, option] of optional) {
      if (spec === undefined) continue;
      const c = optionalColumn(spec, snapshot, option, undefined, locale);
      if (c === undefined) delete cols[role];
      else cols[role] = c;
    }
    if (o.periods !== undefined) {
      const periods = parsePeriods(o.periods, snapshot, locale);
      [cols.firstPeriod, cols.lastPeriod] = periods ?? [undefined, undefined];
      if (!periods) (delete cols.firstPeriod, delete cols.lastPeriod);
    }
    const warnings: JsonWarning[] = readNotes(snapshot, undefined, locale);
    const have =
      cols.firstPeriod !== undefined && cols.lastPeriod !== undefined
        ? cols.lastPeriod - cols.firstPeriod + 1
        : 0;
    if (have > 0 && have < 2 * window) {
      if (o.periods !== undefined) throw new CliError(m.fewPeriods({ have, window }));
      warnings.push({
        code: "fewPeriods",
        count: have,
        rows: [],
        message: m.fewPeriodsNote({ have, window }),
      });
    }
    if (cols.lastOrder === undefined && cols.pAlive === undefined && have === 0)
      throw new CliError(
        messages(locale).cli.because({
          message: t.noLastOrder,
          place: run.said.where(),
          todo: messages(locale).cli.churnNameColumns,
        }) + run.said.hint
      );

    progress.update(0.5, "writing");
    const options: ChurnOptions = {
      today,
      days,
      pAliveThreshold: threshold,
      asOf: typedAsOf,
      probability,
      cost,
      decline: { window, threshold: decline },
    };
    const ctx = hostContext(host, locale, computeHere);
    const planned = await usageErrors(
      () => churnJob.plan(snapshot, { columns: cols, options }, ctx),
      1
    );
    await host.apply(planned.ops);
    const report = await run.save(0.65);
    const { lapsed: check, declining: decl, watch } = planned.result;
    const { lapsed, atStake } = check;
    const declining = decl.list;
    const periods = decl.periods;

    const first = firstDataRow(snapshot);
    const expected = (x: LapsedCustomer) =>
      Number.isFinite(x.value) ? winBackReturn(x.value, probability, cost ?? 0) : null;
    const top = lapsed.slice(0, TOP);
    const json = {
      list: listJson(snapshot),
      columns: Object.fromEntries(
        JSON_COLUMNS.map((r) => [r === "customer" ? "name" : r, columnJson(snapshot, cols[r])])
      ),
      asOf: isoFromSerial(check.asOf),
      asOfFromLatestOrder: check.stale,
      days,
      pAliveThreshold: cols.pAlive !== undefined ? threshold : null,
      customers: check.customers,
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
      watch: { sheet: watch.sheet, created: watch.created, ...watch.summary },
      ...readJson(snapshot, warnings, report),
    };
    const lines = (): string[] => {
      const out: string[] = [];
      const money = (v: number) => formatAmount(locale, v);
      const colText = (k: ChurnJobRole) =>
        cols[k] === undefined ? "-" : describeColumn(snapshot, cols[k] as number, locale);
      out.push(
        m.columns({
          customer: colText("customer"),
          lastOrder: colText("lastOrder"),
          value: colText("value"),
          pAlive: cols.pAlive !== undefined ? colText("pAlive") : null,
          asOf: isoFromSerial(check.asOf),
        })
      );
      if (check.stale && check.latest !== undefined)
        out.push(t.asOfNote({ date: isoFromSerial(check.latest) }));
      if (check.canCheck)
        out.push(
          lapsed.length > 0
            ? t.summary({
                count: lapsed.length,
                customers: check.customers,
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
          m.declining({
            from: describeColumn(snapshot, periods[0], locale),
            to: describeColumn(snapshot, periods[1], locale),
            window,
            below: `${Math.round(decline * 100)}%`,
            count: declining.length,
          })
        );
      out.push(churnWrittenText(locale, watch));
      for (const n of warnings) out.push(noteLine(n, locale));
      out.push(m.wrote({ output: run.output, sheet: watch.sheet }));
      return out;
    };
    return { json, lines };
  });
}
