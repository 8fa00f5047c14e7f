/**
 * `crm tier <input>`: tiers the customer list of a workbook file and writes
 * <input>.tiered.xlsx = the original sheets + the Tier column + a "Tier summary" sheet,
 * with the pane's own job code (app/tiering.ts) on the in-memory host.
 */
import {
  analyzeList,
  buildSummarySheet,
  buildTierWrite,
  type ListColumns,
  type TieringResult,
} from "../app/tiering";
import type { CheckIssue } from "../core/list/checks";
import { MOVE_KINDS } from "../core/list/compare";
import type { TierMethod } from "../core/tier";
import type { MemoryWorkbookData } from "../host/memoryWorkbook";
import { isFormulaInput, type ArrayFormulaInput } from "../host/types";
import {
  CliError,
  describeColumn,
  num,
  pct,
  resolveColumn,
  rowList,
  type CliIO,
  placeOf,
} from "./common";
import { runListCommand, usageErrors, type ListCommandOptions, type ListRun } from "./listCommand";
import { tieringJob } from "../app/tieringJob";
import {
  columnJson,
  listJson,
  noteLine,
  readJson,
  readNotes,
  type JsonWarning,
} from "./jobOptions";
import { columnLetter } from "../core/excel/a1";
import { isErrorText } from "../core/list/checks";
import { isEmptyCell } from "../core/excel/cell";
import type { ListSnapshot } from "../host/types";

export interface TierCommandOptions extends ListCommandOptions {
  sales?: string;
  group?: string;
  method?: string;
  cuts?: string;
  labels?: string;
  formulas?: boolean;
  /** Write the Tier column even over someone else's cells right of the list. */
  replace?: boolean;
}

/** "0.2,0.6" -> [0.2, 0.6] */
export function parseCuts(v: string): number[] {
  const parts = v.split(/[,;\s]+/).filter((s) => s !== "");
  const out = parts.map((s) => (/%$/.test(s) ? Number(s.slice(0, -1)) / 100 : Number(s)));
  if (out.length === 0 || out.some((x) => !Number.isFinite(x)))
    throw new CliError(`--cuts must be numbers such as 0.2,0.6, got "${v}"`, 2);
  return out;
}

const WARNING_TEXT: Record<string, (i: CheckIssue, sales: string) => string> = {
  salesNotNumeric: (i, s) =>
    `${i.count} row(s) with non-numeric ${s} left untiered (rows ${rowList(i.rows)})`,
  salesBlank: (i, s) => `${i.count} row(s) with blank ${s} left untiered (rows ${rowList(i.rows)})`,
  duplicateCustomer: (i) =>
    `${i.duplicates?.length ?? 0} customer name(s) appear more than once (${(i.duplicates ?? [])
      .slice(0, 5)
      .map((d) => `"${d.name}" rows ${d.rows.join(", ")}`)
      .join("; ")}${(i.duplicates?.length ?? 0) > 5 ? "; ..." : ""})`,
  missingRep: (i) =>
    `${i.count} customer(s) without a rep: incomplete records (rows ${rowList(i.rows)})`,
  missingArea: (i) =>
    `${i.count} customer(s) without an area: incomplete records (rows ${rowList(i.rows)})`,
};

/**
 * Runs `crm tier`. Nothing is written unless everything before the save succeeded.
 *
 * @param input Path of the .xlsx/.csv file.
 * @param o Options as parsed by commander.
 * @param io Output streams.
 * @returns Exit code 0.
 * @throws {CliError} For every user-facing failure.
 */
