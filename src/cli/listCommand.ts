/**
 * What every list command (`crm tier`, `plan`, `value`, `churn`, `history`) shares: the options
 * every one of them takes (`addListCommand`) and the run around the job (`runListCommand`):
 * check the output path, load the input, pick the sheet, read the list once, the language,
 * progress, the save, and the result printed as lines or as `--json`. A command brings only
 * its own options and the job between the read and the save.
 */
import type { Command } from "commander";
import type { MemoryHost } from "../host/memoryHost";
import type { MemorySheet } from "../host/memoryWorkbook";
import type { ListSnapshot } from "../host/types";
import { saveResult, type LoadedWorkbook, type SaveReport } from "../host/xlsx";
import type { Locale } from "../i18n/locale";
import { JobRefusal } from "../app/job";
import {
  checkOutput,
  chooseSheet,
  CliError,
  defaultOutput,
  loadInput,
  localeOfHeaders,
  parseLocale,
  placeIn,
  placeOf,
  Progress,
  readList,
  sheetHint,
  type CliIO,
} from "./common";
import {
  correctRows,
  excludeRowsOption,
  includeRowsOption,
  rowOverrideOf,
  type RowCommandOptions,
} from "./rowOptions";

/** The options every list command takes (the row correction: all but `history`). */
export interface ListCommandOptions extends RowCommandOptions {
  sheet?: string;
  lang?: string;
  json?: boolean;
  output?: string;
  force?: boolean;
}

/** How a list command is described on the command line. */
export interface ListCommandSpec<O extends ListCommandOptions> {
  name: string;
  description: string;
  /** Help of the <input> argument (default: a customer list). */
  input?: string;
  /** Help of --sheet (default: the first non-empty sheet). */
  sheet?: string;
  /** What the command writes in the chosen language, for --lang's help ("sheet", "headers and sheets"). */
  written: string;
  /** Default output: <input>.<suffix>.xlsx. */
  suffix: string;
  /**
   * False: no --include-rows/--exclude-rows (a command whose live formulas read every row of
   * the list, which a correction could not reach).
   */
  rows?: false;
  run: (input: string, o: O, io: CliIO) => Promise<number>;
}

/**
 * Adds a list command: `<input>`, `--sheet`, the command's own options (`own`), the row
 * correction (`--include-rows`, `--exclude-rows`; not with `spec.rows` false), then `--lang`,
 * `--json`, `-o/--output` and `--force`, and its action (the exit code goes to `setCode`).
 */
export function addListCommand<O extends ListCommandOptions>(
  program: Command,
  io: CliIO,
  setCode: (code: number) => void,
  spec: ListCommandSpec<O>,
  own: (cmd: Command) => Command
): Command {
  const cmd = program
    .command(spec.name)
    .description(spec.description)
    .argument("<input>", spec.input ?? "customer list (.xlsx or .csv)")
    .option(
      "--sheet <name>",
      spec.sheet ?? "sheet holding the list (default: the first non-empty sheet)"
    );
  const withOwn = own(cmd);
  if (spec.rows !== false) withOwn.addOption(includeRowsOption()).addOption(excludeRowsOption());
  return withOwn
    .option(
      "--lang <lang>",
      `language of the written ${spec.written}: en or zh (default: from the headers)`
    )
    .option("--json", "print a machine-readable summary")
    .option(
      "-o, --output <file>",
      `output workbook (default: <input>.${spec.suffix}.xlsx next to the input)`
    )
    .option("--force", "overwrite the output if it exists")
    .action(async (input: string, opts: O) => setCode(await spec.run(input, opts, io)));
}

/** The list as read, and what the job needs around it. */
export interface ListRun {
  input: string;
  output: string;
  loaded: LoadedWorkbook;
  sheet: MemorySheet;
  host: MemoryHost;
  snapshot: ListSnapshot;
  /** --lang, else the language of the list's headers. */
  locale: Locale;
  /** " (other sheets: ...; choose one with --sheet)", or "" with one sheet. */
  hint: string;
  progress: Progress;
  /** `sheet "客户"` / `the CSV file`; with `on`: `on sheet "客户"` / `in the CSV file`. */
  where(on?: boolean): string;
  /**
   * For a message in the run's language (a pane message with the command line's words around
   * it): where the list is, and the hint naming the other sheets ("" with one sheet).
   */
  said: { where(on?: boolean): string; hint: string };
  /** Saves the input plus the writes applied to `host`; progress goes from `from` to 1. */
  save(from: number): Promise<SaveReport>;
}

