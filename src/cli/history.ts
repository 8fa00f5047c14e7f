/**
 * `crm history`: the pane's Order history tab on a file. Finds the order table (customer, date,
 * amount per line; the first sheet holding one, or --sheet), counts what it holds with the same
 * previewOrders/historyProblems as the tab, and adds the "Order history <date>" sheet that
 * buildHistorySheet plans: the live CRM.RFM -> BGNBD/GAMMAGAMMA -> PALIVE/PURCHASES/SPEND/
 * CLVHIST chain, which Excel (with the add-in) calculates, the settings as editable cells.
 */
import { guessOrderColumns } from "../core/list/columns";
import type { ListSnapshot } from "../host/types";
import {
  buildHistorySheet,
  HISTORY_DEFAULTS,
  historyProblems,
  previewOrders,
  type HistoryOptions,
  type OrderColumns,
} from "../app/history";
import { historyJob } from "../app/historyJob";
import { isoFromSerial } from "../core/excel/dates";
import { formatList, messages } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { percentText } from "../i18n/format";
import {
  chooseSheet,
  CliError,
  describeColumn,
  readList,
  resolveColumn,
  type CliIO,
} from "./common";
import { runListCommand, type ListCommandOptions, type ReadListOf } from "./listCommand";
import {
  columnJson,
  listJson,
  noteLine,
  parseDay,
  parseNumber,
  parseRate,
  readNotes,
  type JsonWarning,
} from "./jobOptions";

export interface HistoryCommandOptions extends ListCommandOptions {
  customer?: string;
  date?: string;
  amount?: string;
  asOf?: string;
  holdoutEnd?: string;
  months?: string;
  discount?: string;
  margin?: string;
  periodDays?: string;
}

/**
 * The order table: `--sheet`, else the first visible sheet whose list has a customer, a date and
 * an amount column and names some customer twice (order lines; a customer list before it, one
 * row per customer, is passed over), else the first with the three columns, else the command's
 * usual sheet (its message then says what is missing).
 */
const readOrderTable: ReadListOf = async (loaded, name) => {
  type Read = Awaited<ReturnType<ReadListOf>>;
  if (name === undefined) {
    let fallback: Read | undefined;
    for (const sheet of loaded.data.sheets) {
      if ((sheet.state ?? "visible") !== "visible") continue;
      let read: Read;
      try {
        read = { sheet, ...(await readList(loaded, sheet)) };
      } catch (e) {
        if (e instanceof CliError) continue;
        throw e;
      }
      const g = guessOrderColumns(read.snapshot.header, read.snapshot.rows).roles;
      if (g.customer === undefined || g.date === undefined || g.amount === undefined) continue;
      const c = g.customer;
      const names = read.snapshot.rows.map((r) => String(r[c] ?? "").trim()).filter((x) => x);
      if (new Set(names).size < names.length) return read;
      fallback ??= read;
    }
    if (fallback) return fallback;
  }
  const sheet = chooseSheet(loaded, name);
  return { sheet, ...(await readList(loaded, sheet)) };
};

/** The three columns: the options, else the Order history tab's guess; a clear error naming what is missing. */
function orderColumns(
  snapshot: ListSnapshot,
  o: HistoryCommandOptions,
  hint: string,
  locale: Locale
): OrderColumns {
  const m = messages(locale).cli.history;
  const describe = (c: number) => describeColumn(snapshot, c, locale);
  const g = historyJob.prepare(snapshot, undefined).columns;
  const pick = (spec: string | undefined, option: string, guessed: number | undefined) =>
    spec !== undefined ? resolveColumn(spec, snapshot, option, locale) : guessed;
  const customer = pick(o.customer, "--customer", g.customer);
  const date = pick(o.date, "--date", g.date);
  const amount = pick(o.amount, "--amount", g.amount);
  const missing = [
    customer === undefined ? "--customer" : "",
    date === undefined ? "--date" : "",
    amount === undefined ? "--amount" : "",
  ].filter((s) => s !== "");
  if (missing.length > 0) {
    const columns = formatList(
      locale,
      snapshot.header.map((_, c) => describe(c))
    );
    throw new CliError(
      m.notOrderTable({
        sheet: snapshot.sheet,
        missing: formatList(locale, missing),
        columns,
        hint,
      })
    );
  }
  if (new Set([customer, date, amount]).size < 3)
    throw new CliError(
      m.sameColumns({
        columns: formatList(
          locale,
          [customer, date, amount].map((c) => describe(c as number))
        ),
      })
    );
  return { customer: customer as number, date: date as number, amount: amount as number };
}

/**
 * Runs `crm history`. Nothing is written when the table cannot feed the chain (the same checks
 * as the pane: unreadable lines, no order before the calibration end, bad settings).
 *
 * @param input Path of the .xlsx/.csv file.
 * @param o Options as parsed by commander.
 * @param io Output streams.
 * @returns Exit code 0.
 * @throws {CliError} For every user-facing failure.
 */
