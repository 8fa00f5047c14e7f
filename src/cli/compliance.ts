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
import { messages } from "../i18n/messages";
import { MemoryHost } from "../host/memoryHost";
import {
  checkOutput,
  chooseSheet,
  CliError,
  defaultOutput,
  loadInput,
  placeOf,
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
 * @returns The log as read.
 * @throws {CliError} For a missing/unreadable file or a log without the needed columns.
 */
export async function readLogFile(
  file: string,
  requireRep: boolean,
  sheet?: string
): Promise<LogReading & { place: string }> {
  const loaded = await loadInput(file);
  const { snapshot } = await readList(loaded, chooseSheet(loaded, sheet));
  try {
    return {
      ...readLogSnapshot(snapshot, requireRep),
      place: placeOf(loaded, snapshot.sheet, { on: true }),
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
    o.asOf !== undefined ? parseDateOption(o.asOf, "--as-of") : (io.today ?? localToday());
  const output = o.output ?? defaultOutput(planFile, "compliance");
  await checkOutput(planFile, output, !!o.force);
  const progress = new Progress(io, "crm compliance");
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
          `no sheet named "${o.sheet}" in ${planFile} (sheets: ${names.map((n) => `"${n}"`).join(", ")})`
        );
      planSheet = s;
    } else {
      const plans = planSheetNames(names);
      if (plans.length === 0)
        throw new CliError(
          `${planFile} has no visit plan sheet ("Visit plan ..." or "拜访计划 ..."): make one with crm plan, or name it with --sheet`
        );
      planSheet = plans[0];
    }
    let plan: PlanTable;
    try {
      plan = await readPlanSheet(host, planSheet);
    } catch (e) {
      asCliError(e);
    }
    progress.update(0.3, "reading the log");
    const log = await readLogFile(logFile, true, o.logSheet);
    const result = checkCompliance(plan, log, asOf, await customerList(loaded, names));
    const locale = parseLocale(o.lang, plan.locale);
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
    out.push(
      `Visit compliance of "${planSheet}" (from ${r.start}, ${plan.weeks} week(s)) as of ${r.asOf}, from ${num(log.visits.length)} logged visit(s) ${log.place}.`
    );
    const line = (label: string, c: (typeof r.reps)[number] | typeof r.total) =>
      `  ${label.padEnd(14)} planned ${String(c.planned).padStart(5)}   on plan ${String(c.onPlan).padStart(5)}   off plan ${String(c.offPlan).padStart(4)}   missed ${String(c.missed).padStart(5)}   ${c.compliance === null ? "-" : pct(c.compliance)}`;
    for (const x of r.reps) out.push(line(x.rep, x));
    out.push(line("Total", r.total));
    if (r.missedTop.length > 0) {
      out.push(`A customers missed: ${r.missedTop.length} visit(s), e.g.`);
      for (const m of r.missedTop.slice(0, 5))
        out.push(
          `  ${m.date} ${m.rep}: ${m.customer}${m.doneOn ? ` (visited ${m.doneOn} instead)` : ""}`
        );
    }
    if (notCounted.length > 0) {
      out.push(
        `Not counted: ${notCounted.length} log row(s) (listed on the sheet with suggestions), e.g.`
      );
      for (const n of notCounted.slice(0, 5)) {
        const near =
          "nearMisses" in n && n.nearMisses.length > 0
            ? `; did you mean ${n.nearMisses.map((x) => `"${x}"`).join(", ")}?`
            : "";
        const what = "customer" in n ? `${n.rep} / "${n.customer}" / ${n.date}` : `"${n.value}"`;
        out.push(`  row ${n.row}: ${n.code} ${what}${near}`);
      }
    }
    if (r.duplicates > 0) out.push(`${r.duplicates} repeated log row(s) counted once.`);
    if (r.afterAsOf > 0) out.push(`${r.afterAsOf} visit(s) after ${r.asOf} not counted.`);
    if (r.outsidePlan > 0)
      out.push(`${r.outsidePlan} visit(s) outside the plan's weeks not counted.`);
    out.push(`Wrote ${output}: sheet "${layout.sheet}".`);
    io.stdout.write(out.join("\n") + "\n");
    return 0;
  } finally {
    progress.stop();
  }
}