/** What a job gives back: the --json fields after command/input/output/sheet, and the printed lines. */
export interface ListOutcome {
  json: Record<string, unknown>;
  lines: () => string[];
}

/** How the command finds its list (default: `chooseSheet` and `readList`). */
export type ReadListOf = (
  loaded: LoadedWorkbook,
  sheetOption: string | undefined
) => Promise<{ sheet: MemorySheet; host: MemoryHost; snapshot: ListSnapshot }>;

const readChosenList: ReadListOf = async (loaded, name) => {
  const sheet = chooseSheet(loaded, name);
  return { sheet, ...(await readList(loaded, sheet)) };
};

/**
 * Runs a list command around its job. Nothing is written unless the job and the save succeed.
 *
 * @param name The command ("tier"), for the progress bar and --json's `command`.
 * @param suffix Default output name: <input>.<suffix>.xlsx.
 * @param job The job on the list read; it applies its writes to `run.host` and calls `run.save`.
 * @returns Exit code 0.
 * @throws {CliError} For every user-facing failure.
 */
export async function runListCommand(
  input: string,
  o: ListCommandOptions,
  io: CliIO,
  spec: { name: string; suffix: string; read?: ReadListOf },
  job: (run: ListRun) => Promise<ListOutcome>
): Promise<number> {
  parseLocale(o.lang, "en"); // a bad --lang is a usage error before anything is read
  rowOverrideOf(o); // so is a bad --include-rows/--exclude-rows
  const output = o.output ?? defaultOutput(input, spec.suffix);
  await checkOutput(input, output, !!o.force);
  const progress = new Progress(io, `crm ${spec.name}`);
  try {
    progress.update(0.05, "reading");
    const loaded = await loadInput(input, (f) => progress.update(0.05 + 0.3 * f, "reading"));
    const read = await (spec.read ?? readChosenList)(loaded, o.sheet);
    const { sheet, host } = read;
    const snapshot = correctRows(read.snapshot, o);
    const locale = parseLocale(o.lang, localeOfHeaders(snapshot.header));
    const run: ListRun = {
      input,
      output,
      loaded,
      sheet,
      host,
      snapshot,
      locale,
      hint: sheetHint(loaded, sheet),
      progress,
      where: (on = false) => placeOf(loaded, sheet.name, { on }),
      said: placeIn(loaded, sheet.name, locale),
      async save(from) {
        progress.update(from, "saving");
        const report = await saveResult(loaded, host, output, (f) =>
          progress.update(from + (1 - from) * f, "saving")
        );
        progress.stop();
        return report;
      },
    };
    let outcome: ListOutcome;
    try {
      outcome = await job(run);
    } catch (e) {
      // A job's refusal is a sentence for the user in the run's language.
      if (e instanceof JobRefusal) throw new CliError(e.lines.join(" "));
      throw e;
    }
    progress.stop();
    if (o.json) {
      const json = { command: spec.name, input, output, sheet: snapshot.sheet, ...outcome.json };
      io.stdout.write(JSON.stringify(json, null, 2) + "\n");
    } else io.stdout.write(outcome.lines().join("\n") + "\n");
    return 0;
  } finally {
    progress.stop();
  }
}

/**
 * Runs `f`, turning the errors the app and core throw on bad settings (RangeError; `types`)
 * into a one-line CliError (`exitCode` 2: a usage error; 1: the list's content). A promise `f`
 * returns is handled the same way when it rejects.
 */
export function usageErrors<T>(
  f: () => T,
  exitCode = 2,
  types: ReadonlyArray<new (...a: never[]) => Error> = [RangeError]
): T {
  const convert = (e: unknown): never => {
    if (types.some((t) => e instanceof t))
      throw new CliError((e as Error).message.replace(/\.$/, ""), exitCode);
    throw e;
  };
  try {
    const r = f();
    return (r instanceof Promise ? r.catch(convert) : r) as T;
  } catch (e) {
    return convert(e);
  }
}
