/**
 * `crm plan <input>`: the reps' multi-week visit plan from a customer list, written as the
 * pane writes it (app/planning.ts) into <input>.plan.xlsx = the original sheets + the plan
 * sheets.
 */
import * as fs from "fs";
import * as path from "path";
import type { PlanColumns } from "../app/planning";
import type { UnscheduledCode } from "../core/plan/types";
import { isoToDayNumber } from "../core/plan/calendar";
import { isTierHeader } from "../core/tier/headers";
import { isoFromSerial } from "../core/excel/dates";
import { nextMonday } from "../app/today";
import {
  CliError,
  describeColumn,
  guess,
  loadInput,
  localToday,
  num,
  parseLocale,
  resolveColumn,
  type CliIO,
} from "./common";
import { runListCommand, usageErrors, type ListCommandOptions, type ListRun } from "./listCommand";
import { noteLine, optionalColumn, readJson, readNotes } from "./jobOptions";
import type { ListSnapshot } from "../host/types";
import { readDoneLog, replanFrom, replanReport } from "./replan";
import { planningJob, type PlanJobOptions, type PlanRole } from "../app/planningJob";
import { hostContext, JobRefusal, type RoleColumns } from "../app/job";
import { computeHere } from "../app/computeJobs";
import { formatList, messages } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { formatRange, resolveDay } from "../core/plan/dayTime";
import {
  parseDayOptions,
  parseMapOptions,
  resolveTimeZone,
  writeCalendars,
  type PlanTimeOptions,
} from "./planTimes";
import { noSalesMessage } from "./tier";
import { firstDataRow } from "../app/tiering";

export interface PlanCommandOptions extends PlanTimeOptions, ListCommandOptions {
  weeks?: string;
  capacity?: string;
  start?: string;
  workdays?: string;
  holidays?: string;
  rep?: string;
  tier?: string;
  sales?: string;
  /** Re-plan: the visit log of visits already done (counted toward the policy). */
  done?: string;
  /** Re-plan: the first day to plan again (earlier days of the horizon are left out). */
  from?: string;
}

const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/**
 * "mon-fri", "mon-sat", "mon,tue,thu", "1-5" -> ISO weekdays (1 = Monday).
 * @throws {CliError} For anything else.
 */
export function parseWorkdays(v: string, locale: Locale = "en"): number[] {
  const mp = messages(locale).cli.plan;
  const day = (s: string): number => {
    const t = s.trim().toLowerCase();
    if (/^[1-7]$/.test(t)) return Number(t);
    const i = DAY_NAMES.findIndex((d) => t.startsWith(d) && t.length >= 3);
    if (i < 0) throw new CliError(mp.badWeekday({ value: s }), 2);
    return i + 1;
  };
  const out = new Set<number>();
  for (const part of v.split(",").filter((p) => p.trim() !== "")) {
    const [a, b] = part.split("-");
    if (b === undefined) out.add(day(a));
    else {
      const [x, y] = [day(a), day(b)];
      if (y < x) throw new CliError(mp.backwards({ value: part }), 2);
      for (let d = x; d <= y; d++) out.add(d);
    }
  }
  if (out.size === 0) throw new CliError(mp.noWeekday({ value: v }), 2);
  return [...out].sort((p, q) => p - q);
}

function isoOf(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number" && v > 20000 && v < 80000 && Number.isInteger(v))
    return isoFromSerial(v); // Excel serial
  if (typeof v === "string") {
    const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(v);
    if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  }
  return null;
}

/**
 * Holiday dates from a file: a text file with one date per line (blank lines and # comments
 * ignored), or an .xlsx/.csv whose first column holds dates (a header is skipped).
 * @throws {CliError} For a missing file or a line that is not a date.
 */
export async function readHolidays(file: string, locale: Locale = "en"): Promise<string[]> {
  const mp = messages(locale).cli.plan;
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".csv") {
    const loaded = await loadInput(file);
    const out: string[] = [];
    for (const row of loaded.data.sheets[0].cells) {
      const iso = isoOf(row?.[0]);
      if (iso) out.push(iso);
    }
    return out;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new CliError(mp.holidaysMissing({ file }));
  }
  const out: string[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, i) => {
      const t = line.replace(/#.*/, "").trim();
      if (t === "") return;
      const iso = isoOf(t);
      if (!iso) throw new CliError(mp.holidaysBadLine({ row: i + 1, file, text: t }));
      out.push(iso);
    });
  return out;
}

