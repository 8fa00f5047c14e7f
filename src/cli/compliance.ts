/**
 * `crm compliance <plan.xlsx> <visits.xlsx|csv>`: the plan against the visits reps logged,
 * written as a "Visit compliance" sheet into a copy of the plan workbook (app/compliance.ts), and
 * the same figures with `--json`. Also reads the log for `crm plan --done`.
 */
import { cellDate } from "../core/visits";
import {
  buildComplianceSheet,
  checkCompliance,
  ComplianceInputError,
  planSheetNames,
  readLogSnapshot,
  readPlanSheet,
  type LogReading,
  type PlanTable,
} from "../app/compliance";
import { isEmptyCell } from "../core/excel/cell";
import type { ListSnapshot } from "../host/types";
import { saveResult } from "../host/xlsx";
import type { Locale } from "../i18n/locale";
import { formatList, messages } from "../i18n/messages";
import { MemoryHost } from "../host/memoryHost";
import {
  checkOutput,
  chooseSheet,
  CliError,
  defaultOutput,
  loadInput,
  placeIn,
  localToday,
  num,
  parseLocale,
  pct,
  Progress,
  readList,
  type CliIO,
} from "./common";

export interface ComplianceCommandOptions {
  asOf?: string;
  sheet?: string;
  logSheet?: string;
  lang?: string;
  json?: boolean;
  output?: string;
  force?: boolean;
}

/**
 * A date option (yyyy-mm-dd, also 2025/11/3) as ISO.
 * @throws {CliError} Usage error naming the option.
 */
export function parseDateOption(v: string, option: string, locale: Locale = "en"): string {
  const d = /^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$/.test(v) ? cellDate(v.trim()) : null;
  if (!d) throw new CliError(messages(locale).cli.plan.badDate({ option, value: v }), 2);
  return d.date;
}

/** Turns the job's input errors into one-line command errors. */
function asCliError(e: unknown): never {
  if (e instanceof ComplianceInputError) throw new CliError(e.message);
  throw e;
}

/**
 * Reads a visit log file (.xlsx or .csv): the list on `sheet` (default the first non-empty
 * sheet), found and read as the pane reads a list.
 *
 * @param file The log's path.
 * @param requireRep Whether the log needs a rep column.
 * @param sheet Optional sheet name.
 * @param locale The language of where the log is (`place`).
 * @returns The log as read.
 * @throws {CliError} For a missing/unreadable file or a log without the needed columns.
 */
export async function readLogFile(
  file: string,
  requireRep: boolean,
  sheet?: string,
  locale: Locale = "en"
): Promise<LogReading & { place: string }> {
  const loaded = await loadInput(file);
  const { snapshot } = await readList(loaded, chooseSheet(loaded, sheet));
  try {
    return {
      ...readLogSnapshot(snapshot, requireRep),
      place: placeIn(loaded, snapshot.sheet, locale).where(true),
    };
  } catch (e) {
    return asCliError(e);
  }
}

/**
 * The customer list a plan workbook was made from (`crm plan` keeps the input's sheets): the
 * first non-empty sheet that is not a sheet the jobs wrote; undefined when there is none or it
 * does not read as a list. Only used for its id column, so a failure here is no error.
 */
async function customerList(
  loaded: Awaited<ReturnType<typeof loadInput>>,
  names: readonly string[]
): Promise<ListSnapshot | undefined> {
  const plans = new Set(planSheetNames(names));
  const sheet = loaded.data.sheets.find(
    (s) => !plans.has(s.name) && s.cells.some((r) => r && r.some((v) => !isEmptyCell(v)))
  );
  if (!sheet) return undefined;
  try {
    return (await readList(loaded, sheet)).snapshot;
  } catch {
    return undefined;
  }
}

/**
 * Runs `crm compliance`.
 *
 * @param planFile The plan workbook (as `crm plan` or the pane writes it).
 * @param logFile The visit log (.xlsx/.csv).
 * @param o Options as parsed by commander.
 * @param io Streams and "today" (the default as-of date).
 * @returns Exit code 0.
 * @throws {CliError} For every user-facing failure.
 */
