/**
 * `crm plan ... --done FILE --from DATE` (issue 13 part 3): the options of a re-plan. The visits
 * already done (the log, matched to the list by id or name) count toward each customer's policy
 * and the plan covers the horizon's days from `--from` on; the horizon itself (`--start`,
 * `--weeks`) must be the original plan's, so `--start` is required.
 */
import { isoToDayNumber, dayNumberToIso } from "../core/plan/calendar";
import type { DoneCounts, LogReading } from "../app/compliance";
import { readLogFile, parseDateOption } from "./compliance";
import { CliError } from "./common";
import type { Locale } from "../i18n/locale";
import { formatList, messages } from "../i18n/messages";

/** What the re-plan adds to the command's report. */
export interface Replan {
  /** For `--json` (`replan`). */
  readonly summary: {
    from: string;
    log: string | null;
    loggedVisits: number;
    /** Visits counted toward the policy (within the horizon, one per customer and day). */
    counted: number;
    customers: number;
    outsideHorizon: number;
    notCounted: { row: number; code: string; customer: string; nearMisses: string[] }[];
    problems: { row: number; code: string; value: string }[];
  };
  /** Lines for the text report. */
  readonly lines: string[];
}

/**
 * The re-plan's first day, or null for an ordinary plan (neither --done nor --from): checked
 * before anything is read, as every usage error.
 *
 * @param o The plan command's --done, --from and --start.
 * @param start The horizon's first day (ISO), weeks its length.
 * @param today Default --from when --done is given alone and today is in the horizon.
 * @throws {CliError} Usage errors (no --start, --from outside the horizon).
 */
export function replanFrom(
  o: { done?: string; from?: string; start?: string },
  start: string,
  weeks: number,
  today: string,
  locale: Locale = "en"
): string | null {
  const mp = messages(locale).cli.plan;
  if (o.done === undefined && o.from === undefined) return null;
  if (o.start === undefined) throw new CliError(mp.replanNeedsStart, 2);
  const first = isoToDayNumber(start);
  const last = first + 7 * weeks - 1;
  let from: string;
  if (o.from !== undefined) from = parseDateOption(o.from, "--from", locale);
  else if (isoToDayNumber(today) >= first && isoToDayNumber(today) <= last) from = today;
  else throw new CliError(mp.doneNeedsFrom, 2);
  const fromDay = isoToDayNumber(from);
  if (fromDay < first || fromDay > last)
    throw new CliError(mp.fromOutside({ from, start, end: dayNumberToIso(last) }), 2);
  return from;
}

/** The visit log of --done (a rep column is not needed), or undefined without --done. */
export async function readDoneLog(done: string | undefined): Promise<LogReading | undefined> {
  return done === undefined ? undefined : readLogFile(done, false);
}

/**
 * The re-plan's report: what of the log counted toward the policy (`counts`, from the planning
 * job) and what did not.
 *
 * @param from The first day planned again.
 * @param file --done, the log's file (undefined: no log given).
 * @param log The log as read, with `counts` what the job counted of it.
 */
export function replanReport(
  from: string,
  file: string | undefined,
  log: LogReading | undefined,
  counts: DoneCounts | null,
  locale: Locale = "en"
): Replan {
  const m = messages(locale).cli;
  const mp = m.plan;
  const summary: Replan["summary"] = {
    from,
    log: file ?? null,
    loggedVisits: 0,
    counted: 0,
    customers: 0,
    outsideHorizon: 0,
    notCounted: [],
    problems: [],
  };
  const lines: string[] = [];
  if (log && counts) {
    const c = counts;
    summary.counted = c.counted;
    summary.outsideHorizon = c.outsideHorizon;
    summary.loggedVisits = log.visits.length;
    summary.customers = c.done.size;
    summary.notCounted = c.unmatched.map((u) => ({
      row: log.sheetRow(u.visit.row),
      code: u.code,
      customer: u.visit.customer,
      nearMisses: u.nearMisses,
    }));
    summary.problems = c.problems.map((p) => ({
      row: log.sheetRow(p.row),
      code: p.code,
      value: p.value,
    }));
    lines.push(
      mp.replanCounted({
        from,
        visits: summary.counted,
        customers: summary.customers,
        log: file ?? "",
        rows: log.visits.length,
      })
    );
    if (summary.outsideHorizon > 0)
      lines.push(mp.outsideHorizon({ count: summary.outsideHorizon }));
    const bad = [...summary.notCounted, ...summary.problems];
    if (bad.length > 0) {
      lines.push(mp.notCounted({ count: bad.length }));
      for (const n of summary.notCounted.slice(0, 5)) {
        const names = formatList(
          locale,
          n.nearMisses.map((x) => m.quoted({ name: x }))
        );
        lines.push(
          mp.notCountedName({
            row: n.row,
            customer: n.customer,
            code: n.code,
            nearMisses: n.nearMisses.length ? mp.didYouMean({ names }) : "",
          })
        );
      }
      for (const p of summary.problems.slice(0, 5))
        lines.push(mp.logProblem({ row: p.row, code: p.code, value: p.value }));
    }
  } else lines.push(mp.noLog({ from }));
  return { summary, lines };
}
