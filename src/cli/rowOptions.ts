/**
 * `--include-rows` / `--exclude-rows` of the commands that read a customer list (issue 11): the
 * user's correction of the rows the reader left out or read, the same override the pane's
 * "Put back" / "Leave out" make (core/list/rowOverride.ts, applied by `withRowOverride`).
 */
import { Option } from "commander";
import { NO_ROW_OVERRIDE, parseRowSpec, type RowOverride } from "../core/list/rowOverride";
import { messages } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { CliError, rowList } from "./common";
import { putBackRows, rowProblemLines, withRowOverride } from "../app/customerRows";
import type { ListSnapshot } from "../host/types";
import type { JsonWarning } from "./jobOptions";

/** The options as commander gives them (repeated options are joined with commas). */
export interface RowCommandOptions {
  includeRows?: string;
  excludeRows?: string;
}

const joined = (v: string, prev: string | undefined) => (prev ? `${prev},${v}` : v);

/** `--include-rows <rows>` (repeatable: the values are joined). */
export function includeRowsOption(): Option {
  return new Option(
    "--include-rows <rows>",
    "sheet rows to read as customers although they look like a total, header or note, e.g. 14,30 or 9-12"
  ).argParser(joined);
}

/** `--exclude-rows <rows>` (repeatable: the values are joined). */
export function excludeRowsOption(): Option {
  return new Option(
    "--exclude-rows <rows>",
    "sheet rows to leave out although they look like customers (a test customer, a total), e.g. 9 or 9-12"
  ).argParser(joined);
}

/**
 * The override the options give (rows checked against the list later, by `readList`).
 *
 * @throws {CliError} (usage, exit 2) for a text that is not row numbers or ranges.
 */
export function rowOverrideOf(o: RowCommandOptions): RowOverride {
  const t = messages("en").rows.problems;
  const rows = (spec: string | undefined, option: string): number[] => {
    if (spec === undefined) return [];
    const p = parseRowSpec(spec);
    if ("bad" in p) throw new CliError(`${option}: ${t.bad({ text: p.bad })}`, 2);
    return p.rows;
  };
  const include = rows(o.includeRows, "--include-rows");
  const exclude = rows(o.excludeRows, "--exclude-rows");
  return include.length === 0 && exclude.length === 0 ? NO_ROW_OVERRIDE : { include, exclude };
}

/**
 * The note on the rows read as customers because the user put them back (`--include-rows`):
 * printed as a line and given in `--json` as a warnings[] entry (code "rowsPutBack"); null when
 * none.
 */
export function putBackNote(snapshot: ListSnapshot, locale: Locale = "en"): JsonWarning | null {
  const rows = putBackRows(snapshot);
  if (rows.length === 0) return null;
  const n = rows.length;
  return {
    code: "rowsPutBack",
    count: n,
    rows: rows.slice(0, 100),
    message: messages(locale).cli.notes.putBack({ count: n, rows: rowList(rows, 10, locale) }),
  };
}

/**
 * The list with the options' row correction applied (as the pane applies the user's).
 *
 * @param snapshot The list as read.
 * @param o The command's options.
 * @returns The corrected list (the same list without the options).
 * @throws {CliError} (exit 2 for text that is not rows; 1 for rows that are not the list's:
 *   its header, rows outside it, a row named by both options), naming the list's rows.
 */
export function correctRows(snapshot: ListSnapshot, o: RowCommandOptions): ListSnapshot {
  const corrected = withRowOverride(snapshot, rowOverrideOf(o));
  if (corrected.problems.length > 0)
    throw new CliError(
      `--include-rows/--exclude-rows: ${rowProblemLines(corrected.problems, snapshot, "en").join("; ")}`
    );
  return corrected.snapshot;
}
