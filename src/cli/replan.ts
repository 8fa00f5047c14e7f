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
  today: string
): string | null {
  if (o.done === undefined && o.from === undefined) return null;
  if (o.start === undefined)
    throw new CliError(
      "a re-plan (--done/--from) needs --start: the first day of the plan being re-planned (the horizon stays the same)",
      2
    );
  const first = isoToDayNumber(start);
  const last = first + 7 * weeks - 1;
  let from: string;
  if (o.from !== undefined) from = parseDateOption(o.from, "--from");
  else if (isoToDayNumber(today) >= first && isoToDayNumber(today) <= last) from = today;
  else throw new CliError("--done needs --from DATE: the first day to plan again", 2);
  const fromDay = isoToDayNumber(from);
  if (fromDay < first || fromDay > last)
    throw new CliError(
      `--from ${from} is outside the plan's horizon ${start} to ${dayNumberToIso(last)}`,
      2
    );
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
  counts: DoneCounts | null
): Replan {
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
      `Re-plan from ${from}: ${summary.counted} visit(s) done at ${summary.customers} customer(s) counted toward the policy (log ${file}, ${log.visits.length} row(s)).`
    );
    if (summary.outsideHorizon > 0)
      lines.push(`  ${summary.outsideHorizon} logged visit(s) outside the horizon not counted.`);
    const bad = [...summary.notCounted, ...summary.problems];
    if (bad.length > 0) {
      lines.push(`  ${bad.length} log row(s) not counted (name not in the list, or no date), e.g.`);
      for (const n of summary.notCounted.slice(0, 5))
        lines.push(
          `    row ${n.row}: "${n.customer}" ${n.code}${n.nearMisses.length ? `; did you mean ${n.nearMisses.map((x) => `"${x}"`).join(", ")}?` : ""}`
        );
      for (const p of summary.problems.slice(0, 5))
        lines.push(`    row ${p.row}: ${p.code} ${p.value}`);
    }
  } else lines.push(`Re-plan from ${from}: no visit log given, nothing counted as done.`);
  return { summary, lines };
}
