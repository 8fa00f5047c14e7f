/**
 * Writes the command's result as the INPUT PACKAGE PLUS WHAT WE ADDED: every part of the
 * source .xlsx is copied unchanged (its compressed bytes as they are) except the few that our
 * writes change, which are patched, not re-created:
 * - a sheet we wrote cells into: streamed through patch.ts (untouched rows pass as they were);
 * - new sheets and tables: new parts, plus their entries in workbook.xml, its relationships
 *   and [Content_Types].xml;
 * - styles.xml: our number formats and conditional-format fills appended;
 * - calcChain.xml: dropped only when we overwrote a formula cell (Excel rebuilds it).
 * Charts the jobs ask for are not drawn (their data is written; the caller says so).
 */
import { promises as fsp } from "fs";
import * as path from "path";
import type { MemorySheet, MemoryWorkbookData } from "../memoryWorkbook";
import type { WriteOp } from "../types";
import { cellWidthChars, columnWidthFor } from "../../core/columnWidth";
import { cellXml, EMPTY_STYLES, reserveStyle, StyleBook } from "./cells";
import type { FormulaMap } from "./load";
import {
  paneXml,
  patchSheet,
  listValidationXml,
  tierRulesXml,
  type Box,
  type SheetPatch,
} from "./patch";
import { REL_TYPE, relsPathOf, type SheetInfo, type XlsxPackage } from "./pkg";
import { a1 } from "../../core/excel/a1";
import { removeAllNow, tempPathFor, trackTemp, untrackTemp } from "./tempFiles";
import { escapeAttr, escapeText, NS_MAIN, NS_PKG_REL, NS_REL } from "./xml";
import { ZipWriter } from "./zip";

export interface PackageWriteInput {
  source: XlsxPackage;
  /** The workbook after the job's writes (the in-memory host's data). */
  data: MemoryWorkbookData;
  /** Every op applied since the load, in order (the in-memory host's batches). */
  ops: WriteOp[];
  /** Formulas of the source (a rewritten formula cell makes calcChain.xml stale). */
  formulas: FormulaMap;
}

export interface PackageWriteReport {
  /** Charts asked for but not written (drawing charts is left to Excel and the pane). */
  skippedCharts: number;
}

const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Parts above this are deflated at level 1: ~3x faster, output ~20% larger. */
const FAST_DEFLATE_BYTES = 4 * 1024 * 1024;

const lower = (s: string) => s.toLowerCase();

/** Rectangle of the cells an op writes or clears (null for ops that write no cells). */
function cellBox(op: WriteOp): (Box & { sheet: string }) | null {
  switch (op.kind) {
    case "values":
      return {
        sheet: op.sheet,
        row: op.row,
        col: op.col,
        rows: op.values.length,
        // A loop, not Math.max(...rows): spreading 450,000 rows overflows the call stack.
        cols: op.values.reduce((m, r) => Math.max(m, r.length), 0),
      };
    case "table":
      return {
        sheet: op.sheet,
        row: op.row,
        col: op.col,
        rows: op.rows.length + 1,
        cols: op.header.length,
      };
    case "clear":
      return { sheet: op.sheet, row: op.row, col: op.col, rows: op.rows, cols: op.cols };
    default:
      return null;
  }
}

/** A valid, workbook-unique table name (Excel: letters, digits, _ and .; not like a cell). */
function tableName(want: string, taken: Set<string>): string {
  let base = want.replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  if (!/^[\p{L}_\\]/u.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base)) base = `_${base}`;
  let name = base;
  for (let k = 2; taken.has(lower(name)); k++) name = `${base}${k}`;
  taken.add(lower(name));
  return name;
}

/** Distinct, non-empty column names of a table, written into its header cells too. */
function tableColumns(sheet: MemorySheet, t: { row: number; col: number; cols: number }): string[] {
  const used = new Set<string>();
  const header = sheet.cells[t.row] ?? (sheet.cells[t.row] = []);
  return Array.from({ length: t.cols }, (_, j) => {
    const v = header[t.col + j];
    const base =
      (v === null || v === undefined
        ? ""
        : v instanceof Date
          ? v.toISOString().slice(0, 10)
          : typeof v === "object"
            ? ""
            : String(v)
      ).trim() || `Column${j + 1}`;
    let name = base;
    for (let k = 2; used.has(lower(name)); k++) name = `${base}${k}`;
    used.add(lower(name));
    header[t.col + j] = name;
    return name;
  });
}