export async function runTier(input: string, o: TierCommandOptions, io: CliIO): Promise<number> {
  const method = (o.method ?? "rank").toLowerCase();
  if (method !== "rank" && method !== "pareto")
    throw new CliError(`--method must be rank or pareto, got "${o.method}"`, 2);
  const cuts = o.cuts !== undefined ? parseCuts(o.cuts) : undefined;
  const labels = o.labels !== undefined ? o.labels.split(",").map((s) => s.trim()) : undefined;
  return runListCommand(input, o, io, { name: "tier", suffix: "tiered" }, async (run) => {
    const { snapshot, host, progress, locale } = run;
    progress.update(0.4, "tiering");
    const { columns, salesFromContents } = tierColumns(snapshot, o, run);

    const result: TieringResult = usageErrors(
      () => analyzeList(snapshot, columns, { method: method as TierMethod, cuts, labels }),
      2,
      [RangeError, TypeError]
    );
    const salesName = describeColumn(snapshot, columns.sales);
    if (!result.checks.ok) {
      const code = result.checks.issues.find((i) => i.severity === "error")?.code;
      if (code === "noSalesValues")
        throw new CliError(
          `the sales column ${salesName} holds no numbers: nothing to tier (name another with --sales)${run.hint}`
        );
      if (code === "salesAllErrors") {
        const detail =
          result.checks.issues.find((i) => i.code === code)?.errors?.join(", ") ?? "#N/A";
        throw new CliError(
          `every cell of the sales column ${salesName} is an error (all ${detail}): fix the formulas in the workbook, or name another column with --sales`
        );
      }
      if (code === "emptyList") throw new CliError(`the list ${run.where(true)} has no data rows`);
      throw new CliError(`no numeric column to tier by ${run.where(true)}`);
    }
    const tierCol = result.tierColumn;
    if (tierCol.existing === "other" && !o.replace) {
      throw new CliError(
        `column ${columnLetter(tierCol.col)} right of the list holds ${tierCol.nonEmpty} non-empty cell(s): move them or use --replace to write the Tier column over them`
      );
    }
    const write = buildTierWrite(snapshot, result, {
      output: o.formulas ? "formulas" : "values",
      locale,
      replaceExisting: true,
    });
    const summaryOps = buildSummarySheet(result, await host.sheetNames(), locale);
    progress.update(0.55, "writing");
    await host.apply([...write.ops, ...summaryOps]);
    if (write.output === "formulas") cacheFormulaResults(host.data, write.target, result);
    const summarySheet = (summaryOps[0] as { name: string }).name;
    const report = await run.save(0.65);

    const warnings = result.checks.issues.filter((i) => i.severity === "warning");
    // What the reader decided on its own: rows left out, a second list, a sales column chosen
    // from its contents. Printed, and in --json as warnings[] (code, count, rows, message).
    const notes = readNotes(snapshot, result.leftOut);
    if (salesFromContents)
      notes.push({
        code: "salesFromContents",
        count: 0,
        rows: [],
        message: `no header names the sales: ${salesName} was chosen from its contents (name another with --sales)`,
      });
    const jsonWarnings: JsonWarning[] = [
      ...warnings.map((w) => ({
        code: w.code,
        count: w.count,
        rows: w.rows.slice(0, 100),
        message: WARNING_TEXT[w.code]?.(w, salesName) ?? w.code,
      })),
      ...notes,
    ];
    const json = {
      list: listJson(snapshot),
      columns: Object.fromEntries(
        Object.entries(result.columns)
          .filter(([, v]) => typeof v === "number")
          .map(([k, v]) => [k, columnJson(snapshot, v as number)])
      ),
      method: result.options.method,
      cuts: result.options.cuts,
      labels: result.options.labels,
      output_kind: write.output,
      tierColumn: columnLetter(write.target.col),
      tiers: result.summary.rows,
      tiered: result.summary.tiered,
      untiered: result.summary.untiered,
      totalSales: result.summary.totalSales,
      concentration: result.concentration,
      comparison: result.comparison ? result.comparison.counts : null,
      summarySheet,
      ...readJson(snapshot, jsonWarnings, report, result.leftOut),
    };
    const lines = (): string[] => {
      const out: string[] = [];
      const o2 = result.options;
      const how =
        o2.method === "rank"
          ? `rank, cuts ${o2.cuts.map((c) => pct(c)).join("/")}`
          : `Pareto, value cuts ${o2.cuts.map((c) => pct(c)).join("/")}`;
      out.push(
        `Tiered ${num(result.summary.tiered)} customers of ${placeOf(run.loaded, snapshot.sheet)} by ${salesName} (${how}${columns.group !== undefined ? `, within groups of ${describeColumn(snapshot, columns.group)}` : ""}).`
      );
      const w = [8, 10, 10, 16, 9];
      const pad = (s: string, n: number, left = false) => (left ? s.padEnd(n) : s.padStart(n));
      out.push(
        `  ${pad("Tier", w[0], true)}${pad("Customers", w[1])}${pad("Share", w[2])}${pad("Sales", w[3])}${pad("Share", w[4])}`
      );
      for (const r of result.summary.rows) {
        out.push(
          `  ${pad(r.label, w[0], true)}${pad(num(r.customers), w[1])}${pad(pct(r.customerShare), w[2])}${pad(num(r.sales), w[3])}${pad(pct(r.salesShare), w[4])}`
        );
      }
      out.push(
        `  ${pad("Total", w[0], true)}${pad(num(result.summary.tiered), w[1])}${pad("100.0%", w[2])}${pad(num(result.summary.totalSales), w[3])}${pad("100.0%", w[4])}`
      );
      out.push(
        `The top ${pct(result.concentration.topShare)} of customers hold ${pct(result.concentration.share)} of sales.`
      );
      const neg = result.summary.negative;
      if (neg.customers > 0)
        out.push(
          `Shares of sales count positive sales only: ${neg.customers} customer(s) with negative sales (${num(neg.sales)} in total) count as 0.`
        );
      if (result.comparison) {
        const c = result.comparison.counts;
        const parts = MOVE_KINDS.filter((k) => c[k] > 0).map(
          (k) =>
            `${c[k]} ${k === "same" ? "unchanged" : k === "up" ? "moved up" : k === "down" ? "moved down" : k === "unknown" ? "previous tier not recognised" : k}`
        );
        out.push(
          `Compared with ${describeColumn(snapshot, result.comparison.column - snapshot.col)}: ${parts.join(", ")}.`
        );
      }
      for (const n of notes) out.push(noteLine(n));
      for (const i of warnings)
        out.push(
          `Warning: ${WARNING_TEXT[i.code]?.(i, salesName) ?? `${i.code}: ${i.count} row(s)`}`
        );
      if (write.notes.some((n) => n.code === "valuesWithTotals"))
        out.push(
          "Note: total rows inside the list hold numbers a =CRM.TIER formula would rank as customers: tiers written as values."
        );
      if (write.notes.some((n) => n.code === "valuesInTable"))
        out.push(
          "Note: the list is an Excel table: tiers written as values (a spilling formula cannot live in a table)."
        );
      out.push(
        `Wrote ${run.output}: Tier column ${columnLetter(write.target.col)}${run.loaded.format === "csv" ? "" : ` on "${snapshot.sheet}"`} (${write.output}), sheet "${summarySheet}".`
      );
      if (report.skippedCharts > 0) {
        out.push(
          `Note: the command line does not draw new charts (charts already in your workbook are kept); the Pareto chart's data is on "${summarySheet}" (the pane inserts the chart in Excel).`
        );
      }
      return out;
    };
    return { json, lines };
  });
}