export async function runHistory(
  input: string,
  o: HistoryCommandOptions,
  io: CliIO
): Promise<number> {
  const options: HistoryOptions = {
    asOf: o.asOf !== undefined ? parseDay(o.asOf, "--as-of") : undefined,
    holdoutEnd: o.holdoutEnd !== undefined ? parseDay(o.holdoutEnd, "--holdout-end") : undefined,
    months:
      o.months !== undefined
        ? parseNumber(o.months, "--months", { integer: true, min: 1, max: 1200 })
        : HISTORY_DEFAULTS.months,
    monthlyDiscount:
      o.discount !== undefined
        ? parseRate(o.discount, "--discount")
        : HISTORY_DEFAULTS.monthlyDiscount,
    margin: o.margin !== undefined ? parseRate(o.margin, "--margin") : HISTORY_DEFAULTS.margin,
    periodDays:
      o.periodDays !== undefined
        ? parseNumber(o.periodDays, "--period-days", { min: 1, max: 366 })
        : HISTORY_DEFAULTS.periodDays,
  };
  const spec = { name: "history", suffix: "history", read: readOrderTable };
  return runListCommand(input, o, io, spec, async (run) => {
    const { snapshot, host, progress, locale, hint } = run;
    const ht = messages(locale).history.pane;
    progress.update(0.4, "counting");
    const cols = orderColumns(snapshot, o, hint, locale);

    const preview = previewOrders(snapshot, cols, options);
    const problems = historyProblems(preview, options);
    if (problems.length > 0) {
      const text = problems.map((code) => {
        if (code !== "badRows") return ht.problems[code];
        const list = preview.issues.map((i) => ht.issue(i)).join("; ");
        return ht.badRows({
          count: preview.issueCount,
          list: preview.issueCount > preview.issues.length ? `${list}; …` : list,
        });
      });
      throw new CliError(
        messages(locale).cli.at({ place: run.said.where(), message: text.join(" ") })
      );
    }
    const plan = buildHistorySheet(snapshot, cols, options, await host.sheetNames(), locale);
    progress.update(0.5, "writing");
    await host.apply(plan.ops);
    const report = await run.save(0.65);

    const warnings: JsonWarning[] = readNotes(snapshot, undefined, locale);
    const fmt = (d: number | undefined) => (d === undefined ? null : isoFromSerial(d));
    const json = {
      list: listJson(snapshot),
      columns: {
        customer: columnJson(snapshot, cols.customer),
        date: columnJson(snapshot, cols.date),
        amount: columnJson(snapshot, cols.amount),
      },
      settings: {
        asOf: fmt(preview.asOf),
        holdoutEnd: fmt(options.holdoutEnd),
        months: options.months,
        monthlyDiscount: options.monthlyDiscount,
        margin: options.margin,
        periodDays: options.periodDays,
      },
      orders: preview.orders,
      customers: preview.customers,
      blankRows: preview.blankRows,
      firstDate: fmt(preview.firstDate),
      lastDate: fmt(preview.lastDate),
      calibrationOrders: preview.calibrationOrders,
      calibrationCustomers: preview.calibrationCustomers,
      repeatBuyers: preview.repeatBuyers,
      repeatShare: preview.repeatShare,
      holdoutOrders: options.holdoutEnd !== undefined ? preview.holdoutOrders : null,
      historySheet: plan.sheet,
      formulas: plan.formulas,
      warnings,
      chartsSkipped: report.skippedCharts,
    };
    const lines = (): string[] => {
      const out: string[] = [];
      const m = messages(locale).cli.history;
      out.push(
        m.table({
          sheet: snapshot.sheet,
          customer: describeColumn(snapshot, cols.customer, locale),
          date: describeColumn(snapshot, cols.date, locale),
          amount: describeColumn(snapshot, cols.amount, locale),
        })
      );
      const p = ht.preview;
      out.push(`  ${p.orders({ orders: preview.orders, customers: preview.customers })}`);
      out.push(
        `  ${p.dates({ from: fmt(preview.firstDate) ?? "", to: fmt(preview.lastDate) ?? "" })}`
      );
      out.push(
        `  ${p.calibration({ customers: preview.calibrationCustomers, orders: preview.calibrationOrders, date: fmt(preview.asOf) ?? "" })}`
      );
      if (preview.calibrationCustomers > 0)
        out.push(
          `  ${p.repeat({ share: percentText(preview.repeatShare), buyers: preview.repeatBuyers })}`
        );
      if (options.holdoutEnd !== undefined)
        out.push(
          `  ${p.holdout({ orders: preview.holdoutOrders, date: fmt(options.holdoutEnd) ?? "" })}`
        );
      if (preview.blankRows > 0) out.push(`  ${p.blankRows({ count: preview.blankRows })}`);
      out.push(ht.written({ sheet: plan.sheet }));
      for (const n of warnings) out.push(noteLine(n, locale));
      out.push(m.wrote({ output: run.output, sheet: plan.sheet }));
      if (report.skippedCharts > 0) out.push(m.chartsSkipped);
      return out;
    };
    return { json, lines };
  });
}