function tableXml(id: number, name: string, ref: string, columns: string[]): string {
  return (
    XML_DECL +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${escapeAttr(name)}" displayName="${escapeAttr(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">` +
    columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(c)}"/>`).join("") +
    `</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function relXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`;
}

function emptyRels(): string {
  return `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
}

/** A relationships part with `add` appended and the ids in `remove` dropped. */
function patchRels(xml: string, add: string[], remove: Set<string> = new Set()): string {
  let out = xml.replace(
    /<Relationship\b[^>]*?Id="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/Relationship>)/g,
    (m, id: string) => (remove.has(id) ? "" : m)
  );
  if (/<Relationships\b[^>]*\/>/.test(out))
    out = out.replace(/<Relationships\b([^>]*)\/>/, "<Relationships$1></Relationships>");
  const end = out.lastIndexOf("</Relationships>");
  return out.slice(0, end) + add.join("") + out.slice(end);
}

/** Target of a part relative to the folder of the part that refers to it. */
function relTarget(fromPart: string, part: string): string {
  return path.posix.relative(path.posix.dirname(fromPart), part);
}

/**
 * `numberFormats.get(\`${r},${c}\`)` without building and hashing a key string per cell (that
 * was ~15% of `crm plan` on 100,000 rows, called for every cell of every new sheet): the
 * "row,col" keys are split once into rows of columns. Only keys in that exact form are kept,
 * so the answers are the map's.
 */
function formatLookup(
  formats: ReadonlyMap<string, string>
): (r: number, c: number) => string | undefined {
  if (formats.size === 0) return () => undefined;
  const byRow = new Map<number, Map<number, string>>();
  for (const [key, code] of formats) {
    const comma = key.indexOf(",");
    const r = Number(key.slice(0, comma));
    const c = Number(key.slice(comma + 1));
    if (comma < 0 || `${r},${c}` !== key) continue;
    let row = byRow.get(r);
    if (!row) byRow.set(r, (row = new Map()));
    row.set(c, code);
  }
  return (r, c) => byRow.get(r)?.get(c);
}

/** Rows of a new sheet rendered per chunk handed to the zip writer. */
const RENDER_CHUNK_CHARS = 1 << 16;

/**
 * The new sheet part of an added sheet, rendered from the in-memory sheet as a stream: the
 * plan sheet of 100,000 customers is ~80 MB of XML, which held whole (with its row strings and
 * their UTF-8 copy) was most of `crm plan`'s peak memory. What must come first is settled
 * here, eagerly and in the order the whole-string renderer used: the style indices the cells
 * hand out (so styles.xml is the same whichever part is written first), the column widths
 * (first 500 rows) and the conditional formats; the rows are rendered while the part is written.
 */
function renderSheet(
  sheet: MemorySheet,
  styles: StyleBook,
  date1904: boolean,
  tableRIds: string[]
): () => AsyncIterable<string> {
  const widths: number[] = [];
  const formatAt = formatLookup(sheet.numberFormats);
  sheet.cells.forEach((line, r) => {
    if (!line || line.length === 0) return;
    line.forEach((v, c) => {
      const format = formatAt(r, c);
      reserveStyle(v, format, styles);
      widths[c] = Math.max(widths[c] ?? 0, cellWidthChars(v, format));
    });
  });
  const cols = widths
    .map((w, c) =>
      w ? `<col min="${c + 1}" max="${c + 1}" width="${columnWidthFor(w)}" customWidth="1"/>` : ""
    )
    .join("");
  let priority = 1;
  const cf = groupRules(sheet, styles)
    .map((g) => {
      const x = tierRulesXml("", g.box, g.rules, priority);
      priority += g.rules.length;
      return x;
    })
    .join("");
  const dv = sheet.validations.map((v) => listValidationXml("", v.range, v.list));
  const head =
    XML_DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<sheetViews><sheetView workbookViewId="0">${paneXml("", sheet.frozenRows, sheet.frozenCols)}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>`;
  const tail =
    `</sheetData>` +
    cf +
    (dv.length > 0
      ? `<dataValidations count="${dv.length}">${dv.join("")}</dataValidations>`
      : "") +
    printXml(sheet) +
    (tableRIds.length > 0
      ? `<tableParts count="${tableRIds.length}">${tableRIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
      : "") +
    `</worksheet>`;
  return async function* () {
    yield head;
    let chunk = "";
    const rows = sheet.cells;
    for (let r = 0; r < rows.length; r++) {
      const line = rows[r];
      if (!line || line.length === 0) continue;
      let cells = "";
      for (let c = 0; c < line.length; c++)
        cells += cellXml(r, c, line[c], formatAt(r, c), styles, date1904);
      if (cells) chunk += `<row r="${r + 1}">${cells}</row>`;
      if (chunk.length >= RENDER_CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    yield chunk + tail;
  };
}

/**
 * Print set-up of a new sheet (the "pageSetup" op; the rep sheets of issue 13): orientation, a
 * centre page header and manual row breaks, in CT_Worksheet's order (pageMargins, pageSetup,
 * headerFooter, rowBreaks). `<brk id="n">` breaks after 1-based row n = before 0-based row n.
 */
function printXml(sheet: MemorySheet): string {
  const p = sheet.pageSetup;
  if (!p) return "";
  const breaks = p.pageBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return (
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup orientation="${p.landscape ? "landscape" : "portrait"}"/>` +
    (p.header
      ? `<headerFooter><oddHeader>${escapeText(`&C${p.header}`)}</oddHeader></headerFooter>`
      : "") +
    (breaks
      ? `<rowBreaks count="${p.pageBreaks.length}" manualBreakCount="${p.pageBreaks.length}">${breaks}</rowBreaks>`
      : "")
  );
}

/** The sheet's text-equals rules grouped by range (one block per tier column). */
function groupRules(
  sheet: MemorySheet,
  styles: StyleBook
): { box: Box; rules: { text: string; dxf: number }[] }[] {
  const out: { box: Box; rules: { text: string; dxf: number }[] }[] = [];
  for (const f of sheet.conditionalFormats) {
    const last = out[out.length - 1];
    const same =
      last &&
      last.box.row === f.range.row &&
      last.box.col === f.range.col &&
      last.box.rows === f.range.rows &&
      last.box.cols === f.range.cols;
    const rule = { text: f.text, dxf: styles.fillDxf(f.fill) };
    if (same) last.rules.push(rule);
    else
      out.push({
        box: { row: f.range.row, col: f.range.col, rows: f.range.rows, cols: f.range.cols },
        rules: [rule],
      });
  }
  return out;
}

/**
 * Writes the output package to `file` atomically (a temporary file in the same folder, renamed
 * at the end; removed on failure or interrupt).
 * @param onProgress Fraction written, 0..1.
 */
export async function writePackage(
  input: PackageWriteInput,
  file: string,
  onProgress?: (fraction: number) => void
): Promise<PackageWriteReport> {
  const { source, data, ops } = input;
  const zip = source.zip;
  const bySourceName = new Map(source.sheets.map((s) => [lower(s.name), s]));
  const stylesXml = source.stylesPart ? await zip.readText(source.stylesPart) : EMPTY_STYLES;
  const dxfsBlock = /<(?:\w+:)?dxfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?dxfs>/.exec(stylesXml);
  const styles = new StyleBook(
    source.stylesPart ? source.styles.xfNumFmt.length : 1,
    dxfsBlock ? (dxfsBlock[1].match(/<(?:\w+:)?dxf[\s>/]/g) ?? []).length : 0,
    new Map(source.styles.codes)
  );

  const taken = new Set(source.sheets.flatMap((s) => s.tables.map((t) => lower(t.name))));
  let nextTableId = Math.max(0, ...source.sheets.flatMap((s) => s.tables.map((t) => t.id))) + 1;
  const partNames = new Set(zip.entries.keys());
  const freshPart = (stem: string) => {
    for (let k = 1; ; k++) {
      const name = `${stem}${k}.xml`;
      if (!partNames.has(name)) {
        partNames.add(name);
        return name;
      }
    }
  };
  // Relationship ids must be unique within their part: the source may itself be one of our
  // outputs (a plan re-read by crm compliance) and already hold rIdCrm1, rIdCrm2 ...
  const takenIds = new Set<string>();
  for (const name of zip.entries.keys())
    if (name.endsWith(".rels"))
      for (const m of (await zip.readText(name)).matchAll(/\bId="([^"]*)"/g)) takenIds.add(m[1]);
  let relSeq = 0;
  const newRelId = () => {
    let id: string;
    do id = `rIdCrm${++relSeq}`;
    while (takenIds.has(id));
    return id;
  };

  const replaced = new Map<string, string | (() => AsyncIterable<string>)>();
  const added: { part: string; content: string | (() => AsyncIterable<string>) }[] = [];
  const removedParts = new Set<string>();
  const overrides: { part: string; type: string }[] = [];
  let dropCalcChain = false;

  /** Table parts for the sheet's tables that the source does not have. */
  const newTables = (sheet: MemorySheet, info: SheetInfo | undefined) => {
    const had = new Set((info?.tables ?? []).map((t) => lower(t.name)));
    const parts: string[] = [];
    const ids: string[] = [];
    for (const t of sheet.tables) {
      if (had.has(lower(t.name))) continue;
      const columns = tableColumns(sheet, t);
      const rows = Math.max(2, t.rows); // Excel needs a data row under the header
      const ref = `${a1(t.row, t.col)}:${a1(t.row + rows - 1, t.col + t.cols - 1)}`;
      const name = tableName(t.name, taken);
      const part = freshPart("xl/tables/table");
      added.push({ part, content: tableXml(nextTableId++, name, ref, columns) });
      overrides.push({ part, type: CT.table });
      ids.push(newRelId());
      parts.push(part);
    }
    /** The sheet's relationships to its new tables. */
    const rels = (sheetPart: string) =>
      ids.map((id, i) => relXml(id, REL_TYPE.table, relTarget(sheetPart, parts[i])));
    return { rels, ids };
  };

  // Existing sheets: patch those our ops touched.
  const opsBySheet = new Map<string, WriteOp[]>();
  for (const op of ops) {
    const name = "sheet" in op ? op.sheet : undefined;
    if (name !== undefined)
      opsBySheet.set(lower(name), [...(opsBySheet.get(lower(name)) ?? []), op]);
  }
  for (const sheet of data.sheets) {
    const info = bySourceName.get(lower(sheet.name));
    if (!info) continue;
    const sheetOps = opsBySheet.get(lower(sheet.name)) ?? [];
    const finalTables = new Set(sheet.tables.map((t) => lower(t.name)));
    const removed = info.tables.filter((t) => !finalTables.has(lower(t.name)));
    if (sheetOps.length === 0 && removed.length === 0) continue;
    if (info.kind !== "worksheet") continue; // chart sheets: nothing of ours goes there
    const boxes = sheetOps.map(cellBox).filter((b): b is Box & { sheet: string } => b !== null);
    const fm = input.formulas.get(info.name);
    if (fm && fm.size > 0 && !dropCalcChain)
      for (const key of fm.keys()) {
        const [r, c] = key.split(",").map(Number);
        if (boxes.some((b) => r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols))
          dropCalcChain = true;
      }
    const widths = new Map<number, number>();
    for (const op of sheetOps) {
      if (op.kind !== "autofit") continue;
      for (let c = op.col; c < op.col + op.cols; c++) {
        let w = 0;
        for (let r = 0; r < sheet.cells.length; r++)
          w = Math.max(
            w,
            cellWidthChars(sheet.cells[r]?.[c], sheet.numberFormats.get(`${r},${c}`))
          );
        if (w > 0) widths.set(c, columnWidthFor(w));
      }
    }
    const { rels, ids } = newTables(sheet, info);
    const patch: SheetPatch = {
      boxes,
      value: (r, c) => ({ v: sheet.cells[r]?.[c], format: sheet.numberFormats.get(`${r},${c}`) }),
      freeze: sheetOps.some((o) => o.kind === "freeze")
        ? { rows: sheet.frozenRows, cols: sheet.frozenCols }
        : undefined,
      widths,
      conditionalFormats: groupRules(sheet, styles),
      validations: sheet.validations.map((v) => ({ box: v.range, list: v.list })),
      addTables: ids,
      removeTables: removed.map((t) => t.rId),
    };
    const part = info.part;
    replaced.set(part, () =>
      patchSheet(zip, part, patch, styles, source.date1904, (f) => onProgress?.(0.9 * f))
    );
    for (const t of removed) {
      removedParts.add(t.part);
    }
    if (ids.length > 0 || removed.length > 0) {
      const relsXml = zip.has(info.relsPart) ? await zip.readText(info.relsPart) : emptyRels();
      const text = patchRels(relsXml, rels(part), new Set(removed.map((t) => t.rId)));
      if (zip.has(info.relsPart)) replaced.set(info.relsPart, text);
      else added.push({ part: info.relsPart, content: text });
    }
  }

  // New sheets: new parts.
  const workbookRels: string[] = [];
  const sheetEntries: string[] = [];
  let sheetId = Math.max(0, ...source.sheets.map((s) => s.sheetId));
  for (const sheet of data.sheets) {
    if (bySourceName.has(lower(sheet.name))) continue;
    const part = freshPart("xl/worksheets/sheet");
    const { rels, ids } = newTables(sheet, undefined);
    added.push({ part, content: renderSheet(sheet, styles, source.date1904, ids) });
    overrides.push({ part, type: CT.worksheet });
    if (ids.length > 0)
      added.push({ part: relsPathOf(part), content: patchRels(emptyRels(), rels(part)) });
    const id = newRelId();
    workbookRels.push(relXml(id, REL_TYPE.worksheet, relTarget(source.workbookPart, part)));
    sheetEntries.push(
      `<sheet name="${escapeAttr(sheet.name)}" sheetId="${++sheetId}" r:id="${id}"/>`
    );
  }

  // Workbook, its relationships, content types, styles.
  let calcChainPart: string | undefined;
  let calcChainRel: string | undefined;
  if (dropCalcChain) {
    const relsXml = await zip.readText(source.workbookRelsPart);
    const m = new RegExp(`<Relationship\\b[^>]*Type="${REL_TYPE.calcChain}"[^>]*/>`).exec(relsXml);
    if (m) {
      calcChainRel = /Id="([^"]*)"/.exec(m[0])?.[1];
      const target = /Target="([^"]*)"/.exec(m[0])?.[1] ?? "";
      calcChainPart = target.startsWith("/")
        ? target.slice(1)
        : path.posix.join(path.posix.dirname(source.workbookPart), target);
      removedParts.add(calcChainPart);
    }
  }
  if (sheetEntries.length > 0) {
    let wb = await zip.readText(source.workbookPart);
    const prefix = /<((?:\w+:)?)sheets\b/.exec(wb)?.[1] ?? "";
    const relPrefix = new RegExp(`xmlns:(\\w+)="${NS_REL}"`).exec(wb)?.[1];
    const entries = sheetEntries.map((e) =>
      (relPrefix
        ? e.replace(" r:id=", ` ${relPrefix}:id=`)
        : e.replace(" r:id=", ` xmlns:r="${NS_REL}" r:id=`)
      ).replace(/^<sheet /, `<${prefix}sheet `)
    );
    const end = wb.indexOf(`</${prefix}sheets>`);
    wb = wb.slice(0, end) + entries.join("") + wb.slice(end);
    replaced.set(source.workbookPart, wb);
  }
  let stylesPart = source.stylesPart;
  // A package without a styles part gets one as soon as we write cells (formats, fills).
  const needStyles = !stylesPart && (sheetEntries.length > 0 || replaced.size > 0);
  if (workbookRels.length > 0 || calcChainRel || needStyles) {
    if (needStyles) {
      stylesPart = path.posix.join(path.posix.dirname(source.workbookPart), "styles.xml");
      overrides.push({ part: stylesPart, type: CT.styles });
      workbookRels.push(
        relXml(newRelId(), REL_TYPE.styles, relTarget(source.workbookPart, stylesPart))
      );
    }
    const relsXml = zip.has(source.workbookRelsPart)
      ? await zip.readText(source.workbookRelsPart)
      : emptyRels();
    replaced.set(
      source.workbookRelsPart,
      patchRels(relsXml, workbookRels, new Set(calcChainRel ? [calcChainRel] : []))
    );
  }
  if (overrides.length > 0 || removedParts.size > 0) {
    let ct = await zip.readText("[Content_Types].xml");
    ct = ct.replace(/<Override\b[^>]*PartName="\/?([^"]*)"[^>]*\/>/g, (m, part: string) =>
      removedParts.has(part) ? "" : m
    );
    const end = ct.lastIndexOf("</Types>");
    ct =
      ct.slice(0, end) +
      overrides
        .map((o) => `<Override PartName="/${escapeAttr(o.part)}" ContentType="${o.type}"/>`)
        .join("") +
      ct.slice(end);
    replaced.set("[Content_Types].xml", ct);
  }

  // Write: source parts in their order (copied, patched or dropped), then the new parts.
  const tmp = tempPathFor(file);
  trackTemp(tmp);
  let writer: ZipWriter | undefined;
  try {
    writer = await ZipWriter.create(tmp);
    for (const [name, entry] of zip.entries) {
      if (removedParts.has(name) || name === stylesPart) continue;
      const r = replaced.get(name);
      if (r === undefined) await writer.copy(zip, entry);
      else if (typeof r === "string") await writer.add(name, r);
      else await writer.add(name, r(), entry.size > FAST_DEFLATE_BYTES ? 1 : 6);
    }
    for (const a of added)
      await writer.add(a.part, typeof a.content === "string" ? a.content : a.content());
    // Styles last: the cells written above are what hand out the new format indices.
    if (stylesPart) {
      const entry = zip.entries.get(stylesPart);
      if (styles.changed || !entry) await writer.add(stylesPart, styles.patch(stylesXml));
      else await writer.copy(zip, entry);
    }
    await writer.finish();
    writer = undefined;
    await fsp.rename(tmp, file);
    onProgress?.(1);
  } catch (e) {
    await writer?.abort();
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    untrackTemp(tmp);
  }
  return { skippedCharts: data.sheets.reduce((n, s) => n + s.charts.length, 0) };
}

export { removeAllNow };