/**
 * The columns to tier with: the Tiering tab's guess (`tieringJob.prepare`), `--sales` and
 * `--group` over it; a role guessed on the column `--sales` names is dropped.
 * @returns The columns, and whether the sales column was guessed from its contents (no header named it).
 * @throws {CliError} When no column can be the sales, saying why.
 */
export function tierColumns(
  snapshot: ListSnapshot,
  o: Pick<TierCommandOptions, "sales" | "group">,
  run: Pick<ListRun, "where" | "hint">
): { columns: ListColumns; salesFromContents: boolean } {
  const { columns: guessed, sources, info } = tieringJob.prepare(snapshot, undefined);
  const sales = o.sales !== undefined ? resolveColumn(o.sales, snapshot, "--sales") : guessed.sales;
  if (sales === undefined)
    throw new CliError(noSalesMessage(snapshot, info.salesCandidates, run.where(true), run.hint));
  const columns: ListColumns = { sales };
  for (const role of ["customer", "previousTier", "rep", "area"] as const) {
    const c = guessed[role];
    if (c !== undefined && c !== sales) columns[role] = c;
  }
  if (o.group !== undefined) columns.group = resolveColumn(o.group, snapshot, "--group");
  return { columns, salesFromContents: o.sales === undefined && sources.sales === "content" };
}

/**
 * With --formulas the Tier column holds ONE `=CRM.TIER(...)` formula spilling down. In a file
 * written without Excel it is stored as an array formula over the column with the computed
 * tiers as cached values, so the file shows the tiers before recalculation (Excel with the
 * add-in recomputes it; without the add-in the cached values stay until a recalculation).
 */
function cacheFormulaResults(
  data: MemoryWorkbookData,
  target: { sheet: string; row: number; col: number; rows: number },
  result: TieringResult
): void {
  const sheet = data.sheets.find((s) => s.name === target.sheet);
  if (!sheet) return;
  const first = result.dataRow;
  const n = result.rowCount;
  const cell = sheet.cells[first]?.[target.col];
  if (!isFormulaInput(cell)) return;
  const spill: ArrayFormulaInput = {
    formula: cell.formula,
    result: result.tiers[0] ?? "",
    array: { rows: n, cols: 1 },
  };
  sheet.cells[first][target.col] = spill;
  for (let i = 1; i < n; i++) sheet.cells[first + i][target.col] = result.tiers[i] ?? null;
}

/**
 * Why the command cannot tell the sales column: the candidates it would not choose between, or
 * that no column can be sales (phones, ids, years and codes are never sales, issue 11.4).
 */
export function noSalesMessage(
  snapshot: ListSnapshot,
  candidates: readonly number[],
  where: string,
  hint: string
): string {
  // A column made only of error cells (a failed lookup): say so, it is the one to fix.
  for (let c = 0; c < snapshot.header.length; c++) {
    const cells = snapshot.rows.map((r) => r[c]).filter((v) => !isEmptyCell(v));
    if (cells.length > 0 && cells.every(isErrorText)) {
      const kinds = [...new Set(cells.map((v) => String(v).trim().toUpperCase()))].join(", ");
      return `every cell of column ${describeColumn(snapshot, c)} ${where} is an error (all ${kinds}): fix its formulas in the workbook, or name the sales column with --sales`;
    }
  }
  if (candidates.length > 0)
    return `no header names the sales column ${where}: it could be ${candidates
      .map((c) => describeColumn(snapshot, c))
      .join(" or ")}; name it with --sales`;
  const cols = snapshot.header.map((_, c) => describeColumn(snapshot, c)).join(", ");
  return `no column ${where} holds sales figures (numbers that are not phones, postcodes, ids, years or codes; columns: ${cols}): name it with --sales${hint}`;
}
