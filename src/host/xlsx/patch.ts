/**
 * Patching an existing worksheet part as it streams through: the cells we write are merged
 * into their rows (rows we do not touch pass through as the same text), and what we add around
 * the cells (a frozen pane, column widths, conditional formats, validations, table parts) is
 * inserted where the schema (CT_Worksheet, ECMA-376 18.3.1.99) orders it. Everything else in
 * the part stays as it was.
 */
import { StringDecoder } from "string_decoder";
import type { CellInput } from "../types";
import { cellXml, type StyleBook } from "./cells";
import { a1, columnLetter, parseCellRef } from "../../core/excel/a1";
import { formulaString } from "../../core/excel/formula";
import { attrOf, NS_REL } from "./xml";
import type { ZipReader } from "./zip";

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What changes in one existing sheet. */
export interface SheetPatch {
  /** Rectangles whose cells are rewritten from `value` (null there: the cell is removed). */
  boxes: Box[];
  value(r: number, c: number): { v: CellInput | undefined; format?: string };
  /** New frozen pane. */
  freeze?: { rows: number; cols: number };
  /** Widths (characters) for columns that have none yet. */
  widths: Map<number, number>;
  /** Conditional formats to add: cells equal to a rule's text get its differential format. */
  conditionalFormats: { box: Box; rules: { text: string; dxf: number }[] }[];
  /** In-cell dropdown lists to add. */
  validations: { box: Box; list: string[] }[];
  /** Relationship ids of table parts to add / remove. */
  addTables: string[];
  removeTables: string[];
}

/** CT_Worksheet's elements after sheetData, in order. */
const TAIL_ORDER = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Streams the patched sheet part.
 * @param onProgress Fraction of the source part read.
 */
