/**
 * The `crm` command line: argument parsing (commander) and error reporting. Every failure is
 * one line `crm: error: <what>` on stderr and a non-zero exit code; nothing is written then.
 */
import { Command, CommanderError, Option } from "commander";
import { CliError, type CliIO } from "./common";
import { addListCommand } from "./listCommand";
import { runTier, type TierCommandOptions } from "./tier";
import { runPlan, type PlanCommandOptions } from "./plan";
import { runCompliance, type ComplianceCommandOptions } from "./compliance";
import { runValue, type ValueCommandOptions } from "./value";
import { runChurn, type ChurnCommandOptions } from "./churn";
import { runHistory, type HistoryCommandOptions } from "./history";

/** The version printed by `crm --version` (kept in step with package.json by hand). */
export const VERSION = "0.1.0";

function buildProgram(io: CliIO, setCode: (c: number) => void): Command {
  const program = new Command();
  program
    .name("crm")
    .description(
      "Customer tiering, value, churn, order history and visit planning on .xlsx/.csv files, without Excel."
    )
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError("(run crm --help for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`crm: ${s.replace(/^error: /, "error: ")}`),
    });

  addListCommand<TierCommandOptions>(
    program,
    io,
    setCode,
    {
      name: "tier",
      description:
        "Tier the customer list (A/B/C): writes the list with a Tier column and a Tier summary sheet.",
      written: "headers and sheets",
      suffix: "tiered",
      run: runTier,
    },
    (c) =>
      c
        .option("--sales <column>", "column to tier by: header text or letter (default: guessed)")
        .option("--group <column>", "tier within groups of this column (channel, region, rep)")
        .addOption(
          new Option("--method <method>", "rank (20/40/40) or pareto (80/95 of value)").choices([
            "rank",
            "pareto",
          ])
        )
        .option("--cuts <list>", "cumulative cuts, e.g. 0.2,0.6 or 0.1,0.3,0.6")
        .option("--labels <list>", "tier labels, one more than the cuts, e.g. A,B,C")
        .option("--formulas", "write a live =CRM.TIER(...) formula instead of values")
        .option("--replace", "write the Tier column over non-empty cells right of the list")
  );

  addListCommand<PlanCommandOptions>(
    program,
    io,
    setCode,
    {
      name: "plan",
      description:
        "Plan the reps' visits for the next weeks: writes the list with a Visit plan sheet (and route data).",
      written: "sheets",
      suffix: "plan",
      run: runPlan,
    },
    (c) =>
      c
        .option("--weeks <n>", "weeks to plan", "4")
        .option(
          "--capacity <n>",
          "at most this many visits per rep per day (default: no cap; the working time limits a day)"
        )
        .option("--hours <from-to>", "working hours, e.g. 09:00-18:00 (default 09:00-18:00)")
        .option(
          "--lunch <from-to>",
          "lunch break no visit overlaps, e.g. 12:00-13:00, or none (default 12:00-13:00)"
        )
        .option(
          "--visit-minutes <list>",
          "minutes per visit by tier, e.g. A=30,B=20,C=15 (default A=30,B=20,C=15)"
        )
        .option("--speed <km/h>", "average travel speed in km/h (default 25)")
        .option("--road-factor <x>", "road km per straight-line km, for travel time (default 1.3)")
        .option(
          "--opening-hours <column>",
          "opening-hours column, forms 8:00-12:00 or 08:00-12:00,14:00-20:00 (default: found by its header 营业时间 / Opening hours)"
        )
        .option(
          "--phone <column>",
          "phone column for the rep sheets (default: found by its header 电话 / Phone)"
        )
        .option(
          "--map <app>",
          "map links on the rep sheets and calendars: amap or google (default: amap in Chinese, google in English)"
        )
        .option(
          "--coords <system>",
          "coordinate system of the list's positions: wgs84 or gcj02 (default wgs84); Amap links use GCJ-02, Google links WGS-84, converted as needed"
        )
        .option("--ics <dir>", "also write one calendar file (<rep>.ics) per rep into DIR")
        .option(
          "--time-zone <zone>",
          "time zone of the plan's times, e.g. Asia/Shanghai (default: this computer's)"
        )
        .option("--start <date>", "first day, yyyy-mm-dd (default: next Monday)")
        .option(
          "--workdays <days>",
          "working days: mon-fri, mon-sat or mon,tue,... (default mon-fri)"
        )
        .option(
          "--holidays <file>",
          "dates without visits: one per line, or the first column of an .xlsx/.csv"
        )
        .option("--rep <column>", "rep/owner column (default: guessed; none = one rep)")
        .option(
          "--tier <column>",
          "tier column (default: an earlier Tier column, else tiers computed from sales)"
        )
        .option("--sales <column>", "sales column to tier on the fly when there is no tier column")
        .option(
          "--done <file>",
          "re-plan: visit log of visits already done (.xlsx/.csv with Rep, Customer, Date or 业务员, 客户, 日期); they count toward each customer's policy"
        )
        .option(
          "--from <date>",
          "re-plan: first day to plan again, yyyy-mm-dd (needs --start of the original plan; earlier days are left out)"
        )
  );

  program
    .command("compliance")
    .description(
      "Check the visit plan against the visits done: writes the plan workbook with a Visit compliance sheet (per rep and week, per tier, A customers missed)."
    )
    .argument("<plan>", "plan workbook written by crm plan or the pane (.xlsx)")
    .argument(
      "<visits>",
      "visit log (.xlsx or .csv): a header row with Rep, Customer, Date (or 业务员, 客户, 日期), optional Time"
    )
    .option(
      "--as-of <date>",
      "count plan visits due on or before this day, yyyy-mm-dd (default: today)"
    )
    .option(
      "--sheet <name>",
      'plan sheet (default: the first "Visit plan ..." / "拜访计划 ..." sheet)'
    )
    .option("--log-sheet <name>", "sheet of the visit log (default: the first non-empty sheet)")
    .option("--lang <lang>", "language of the written sheet: en or zh (default: the plan's)")
    .option(
      "--json",
      "print the figures as JSON (reps[] with rep, planned, onPlan, offPlan, missed, compliance)"
    )
    .option(
      "-o, --output <file>",
      "output workbook (default: <plan>.compliance.xlsx next to the plan)"
    )
    .option("--force", "overwrite the output if it exists")
    .action(async (plan: string, visits: string, opts: ComplianceCommandOptions) =>
      setCode(await runCompliance(plan, visits, opts, io))
    );

  addListCommand<ValueCommandOptions>(
    program,
    io,
    setCode,
    {
      name: "value",
      description:
        "Value the customers as the pane's Value tab does: writes Segment, Value class and CLV columns (and, when asked, Current/Potential value and a Score with its tier) right of the list.",
      written: "headers and labels",
      suffix: "value",
      run: runValue,
    },
    (c) =>
      c
        .option(
          "--write <jobs>",
          "columns to write: segment, class, clv, current, score (default: segment,class, plus clv when the list has a margin column, current with --profit, score with --score)"
        )
        .addOption(
          new Option(
            "--matrix <matrix>",
            "segment matrix: loyalty (value x loyalty) or cost (margin x cost to serve)"
          ).choices(["loyalty", "cost"])
        )
        .option("--x <column>", "segment x axis (default: sales for loyalty, margin for cost)")
        .option(
          "--y <column>",
          "segment y axis (default: the loyalty or cost-to-serve column, else the next numeric one)"
        )
        .option("--x-cut <n>", "x value where high starts (default: the median)")
        .option("--y-cut <n>", "y value where high starts (default: the median)")
        .option(
          "--value <column>",
          "value of the value classes (default: a CLV column, else sales)"
        )
        .option("--cost <column>", "cost to serve of the value classes, or none (default: guessed)")
        .option(
          "--potential <column>",
          "potential value of the value classes, or none (default: a Potential value column)"
        )
        .option(
          "--top-share <rate>",
          "most valuable = this top share of customers, e.g. 5% (default 5%)"
        )
        .option("--margin <column>", "margin per period of the CLV (default: the margin column)")
        .option("--retention <rate>", "CLV retention per period, e.g. 80% (default 80%)")
        .option(
          "--discount <rate>",
          "discount rate per period of CLV and current value, e.g. 10% (default 10%)"
        )
        .option(
          "--periods <n>",
          "CLV/current value horizon in periods, 0 = infinite for CLV (default 5)"
        )
        .option(
          "--profit <column>",
          "profit per period of the current value (default: the margin column)"
        )
        .option(
          "--potential-profit <column>",
          "potential profit per period, or none: adds a Potential value column (default: a header with potential/潜在)"
        )
        .option(
          "--score <columns>",
          "score indicators COLUMN[:WEIGHT][:low],..., e.g. 月销售额:60,毛利:40 (low: lower is better)"
        )
        .option(
          "--formulas",
          "write live =CRM.* formulas (with the values cached) instead of values"
        )
        .option("--replace", "write over non-empty cells right of the list")
  );

  addListCommand<ChurnCommandOptions>(
    program,
    io,
    setCode,
    {
      name: "churn",
      description:
        "Find the lapsed customers (last order older than --days, or a low P(alive)) and the declining ones (sales per period), as the pane's Churn tab does: writes a Churn watch sheet with a reason dropdown, win-back cost, expected return and decision; a re-run keeps what was typed there.",
      input: "customer list (.xlsx or .csv), or a churn output to update",
      written: "sheet",
      suffix: "churn",
      run: runChurn,
    },
    (c) =>
      c
        .option("--customer <column>", "customer name column (default: guessed)")
        .option("--last-order <column>", "last order date column, or none (default: guessed)")
        .option("--value <column>", "value at stake, or none (default: a CLV column, else sales)")
        .option("--rep <column>", "rep column, or none (default: guessed)")
        .option(
          "--id <column>",
          "customer id column, or none (default: a Customer ID / 客户编号 header)"
        )
        .option(
          "--palive <column>",
          "P(alive) column, or none (default: a P(alive) / 存活概率 header)"
        )
        .option("--days <n>", "lapsed after this many days without an order (default 60)")
        .option("--threshold <rate>", "lapsed when P(alive) is below this, e.g. 50% (default 50%)")
        .option(
          "--as-of <date>",
          "count the days to this day, yyyy-mm-dd (default: today, or the latest order when the list is older than --days)"
        )
        .option(
          "--probability <rate>",
          "win-back success probability for new rows, e.g. 30% (default 30%)"
        )
        .option("--cost <amount>", "win-back cost for new rows (default: blank, counted as 0)")
        .option(
          "--periods <first:last>",
          "sales-per-period columns for the declining check, e.g. 2025-01:2025-12 or H:S, or none (default: guessed from headers such as 2025-01, 1月, Jan, Q1)"
        )
        .option(
          "--window <n>",
          "trend window in periods: the last n against the n before (default 3)"
        )
        .option(
          "--decline <rate>",
          "declining when the trend is below minus this, e.g. 30% (default 30%)"
        )
        .option(
          "--tier <column>",
          "tier column, A customers first among the declining, or none (default: an earlier Tier column)"
        )
  );

  addListCommand<HistoryCommandOptions>(
    program,
    io,
    setCode,
    {
      name: "history",
      description:
        "Model the order history as the pane's Order history tab does: adds an Order history sheet with the live CRM.RFM -> BGNBD/GAMMAGAMMA -> PALIVE/PURCHASES/SPEND/CLVHIST formula chain (P(alive), expected purchases and CLV per customer), calculated by Excel with the add-in.",
      input:
        "workbook with an order table (.xlsx or .csv): one line per order, customer, date, amount",
      sheet:
        "sheet of the order table (default: the first sheet holding customer, date and amount columns)",
      written: "sheet",
      suffix: "history",
      rows: false,
      run: runHistory,
    },
    (c) =>
      c
        .option("--customer <column>", "customer column (default: guessed)")
        .option("--date <column>", "order date column (default: guessed)")
        .option("--amount <column>", "amount column (default: guessed)")
        .option("--as-of <date>", "calibration end, yyyy-mm-dd (default: the latest order date)")
        .option(
          "--holdout-end <date>",
          "holdout end after --as-of, yyyy-mm-dd: adds the predicted vs actual check"
        )
        .option("--months <n>", "horizon of expected purchases and CLV in months (default 12)")
        .option("--discount <rate>", "discount rate per month, e.g. 1% (default 1%)")
        .option("--margin <rate>", "margin on spend, e.g. 30% (default 100%)")
        .option("--period-days <n>", "days per period of recency and age (default 7: weeks)")
  );

  return program;
}

/**
 * Runs the command line in-process.
 *
 * @param argv Arguments after the program name, e.g. ["tier", "customers.xlsx", "--json"].
 * @param io Streams (default: the process's) and "today".
 * @returns The exit code: 0 success, 1 a failure of the job (bad file, bad list), 2 a usage error.
 * @example await main(["tier", "assets/sample-customers.xlsx", "-o", "out/tiered.xlsx"]) // 0
 */
export async function main(
  argv: string[],
  io: CliIO = { stdout: process.stdout, stderr: process.stderr }
): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were printed by commander.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof CliError) {
      io.stderr.write(`crm: error: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr.write(`crm: error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.CRM_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
    return 1;
  }
}

/** Entry of bin/crm.js: runs with process.argv and exits with the code. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (c) => {
      process.exitCode = c;
    },
    (e) => {
      process.stderr.write(`crm: error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 1;
    }
  );
}
