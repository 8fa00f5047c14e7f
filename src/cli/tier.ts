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
  parseLocale,
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
import type { Locale } from "../i18n/locale";
import { formatList, messages } from "../i18n/messages";

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
export function parseCuts(v: string, locale: Locale = "en"): number[] {
  const parts = v.split(/[,;\s]+/).filter((s) => s !== "");
  const out = parts.map((s) => (/%$/.test(s) ? Number(s.slice(0, -1)) / 100 : Number(s)));
  if (out.length === 0 || out.some((x) => !Number.isFinite(x)))
    throw new CliError(messages(locale).cli.tier.badCuts({ value: v }), 2);
  return out;
}

/** A check issue (a warning) as a sentence in `locale`; `sales` is the sales column described. */
function issueText(i: CheckIssue, sales: string, locale: Locale): string | undefined {
  const m = messages(locale).cli;
  const t = m.tier.issues;
  const rows = rowList(i.rows, 10, locale);
  const dups = i.duplicates ?? [];
  switch (i.code) {
    case "salesNotNumeric":
      return t.salesNotNumeric({ count: i.count, sales, rows });
    case "salesBlank":
      return t.salesBlank({ count: i.count, sales, rows });
    case "duplicateCustomer":
      return t.duplicateCustomer({
        count: dups.length,
        names: dups
          .slice(0, 5)
          .map((d) => t.duplicate({ name: d.name, rows: formatList(locale, d.rows) }))
          .join("; "),
        more: dups.length > 5,
      });
    case "missingRep":
      return t.missingRep({ count: i.count, rows });
    case "missingArea":
      return t.missingArea({ count: i.count, rows });
    default:
      return undefined;
  }
}

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
  // Option errors come before the list is read: in --lang's language (default English).
  const said = parseLocale(o.lang, "en");
  const method = (o.method ?? "rank").toLowerCase();
  if (method !== "rank" && method !== "pareto")
    throw new CliError(messages(said).cli.tier.badMethod({ value: o.method ?? "" }), 2);
  const cuts = o.cuts !== undefined ? parseCuts(o.cuts, said) : undefined;
  const labels = o.labels !== undefined ? o.labels.split(",").map((s) => s.trim()) : undefined;
  return runListCommand(input, o, io, { name: "tier", suffix: "tiered" }, async (run) => {
    const { snapshot, host, progress, locale } = run;
    progress.update(0.4, "tiering");
    const m = messages(locale).cli;
    const mt = m.tier;
    const where = run.said.where;
    const { columns, salesFromContents } = tierColumns(snapshot, o, run);

    const result: TieringResult = usageErrors(
      () => analyzeList(snapshot, columns, { method: method as TierMethod, cuts, labels }),
      2,
      [RangeError, TypeError]
    );
    const salesName = describeColumn(snapshot, columns.sales, locale);
    if (!result.checks.ok) {
      const code = result.checks.issues.find((i) => i.severity === "error")?.code;
      if (code === "noSalesValues")
        throw new CliError(mt.noSalesValues({ sales: salesName }) + run.said.hint);
      if (code === "salesAllErrors") {
        const errors = result.checks.issues.find((i) => i.code === code)?.errors;
        const detail = errors ? formatList(locale, errors) : "#N/A";
        throw new CliError(mt.salesAllErrors({ sales: salesName, kinds: detail }));
      }
      if (code === "emptyList") throw new CliError(mt.emptyList({ where: where(true) }));
      throw new CliError(mt.noNumeric({ where: where(true) }));
    }
    const tierCol = result.tierColumn;
    if (tierCol.existing === "other" && !o.replace) {
      throw new CliError(
        mt.occupied({ column: columnLetter(tierCol.col), count: tierCol.nonEmpty })
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
    const notes = readNotes(snapshot, result.leftOut, locale);
    if (salesFromContents)
      notes.push({
        code: "salesFromContents",
        count: 0,
        rows: [],
        message: mt.salesFromContents({ sales: salesName }),
      });
    const jsonWarnings: JsonWarning[] = [
      ...warnings.map((w) => ({
        code: w.code,
        count: w.count,
        rows: w.rows.slice(0, 100),
        message: issueText(w, salesName, locale) ?? w.code,
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
      const cutsText = o2.cuts.map((c) => pct(c)).join("/");
      const how =
        (o2.method === "rank" ? mt.rank({ cuts: cutsText }) : mt.pareto({ cuts: cutsText })) +
        (columns.group !== undefined
          ? mt.withinGroups({ group: describeColumn(snapshot, columns.group, locale) })
          : "");
      out.push(
        mt.headline({
          customers: num(result.summary.tiered),
          where: where(),
          sales: salesName,
          how,
        })
      );
      const h = mt.table;
      const w = [8, 10, 10, 16, 9];
      const pad = (s: string, n: number, left = false) => (left ? s.padEnd(n) : s.padStart(n));
      out.push(
        `  ${pad(h.tier, w[0], true)}${pad(h.customers, w[1])}${pad(h.share, w[2])}${pad(h.sales, w[3])}${pad(h.share, w[4])}`
      );
      for (const r of result.summary.rows) {
        out.push(
          `  ${pad(r.label, w[0], true)}${pad(num(r.customers), w[1])}${pad(pct(r.customerShare), w[2])}${pad(num(r.sales), w[3])}${pad(pct(r.salesShare), w[4])}`
        );
      }
      out.push(
        `  ${pad(h.total, w[0], true)}${pad(num(result.summary.tiered), w[1])}${pad("100.0%", w[2])}${pad(num(result.summary.totalSales), w[3])}${pad("100.0%", w[4])}`
      );
      out.push(
        mt.concentration({
          top: pct(result.concentration.topShare),
          share: pct(result.concentration.share),
        })
      );
      const neg = result.summary.negative;
      if (neg.customers > 0) out.push(mt.negative({ count: neg.customers, sales: num(neg.sales) }));
      if (result.comparison) {
        const c = result.comparison.counts;
        const moves = MOVE_KINDS.filter((k) => c[k] > 0).map((k) => mt.moves[k]({ count: c[k] }));
        out.push(
          mt.compared({
            column: describeColumn(snapshot, result.comparison.column - snapshot.col, locale),
            moves: formatList(locale, moves),
          })
        );
      }
      for (const n of notes) out.push(noteLine(n, locale));
      for (const i of warnings)
        out.push(
          mt.warning({
            message:
              issueText(i, salesName, locale) ?? mt.issues.other({ code: i.code, count: i.count }),
          })
        );
      if (write.notes.some((n) => n.code === "valuesWithTotals")) out.push(mt.valuesWithTotals);
      if (write.notes.some((n) => n.code === "valuesInTable")) out.push(mt.valuesInTable);
      out.push(
        mt.wrote({
          output: run.output,
          column: columnLetter(write.target.col),
          sheet: run.loaded.format === "csv" ? null : snapshot.sheet,
          kind: mt.output[write.output],
          summary: summarySheet,
        })
      );
      if (report.skippedCharts > 0) out.push(mt.chartsSkipped({ sheet: summarySheet }));
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
  run: Pick<ListRun, "said" | "locale">
): { columns: ListColumns; salesFromContents: boolean } {
  const { locale, said } = run;
  const { columns: guessed, sources, info } = tieringJob.prepare(snapshot, undefined);
  const sales =
    o.sales !== undefined ? resolveColumn(o.sales, snapshot, "--sales", locale) : guessed.sales;
  if (sales === undefined)
    throw new CliError(
      noSalesMessage(snapshot, info.salesCandidates, said.where(true), said.hint, locale)
    );
  const columns: ListColumns = { sales };
  for (const role of ["customer", "previousTier", "rep", "area"] as const) {
    const c = guessed[role];
    if (c !== undefined && c !== sales) columns[role] = c;
  }
  if (o.group !== undefined) columns.group = resolveColumn(o.group, snapshot, "--group", locale);
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
  hint: string,
  locale: Locale = "en"
): string {
  const mt = messages(locale).cli.tier;
  const describe = (c: number) => describeColumn(snapshot, c, locale);
  // A column made only of error cells (a failed lookup): say so, it is the one to fix.
  for (let c = 0; c < snapshot.header.length; c++) {
    const cells = snapshot.rows.map((r) => r[c]).filter((v) => !isEmptyCell(v));
    if (cells.length > 0 && cells.every(isErrorText)) {
      const kinds = [...new Set(cells.map((v) => String(v).trim().toUpperCase()))].join(", ");
      return mt.errorColumn({ column: describe(c), where, kinds });
    }
  }
  if (candidates.length > 0)
    return mt.candidates({ where, columns: candidates.map(describe).join(mt.or) });
  const cols = formatList(
    locale,
    snapshot.header.map((_, c) => describe(c))
  );
  return mt.noSales({ where, columns: cols }) + hint;
}