function positiveInt(
  v: string | undefined,
  name: string,
  dflt: number,
  max: number,
  locale: Locale
): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new CliError(
      messages(locale).cli.plan.wholeNumber({ option: name, max: `${max}`, value: v }),
      2
    );
  return n;
}

/**
 * The plan's columns: the Visit plan tab's guess (`planningJob.prepare`: the PLAN_ROLES schema;
 * an earlier run's Tier column first, else the sales to tier on the fly, else last period's
 * tiers), overridden by the options; the opening-hours and phone columns the options name.
 * @throws {CliError} When there is neither a tier nor a sales column.
 */
export function planColumns(
  snapshot: ListSnapshot,
  o: PlanCommandOptions,
  run: Pick<ListRun, "said" | "locale">
): { roles: RoleColumns<PlanRole>; extra: Pick<PlanColumns, "openingHours" | "phone"> } {
  const { locale, said } = run;
  const column = (spec: string, option: string) => resolveColumn(spec, snapshot, option, locale);
  const roles: RoleColumns<PlanRole> = { ...planningJob.prepare(snapshot, undefined).columns };
  if (o.tier !== undefined) roles.tier = column(o.tier, "--tier");
  else if (o.sales !== undefined) {
    roles.sales = column(o.sales, "--sales");
    // --sales tiers on the fly unless an earlier run's Tier column holds this period's tiers.
    if (roles.tier !== undefined && !isTierHeader(snapshot.header[roles.tier])) delete roles.tier;
  }
  if (o.rep !== undefined) {
    roles.rep = optionalColumn(o.rep, snapshot, "--rep", undefined, locale);
    if (roles.rep === undefined) delete roles.rep;
  }
  if (roles.tier === undefined && roles.sales === undefined) {
    const candidates = guess(snapshot).salesCandidates;
    if (candidates.length > 0)
      throw new CliError(noSalesMessage(snapshot, candidates, said.where(true), "", locale));
    throw new CliError(
      messages(locale).cli.plan.noTierOrSales({ where: said.where(true) }) + said.hint
    );
  }
  const extra: Pick<PlanColumns, "openingHours" | "phone"> = {};
  if (o.openingHours !== undefined) extra.openingHours = column(o.openingHours, "--opening-hours");
  if (o.phone !== undefined) extra.phone = column(o.phone, "--phone");
  return { roles, extra };
}

/**
 * Runs `crm plan`.
 *
 * @param input Path of the .xlsx/.csv file.
 * @param o Options as parsed by commander.
 * @param io Output streams ("today" for the default start date).
 * @returns Exit code 0.
 * @throws {CliError} For every user-facing failure.
 */