export async function* patchSheet(
  zip: ZipReader,
  part: string,
  patch: SheetPatch,
  styles: StyleBook,
  date1904: boolean,
  onProgress?: (fraction: number) => void
): AsyncGenerator<string> {
  const size = zip.entries.get(part)?.size ?? 1;
  const rows = footprintRows(patch.boxes);
  let next = 0; // index into rows: the first footprint row not yet written
  const decoder = new StringDecoder("utf8");
  let state: "head" | "rows" | "tail" = "head";
  let buf = "";
  let p = "";
  let bytes = 0;

  const colsOf = (r: number): number[] => {
    const out: number[] = [];
    for (const b of patch.boxes)
      if (r >= b.row && r < b.row + b.rows)
        for (let c = b.col; c < b.col + b.cols; c++) out.push(c);
    return out.length > 1 ? [...new Set(out)].sort((x, y) => x - y) : out;
  };
  const cell = (r: number, c: number) => {
    const { v, format } = patch.value(r, c);
    return prefixed(cellXml(r, c, v, format, styles, date1904), p);
  };
  const newCells = (r: number, cols: number[]) => cols.map((c) => cell(r, c)).join("");
  /** Rows of the footprint before row `r` that the source does not have. */
  const rowsBefore = (r: number): string => {
    let out = "";
    while (next < rows.length && rows[next] < r) {
      const rr = rows[next++];
      const cells = newCells(rr, colsOf(rr));
      if (cells) out += `<${p}row r="${rr + 1}">${cells}</${p}row>`;
    }
    if (next < rows.length && rows[next] === r) next++;
    return out;
  };

  let nextRow = 0;
  const rowRe = () => new RegExp(`<${p}row\\b([^>]*?)(/>|>([\\s\\S]*?)</${p}row>)`, "g");
  const patchRows = (text: string): string => {
    let out = "";
    let last = 0;
    const re = rowRe();
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const rAttr = attrOf(m[1], "r");
      const r = rAttr !== undefined ? Number(rAttr) - 1 : nextRow;
      nextRow = r + 1;
      out += text.slice(last, m.index) + rowsBefore(r);
      last = m.index + m[0].length;
      const cols = colsOf(r);
      if (cols.length === 0) {
        out += m[0];
        continue;
      }
      out += mergeRow(m[1], m[3] ?? "", r, cols, rAttr === undefined);
    }
    return out + text.slice(last);
  };

  const mergeRow = (attrs: string, body: string, r: number, cols: number[], noRef: boolean) => {
    const add = newCells(r, cols);
    const lo = cols[0];
    const hi = cols[cols.length - 1];
    let rowAttrs = attrs;
    const spans = attrOf(attrs, "spans");
    if (spans && /^\d+:\d+$/.test(spans)) {
      const colon = spans.indexOf(":");
      const a = Number(spans.slice(0, colon));
      const b = Number(spans.slice(colon + 1));
      const widened = `${Math.min(a, lo + 1)}:${Math.max(b, hi + 1)}`;
      if (widened !== spans) rowAttrs = attrs.replace(`spans="${spans}"`, `spans="${widened}"`);
    }
    // Fast path: every written column is right of the row's last cell (a new column).
    const lastOpen = lastCellStart(body);
    if (lastOpen < 0 && body.trim() === "") return `<${p}row${rowAttrs}>${add}</${p}row>`;
    if (lastOpen >= 0) {
      const ref = attrOf(body.slice(lastOpen, body.indexOf(">", lastOpen)), "r");
      const pos = ref ? parseCellRef(ref) : null;
      if (pos && pos[1] < lo) return `<${p}row${rowAttrs}>${body}${add}</${p}row>`;
    }
    // General case: drop the source cells we rewrite, merge ours in column order.
    const cellRe = new RegExp(`<${p}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}c>)`, "g");
    const written = new Set(cols);
    const parts: { col: number; xml: string }[] = [];
    let col = 0;
    for (let m = cellRe.exec(body); m; m = cellRe.exec(body)) {
      const ref = attrOf(m[1], "r");
      const pos = ref ? parseCellRef(ref) : null;
      col = pos ? pos[1] : col;
      if (!written.has(col)) parts.push({ col, xml: noRef || !pos ? withRef(m[0], r, col) : m[0] });
      col++;
    }
    for (const c of cols) {
      const xml = cell(r, c);
      if (xml) parts.push({ col: c, xml });
    }
    parts.sort((x, y) => x.col - y.col);
    return `<${p}row${rowAttrs}>${parts.map((x) => x.xml).join("")}</${p}row>`;
  };
  /**
   * Where the row's last `<c ` or `<c>` starts (-1: none), scanning back from the end: the last
   * cell is a few dozen characters from it.
   */
  const lastCellStart = (body: string): number => {
    const open = `<${p}c`;
    for (let i = body.length - open.length - 1; i >= 0; i--) {
      if (body.charCodeAt(i) !== 60 || !body.startsWith(open, i)) continue;
      const next = body.charCodeAt(i + open.length);
      if (next === 32 || next === 62) return i;
    }
    return -1;
  };
  /** A cell that had no r attribute gets one (its position changes meaning once cells are inserted). */
  const withRef = (xml: string, r: number, c: number) =>
    xml.replace(new RegExp(`^<${p}c\\b`), `<${p}c r="${a1(r, c)}"`);

  for await (const chunk of zip.inflate(part)) {
    bytes += chunk.length;
    onProgress?.(Math.min(1, bytes / size));
    buf += decoder.write(chunk);
    if (state === "head") {
      const m = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(buf);
      if (!m) continue;
      p = m[1];
      const head = patchHead(buf.slice(0, m.index), p, patch, rows);
      if (m[2]) {
        // <sheetData/>: a sheet without cells.
        yield head + `<${p}sheetData>` + rowsBefore(Infinity) + `</${p}sheetData>`;
        buf = buf.slice(m.index + m[0].length);
        state = "tail";
        continue;
      }
      yield head + m[0];
      buf = buf.slice(m.index + m[0].length);
      state = "rows";
    }
    if (state === "rows") {
      const endData = buf.indexOf(`</${p}sheetData>`);
      if (endData >= 0) {
        yield patchRows(buf.slice(0, endData)) + rowsBefore(Infinity) + `</${p}sheetData>`;
        buf = buf.slice(endData + `</${p}sheetData>`.length);
        state = "tail";
      } else {
        const close = `</${p}row>`;
        const end = buf.lastIndexOf(close);
        if (end >= 0) {
          yield patchRows(buf.slice(0, end + close.length));
          buf = buf.slice(end + close.length);
        }
      }
    }
  }
  buf += decoder.end();
  if (state !== "tail") throw new Error(`${part}: the sheet's cell data is cut short`);
  yield patchTail(buf, p, patch);
}

/** Sorted distinct rows of the boxes. */
function footprintRows(boxes: Box[]): number[] {
  if (boxes.length === 1) return Array.from({ length: boxes[0].rows }, (_, i) => boxes[0].row + i);
  const set = new Set<number>();
  for (const b of boxes) for (let r = b.row; r < b.row + b.rows; r++) set.add(r);
  return [...set].sort((x, y) => x - y);
}