export async function runCompliance(
  planFile: string,
  logFile: string,
  o: ComplianceCommandOptions,
  io: CliIO
): Promise<number> {
  const asOf =
    o.asOf !== undefined
      ? parseDateOption(o.asOf, "--as-of", parseLocale(o.lang, "en"))
      : (io.today ?? localToday());
  const output = o.output ?? defaultOutput(planFile, "compliance");
  await checkOutput(planFile, output, !!o.force);
  const progress = new Progress(io, "crm compliance");
  // Errors before the plan is read: in --lang's language (default English).
  const said = parseLocale(o.lang, "en");
  try {
    progress.update(0.05, "reading the plan");
    const loaded = await loadInput(planFile);
    const host = new MemoryHost(loaded.data);
    const names = await host.sheetNames();
    let planSheet: string;
    if (o.sheet !== undefined) {
      const s = names.find((n) => n.toLowerCase() === o.sheet!.trim().toLowerCase());
      if (!s)
        throw new CliError(
          messages(said).cli.compliance.noSheet({
            sheet: o.sheet,
            file: planFile,
            sheets: formatList(
              said,
              names.map((n) => messages(said).cli.quoted({ name: n }))
            ),
          })
        );
      planSheet = s;
    } else {
      const plans = planSheetNames(names);
      if (plans.length === 0)
        throw new CliError(messages(said).cli.compliance.noPlanSheet({ file: planFile }));
      planSheet = plans[0];
    }
    let plan: PlanTable;
    try {
      plan = await readPlanSheet(host, planSheet);
    } catch (e) {
      asCliError(e);
    }
    progress.update(0.3, "reading the log");
    const locale = parseLocale(o.lang, plan.locale);
    const log = await readLogFile(logFile, true, o.logSheet, locale);
    const result = checkCompliance(plan, log, asOf, await customerList(loaded, names));
    const { ops, layout } = buildComplianceSheet(result, names, locale);
    progress.update(0.6, "writing");
    await host.apply(ops);
    await saveResult(loaded, host, output);
    progress.stop();

    const r = result.report;
    const notCounted = [
      ...result.problems.map((p) => ({
        row: log.sheetRow(p.row),
        code: p.code,
        value: p.value,
      })),
      ...result.unmatched.map((u) => ({
        row: log.sheetRow(u.visit.row),
        code: u.code,
        rep: u.visit.rep,
        customer: u.visit.customer,
        date: u.visit.date,
        nearMisses: u.nearMisses,
      })),
    ].sort((a, b) => a.row - b.row);
    if (o.json) {
      io.stdout.write(
        JSON.stringify(
          {
            command: "compliance",
            plan: planFile,
            planSheet,
            log: logFile,
            logSheet: log.sheet,
            logColumns: log.headers,
            output,
            sheet: layout.sheet,
            asOf: r.asOf,
            start: r.start,
            weeks: plan.weeks,
            reps: r.reps,
            total: r.total,
            repWeeks: r.weeks,
            tiers: r.tiers,
            missedA: r.missedTop,
            loggedVisits: log.visits.length,
            duplicates: r.duplicates,
            afterAsOf: r.afterAsOf,
            outsidePlan: r.outsidePlan,
            notCounted,
          },
          null,
          2
        ) + "\n"
      );
      return 0;
    }
    const out: string[] = [];
    const t = messages(locale).cli.compliance;
    const quoted = (name: string) => messages(locale).cli.quoted({ name });
    out.push(
      t.headline({
        sheet: planSheet,
        start: r.start,
        weeks: plan.weeks,
        asOf: r.asOf,
        visits: num(log.visits.length),
        place: log.place,
      })
    );
    const line = (label: string, c: (typeof r.reps)[number] | typeof r.total) =>
      t.line({
        label,
        planned: String(c.planned),
        onPlan: String(c.onPlan),
        offPlan: String(c.offPlan),
        missed: String(c.missed),
        share: c.compliance === null ? "-" : pct(c.compliance),
      });
    for (const x of r.reps) out.push(line(x.rep, x));
    out.push(line(t.total, r.total));
    if (r.missedTop.length > 0) {
      out.push(t.missedTop({ count: r.missedTop.length }));
      for (const m of r.missedTop.slice(0, 5))
        out.push(
          t.missed({ date: m.date, rep: m.rep, customer: m.customer, doneOn: m.doneOn ?? null })
        );
    }
    if (notCounted.length > 0) {
      out.push(t.notCounted({ count: notCounted.length }));
      for (const n of notCounted.slice(0, 5)) {
        const near =
          "nearMisses" in n && n.nearMisses.length > 0
            ? t.didYouMean({ names: formatList(locale, n.nearMisses.map(quoted)) })
            : "";
        const what =
          "customer" in n
            ? `${n.rep} / ${quoted(n.customer)} / ${n.date}`
            : quoted(String(n.value));
        out.push(t.notCountedRow({ row: n.row, code: n.code, what, near }));
      }
    }
    if (r.duplicates > 0) out.push(t.duplicates({ count: r.duplicates }));
    if (r.afterAsOf > 0) out.push(t.afterAsOf({ count: r.afterAsOf, asOf: r.asOf }));
    if (r.outsidePlan > 0) out.push(t.outsidePlan({ count: r.outsidePlan }));
    out.push(t.wrote({ output, sheet: layout.sheet }));
    io.stdout.write(out.join("\n") + "\n");
    return 0;
  } finally {
    progress.stop();
  }
}