export async function runPlan(input: string, o: PlanCommandOptions, io: CliIO): Promise<number> {
  // Option errors come before the list is read: in --lang's language (default English).
  const said = parseLocale(o.lang, "en");
  const weeks = positiveInt(o.weeks, "--weeks", 4, 104, said);
  const capacity =
    o.capacity === undefined ? undefined : positiveInt(o.capacity, "--capacity", 8, 1000, said);
  const day = parseDayOptions(o, said);
  const maps = parseMapOptions(o, said);
  const timeZone = o.ics !== undefined ? resolveTimeZone(o, said) : undefined;
  const workdays = o.workdays !== undefined ? parseWorkdays(o.workdays, said) : [1, 2, 3, 4, 5];
  const today = io.today ?? localToday();
  let start: string;
  if (o.start !== undefined) {
    const iso = isoOf(o.start);
    try {
      if (!iso) throw new Error();
      isoToDayNumber(iso);
    } catch {
      throw new CliError(messages(said).cli.plan.badDate({ option: "--start", value: o.start }), 2);
    }
    start = iso;
  } else start = nextMonday(today);
  const holidays = o.holidays !== undefined ? await readHolidays(o.holidays, said) : [];
  const from = replanFrom(o, start, weeks, today, said);
  return runListCommand(input, o, io, { name: "plan", suffix: "plan" }, async (run) => {
    const { snapshot, host, progress, locale } = run;
    const m = messages(locale).cli;
    const mp = m.plan;
    const describe = (c: number) => describeColumn(snapshot, c, locale);
    const { roles, extra } = planColumns(snapshot, o, run);
    const log = await readDoneLog(o.done);
    progress.update(0.35, "planning");
    // The Visit plan tab's job: the customers, the plan, its sheets and the reps' sheets.
    const options: PlanJobOptions = {
      startDate: start,
      weeks,
      workdays,
      holidays,
      capacity: capacity ?? Infinity,
      day,
      repOutput: maps,
      extraColumns: extra,
      ...(from !== null ? { replan: { from, log } } : {}),
    };
    const ctx = hostContext(host, locale, computeHere, (f) =>
      progress.update(0.35 + 0.4 * f, "planning")
    );
    const planned = await usageErrors(async () => {
      try {
        return await planningJob.plan(snapshot, { columns: roles, options }, ctx);
      } catch (e) {
        // The job's refusal (no customers) in the run's language, saying where the list is.
        if (e instanceof JobRefusal)
          throw new CliError(m.because({ message: e.lines.join(" "), place: run.said.where() }));
        throw e;
      }
    });
    const { plan, layout, input: input2, columns: cols } = planned.result;
    const replan =
      from !== null ? replanReport(from, o.done, log, planned.result.done, locale) : null;
    // A --tier column that holds no tier of the policy would give an empty plan: say so instead.
    if (
      cols.tier !== undefined &&
      plan.totals.visitsPlanned === 0 &&
      plan.unscheduled.length > 0 &&
      plan.unscheduled.every((u) => u.code === "UNKNOWN_TIER" || u.code === "TIER_BLANK")
    ) {
      const seen = [...new Set(plan.unscheduled.map((u) => u.tier).filter((x) => x !== ""))];
      const tiers = formatList(
        locale,
        seen.slice(0, 5).map((x) => m.quoted({ name: x }))
      );
      throw new CliError(
        mp.noPolicyTier({
          column: describe(cols.tier),
          holds: seen.length ? mp.holds({ tiers, more: seen.length > 5 }) : mp.holdsBlank,
        })
      );
    }
    progress.update(0.75, "writing");
    await host.apply(planned.ops);
    const report = await run.save(0.8);
    const repOut = planned.result.repOutput;
    const calendars =
      o.ics !== undefined
        ? writeCalendars(plan, o.ics, {
            ...repOut,
            timeZone: timeZone!,
            startDate: start,
            stamp: Date.now(),
          })
        : [];
    const resolvedDay = resolveDay(day);
    const flagged = plan.visits.filter((v) => v.flag !== null).length;

    const reps = [...new Set(plan.days.map((d) => d.rep))];
    const perRep = reps.map((rep) => {
      const days = plan.days.filter((d) => d.rep === rep);
      const visits = days.reduce((s, d) => s + d.visits, 0);
      const km = days.reduce((s, d) => s + d.km, 0);
      return {
        rep,
        visits,
        km: Math.round(km * 10) / 10,
        days: days.filter((d) => d.visits > 0).length,
        maxPerDay: Math.max(0, ...days.map((d) => d.visits)),
      };
    });
    const used = Object.fromEntries(
      (Object.entries(cols) as [string, number | undefined][])
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, snapshot.header[v!]])
    );
    const leftOutRows = input2.leftOut.map((l) => ({
      row: firstDataRow(snapshot) + 1 + l.index,
      reason: l.reason,
    }));
    const readWarnings = readNotes(snapshot, leftOutRows, locale);
    const json = {
      columns: used,
      tierSource: input2.tierSource,
      start,
      weeks,
      workdays,
      holidays,
      capacity: capacity ?? null,
      day: {
        hours: formatRange([resolvedDay.workStart, resolvedDay.workEnd]),
        lunch: resolvedDay.lunch ? formatRange(resolvedDay.lunch) : null,
        visitMinutes: resolvedDay.visitMinutes,
        speedKmh: resolvedDay.speedKmh,
        roadFactor: resolvedDay.roadFactor,
      },
      openingHours: {
        customers: input2.withHours,
        unread: input2.unreadHours.map((u) => ({
          row: snapshot.row + 2 + u.row,
          text: u.text,
        })),
        visitsOutsideHours: flagged,
      },
      customers: input2.customers.length,
      located: input2.located,
      usedCoordinates: plan.usedCoordinates,
      totals: plan.totals,
      neededCapacity: plan.neededCapacity.visitsPerRepDay,
      unscheduled: plan.unscheduled.map((u) => ({
        customer: u.name,
        tier: u.tier,
        rep: u.rep,
        missing: u.missing,
        code: u.code,
        reason: u.reason,
      })),
      reps: perRep,
      planSheet: layout.planSheet,
      routeSheet: layout.routeSheet,
      repSheets: planned.result.repSheets,
      calendars,
      ...(replan ? { replan: replan.summary } : {}),
      ...readJson(snapshot, readWarnings, report, leftOutRows),
    };
    const lines = (): string[] => {
      const out: string[] = [];
      const noRep = (rep: string) => rep || mp.noRep;
      out.push(
        mp.headline({
          weeks: `${weeks}`,
          start,
          customers: num(input2.customers.length),
          where: run.said.where(),
          tiers:
            input2.tierSource === "column"
              ? mp.tiersFromColumn({ column: describe(cols.tier!) })
              : mp.tiersFromSales({ column: describe(cols.sales!) }),
          reps: `${reps.length}`,
          capacity: capacity !== undefined ? mp.capacity({ capacity: `${capacity}` }) : "",
          located: `${input2.located}`,
        })
      );
      out.push(
        mp.day({
          hours: formatRange([resolvedDay.workStart, resolvedDay.workEnd]),
          lunch: resolvedDay.lunch ? mp.lunch({ range: formatRange(resolvedDay.lunch) }) : "",
          minutes: Object.entries(resolvedDay.visitMinutes)
            .map(([k, v]) => `${k}=${v}`)
            .join(","),
          speed: `${resolvedDay.speedKmh}`,
          factor: `${resolvedDay.roadFactor}`,
        })
      );
      if (replan) out.push(...replan.lines);
      for (const w of readWarnings) out.push(noteLine(w, locale));
      const t = plan.totals;
      out.push(
        mp.totals({
          planned: num(t.visitsPlanned),
          unscheduled: num(t.unscheduledVisits),
          km: num(t.km, 1),
        })
      );
      if (t.busiestDay)
        out.push(
          mp.busiest({
            rep: noRep(t.busiestDay.rep),
            date: t.busiestDay.date,
            visits: t.busiestDay.visits,
          })
        );
      if (t.longestDay)
        out.push(
          mp.longest({
            rep: noRep(t.longestDay.rep),
            date: t.longestDay.date,
            hours: num(t.longestDay.hours, 1),
          })
        );
      if (cols.openingHours !== undefined)
        out.push(
          mp.openingHours({
            column: describe(cols.openingHours),
            customers: input2.withHours,
            visits: flagged,
          })
        );
      if (input2.unreadHours.length > 0)
        out.push(
          mp.unreadHours({
            count: input2.unreadHours.length,
            rows: formatList(
              locale,
              input2.unreadHours.slice(0, 5).map((u) => snapshot.row + 2 + u.row)
            ),
            more: input2.unreadHours.length > 5,
          })
        );
      for (const p of perRep)
        out.push(
          mp.perRep({
            rep: noRep(p.rep).padEnd(14),
            visits: String(p.visits).padStart(5),
            days: String(p.days).padStart(3),
            max: `${p.maxPerDay}`,
            km: num(p.km, 1),
          })
        );
      if (plan.unscheduled.length > 0) {
        out.push(
          mp.unscheduled({ customers: plan.unscheduled.length, visits: t.unscheduledVisits })
        );
        const codes = new Map<UnscheduledCode, number>();
        for (const u of plan.unscheduled) codes.set(u.code, (codes.get(u.code) ?? 0) + 1);
        // A sentence per reason, never the raw code (the code stays in --json).
        for (const [code, n] of codes) {
          const detail = plan.unscheduled.find((u) => u.code === code)!.reason;
          out.push(mp.reason({ count: n, code, detail }));
        }
        if (codes.has("CAPACITY"))
          out.push(
            capacity !== undefined
              ? mp.neededCapacity({ needed: `${plan.neededCapacity.visitsPerRepDay}` })
              : mp.daysFull
          );
      }
      out.push(
        mp.wrote({
          output: run.output,
          sheet: layout.planSheet,
          routeSheet: layout.routeSheet ?? null,
        })
      );
      out.push(
        mp.repSheets({
          sheets: formatList(
            locale,
            planned.result.repSheets.map((x) => m.quoted({ name: x }))
          ),
        })
      );
      if (calendars.length > 0)
        out.push(
          mp.calendars({
            zone: timeZone!,
            count: calendars.length,
            dir: o.ics!,
            files: formatList(
              locale,
              calendars.map((f) => path.basename(f))
            ),
          })
        );
      if (report.skippedCharts > 0)
        out.push(mp.chartsSkipped({ count: report.skippedCharts, sheet: layout.routeSheet ?? "" }));
      return out;
    };
    return { json, lines };
  });
}