/** The part before <sheetData>: dimension, frozen pane, column widths. */
function patchHead(head: string, p: string, patch: SheetPatch, rows: number[]): string {
  let out = head;
  if (patch.boxes.length > 0 && rows.length > 0) {
    const dim = new RegExp(`<${p}dimension\\b[^>]*?ref="([^"]*)"[^>]*?/>`).exec(out);
    if (dim) {
      const [a, b] = dim[1].split(":");
      const pa = parseCellRef(a) ?? [0, 0];
      const pb = parseCellRef(b ?? a) ?? pa;
      let [r0, c0, r1, c1] = [pa[0], pa[1], pb[0], pb[1]];
      for (const bx of patch.boxes) {
        r0 = Math.min(r0, bx.row);
        c0 = Math.min(c0, bx.col);
        r1 = Math.max(r1, bx.row + bx.rows - 1);
        c1 = Math.max(c1, bx.col + bx.cols - 1);
      }
      out = out.replace(dim[0], dim[0].replace(dim[1], `${a1(r0, c0)}:${a1(r1, c1)}`));
    }
  }
  if (patch.freeze) out = freezeHead(out, p, patch.freeze);
  if (patch.widths.size > 0) out = widthsHead(out, p, patch.widths);
  return out;
}

/** The pane element of a frozen view (rows and/or columns). */
export function paneXml(p: string, rows: number, cols: number): string {
  if (rows <= 0 && cols <= 0) return "";
  const active = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return `<${p}pane${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${a1(rows, cols)}" activePane="${active}" state="frozen"/>`;
}

function freezeHead(head: string, p: string, f: { rows: number; cols: number }): string {
  const pane = paneXml(p, f.rows, f.cols);
  const view = new RegExp(`<${p}sheetView\\b[^>]*?(/?)>`).exec(head);
  if (view) {
    const openTag = view[1] ? view[0].replace(/\/>$/, ">") : view[0];
    const at = view.index;
    if (view[1])
      return (
        head.slice(0, at) + openTag + pane + `</${p}sheetView>` + head.slice(at + view[0].length)
      );
    const rest = head
      .slice(at + view[0].length)
      .replace(new RegExp(`^\\s*<${p}pane\\b[^>]*/>`), "");
    return head.slice(0, at) + openTag + pane + rest;
  }
  const block = `<${p}sheetViews><${p}sheetView workbookViewId="0">${pane}</${p}sheetView></${p}sheetViews>`;
  // sheetViews follows sheetPr and dimension, precedes sheetFormatPr and cols.
  const after = new RegExp(`<${p}(sheetFormatPr|cols)\\b`).exec(head);
  return after ? head.slice(0, after.index) + block + head.slice(after.index) : head + block;
}

function widthsHead(head: string, p: string, widths: Map<number, number>): string {
  const cols = new RegExp(`<${p}cols>([\\s\\S]*?)</${p}cols>`).exec(head);
  const existing: { min: number; max: number; xml: string }[] = [];
  if (cols) {
    const re = new RegExp(`<${p}col\\b[^>]*?/>`, "g");
    for (let m = re.exec(cols[1]); m; m = re.exec(cols[1]))
      existing.push({
        min: Number(attrOf(m[0], "min")),
        max: Number(attrOf(m[0], "max")),
        xml: m[0],
      });
  }
  const added = [...widths]
    .filter(([c]) => !existing.some((e) => c + 1 >= e.min && c + 1 <= e.max))
    .map(([c, w]) => ({
      min: c + 1,
      max: c + 1,
      xml: `<${p}col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`,
    }));
  if (added.length === 0) return head;
  const all = [...existing, ...added].sort((x, y) => x.min - y.min);
  const block = `<${p}cols>${all.map((x) => x.xml).join("")}</${p}cols>`;
  if (cols) return head.replace(cols[0], block);
  return head + block; // cols is the last element before sheetData
}

/** The part after </sheetData>: conditional formats, validations, table parts. */
function patchTail(tail: string, p: string, patch: SheetPatch): string {
  let out = tail;
  const extAt = () => {
    const i = out.indexOf(`<${p}extLst`);
    return i < 0 ? out.length : i;
  };
  /** Where an element named `name` goes: before the first later element of the schema order. */
  const insertAt = (name: string): number => {
    const limit = extAt();
    let best = out.lastIndexOf(`</${p}worksheet>`);
    if (best < 0) best = out.length;
    for (const later of TAIL_ORDER.slice(TAIL_ORDER.indexOf(name) + 1)) {
      const re = new RegExp(`<${p}${later}[\\s>/]`);
      const m = re.exec(out);
      if (m && (later === "extLst" || m.index < limit) && m.index < best) best = m.index;
    }
    return best;
  };
  const priorities = [...out.matchAll(/\bpriority="(\d+)"/g)].map((m) => Number(m[1]));
  let priority = Math.max(0, ...priorities) + 1;
  const cf = patch.conditionalFormats
    .map((f) => {
      const xml = tierRulesXml(p, f.box, f.rules, priority);
      priority += f.rules.length;
      return xml;
    })
    .join("");
  if (cf) {
    const at = insertAt("conditionalFormatting");
    out = out.slice(0, at) + cf + out.slice(at);
  }
  const validations = patch.validations.map((v) => listValidationXml(p, v.box, v.list));
  if (validations.length > 0) {
    const m = new RegExp(`<${p}dataValidations\\b([^>]*?)(/?)>`).exec(out);
    if (m && m.index < extAt()) {
      const count = Number(attrOf(m[1], "count") ?? 0);
      const attrs = /\bcount="/.test(m[1])
        ? m[1].replace(/\bcount="\d*"/, `count="${count + validations.length}"`)
        : `${m[1]} count="${validations.length}"`;
      if (m[2]) {
        out = out.replace(
          m[0],
          `<${p}dataValidations${attrs}>${validations.join("")}</${p}dataValidations>`
        );
      } else {
        const end = out.indexOf(`</${p}dataValidations>`, m.index);
        out =
          out.slice(0, m.index) +
          `<${p}dataValidations${attrs}>` +
          out.slice(m.index + m[0].length, end) +
          validations.join("") +
          out.slice(end);
      }
    } else {
      const at = insertAt("dataValidations");
      out =
        out.slice(0, at) +
        `<${p}dataValidations count="${validations.length}">${validations.join("")}</${p}dataValidations>` +
        out.slice(at);
    }
  }
  if (patch.addTables.length + patch.removeTables.length > 0) {
    const m = new RegExp(`<${p}tableParts\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}tableParts>)`).exec(out);
    const kept: string[] = [];
    if (m?.[1]) {
      const re = new RegExp(`<${p}tablePart\\b[^>]*/>`, "g");
      for (const t of m[1].match(re) ?? []) {
        const id = /\b[\w]+:id="([^"]*)"/.exec(t)?.[1];
        if (!id || !patch.removeTables.includes(id)) kept.push(t);
      }
    }
    const all = [
      ...kept,
      ...patch.addTables.map((id) => `<${p}tablePart xmlns:r="${NS_REL}" r:id="${id}"/>`),
    ];
    const block =
      all.length > 0
        ? `<${p}tableParts count="${all.length}">${all.join("")}</${p}tableParts>`
        : "";
    if (m) out = out.replace(m[0], block);
    else {
      const at = insertAt("tableParts");
      out = out.slice(0, at) + block + out.slice(at);
    }
  }
  return out;
}

/** Cell XML with the part's namespace prefix on its elements (some generators write "x:c"). */
export function prefixed(xml: string, p: string): string {
  return p && xml ? xml.replace(/<(\/?)(c|v|f|is|t)\b/g, `<$1${p}$2`) : xml;
}

/** A `<conditionalFormatting>` block colouring cells equal to each label (one rule per label). */
export function tierRulesXml(
  p: string,
  box: Box,
  rules: { text: string; dxf: number }[],
  priorityBase: number
): string {
  const ref = `${a1(box.row, box.col)}:${a1(box.row + box.rows - 1, box.col + box.cols - 1)}`;
  const anchor = `$${columnLetter(box.col)}${box.row + 1}`;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<${p}conditionalFormatting sqref="${ref}">${rules
    .map(
      (r, i) =>
        `<${p}cfRule type="expression" dxfId="${r.dxf}" priority="${priorityBase + i}"><${p}formula>${esc(`${anchor}=${formulaString(r.text)}`)}</${p}formula></${p}cfRule>`
    )
    .join("")}</${p}conditionalFormatting>`;
}

/** A list `<dataValidation>` (an in-cell dropdown of `list`). */
export function listValidationXml(p: string, box: Box, list: string[]): string {
  const ref = `${a1(box.row, box.col)}:${a1(box.row + box.rows - 1, box.col + box.cols - 1)}`;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<${p}dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${ref}"><${p}formula1>${esc(formulaString(list.join(",")))}</${p}formula1></${p}dataValidation>`;
}
