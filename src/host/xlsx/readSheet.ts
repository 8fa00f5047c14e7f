/**
 * Streaming readers of the big parts: the shared strings and a worksheet's cells, inflated
 * chunk by chunk and scanned element by element (never the whole part as one string), into the
 * in-memory grid the list reader works on.
 *
 * What a cell becomes (the same contract the exceljs loader had):
 * - numbers, text (shared, inline, rich text joined, phonetic runs left out), booleans;
 * - a number whose cell format is a date format: a Date (UTC, as exceljs reads them);
 * - an error cell: its text ("#N/A");
 * - a formula cell: its cached result (null when never computed), the formula recorded apart
 *   (shared formulas translated to each cell, as Excel shows them).
 */
import { StringDecoder } from "string_decoder";
import type { CellValue } from "../types";
import { a1, columnOfRef } from "../../core/excel/a1";
import { dateFromSerial } from "../../core/excel/dates";
import { attrOf, decodeOoxmlEscapes, decodeXml } from "./xml";
import type { StylesInfo } from "./pkg";
import type { ZipReader } from "./zip";

// exceljs ships the table of built-in number formats and the shared-formula translation; one
// source for both rather than copies here.
const { slideFormula } = require("exceljs/lib/utils/shared-formula") as {
  slideFormula(formula: string, from: string, to: string): string;
};
const BUILTIN_FORMATS = require("exceljs/lib/xlsx/defaultnumformats") as Record<
  number,
  { f?: string } & Record<string, string>
>;

/** Built-in number format ids that are dates or times (ECMA-376 18.8.30, CJK ids 27-36, 50-58). */
function isBuiltinDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** True when a format code shows a date or time (y m d h s outside quotes and brackets). */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "");
  return /[ymdhs]/i.test(bare);
}

/** The number format code of a style index ("General" when none). */
export function formatCodeOf(styles: StylesInfo, xf: number): string {
  const id = styles.xfNumFmt[xf] ?? 0;
  return styles.codes.get(id) ?? BUILTIN_FORMATS[id]?.f ?? "General";
}

/** For each style index: is it a date format? */
export function dateStyles(styles: StylesInfo): boolean[] {
  return styles.xfNumFmt.map((id) =>
    styles.codes.has(id) ? isDateFormatCode(styles.codes.get(id)!) : isBuiltinDate(id)
  );
}

/**
 * Splits a streamed XML part into complete `<tag ...>...</tag>` / `<tag/>` elements: each call
 * of `onText` gets a run of text ending at an element boundary (what follows is carried over).
 * `onProgress` gets the inflated bytes so far.
 */
async function scanPart(
  zip: ZipReader,
  part: string,
  tag: string,
  onText: (text: string, prefix: string) => void,
  onProgress?: (bytes: number) => void
): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  let prefix: string | null = null;
  let close = "";
  let bytes = 0;
  for await (const chunk of zip.inflate(part)) {
    bytes += chunk.length;
    let text = carry + decoder.write(chunk);
    if (prefix === null) {
      // The root element tells the namespace prefix the part uses ("x:" in some generators).
      const m = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(
        text.replace(/<\?[\s\S]*?\?>/, "")
      );
      if (!m) {
        carry = text;
        continue;
      }
      prefix = m[1] ?? "";
      close = `</${prefix}${tag}>`;
      text = text.replace(/^\uFEFF/, "");
    }
    const end = text.lastIndexOf(close);
    if (end < 0) {
      carry = text;
      continue;
    }
    onText(text.slice(0, end + close.length), prefix);
    carry = text.slice(end + close.length);
    onProgress?.(bytes);
  }
  carry += decoder.end();
  if (carry) onText(carry, prefix ?? "");
}

/** The text of an `<si>` or `<is>` body: its `<t>` runs joined, phonetic runs left out. */
export function stringItemText(body: string, p: string): string {
  let s = body;
  if (s.indexOf(`<${p}rPh`) >= 0)
    s = s.replace(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, "g"), "");
  const open = `<${p}t`;
  let out = "";
  let i = 0;
  for (;;) {
    i = s.indexOf(open, i);
    if (i < 0) break;
    const after = s[i + open.length];
    if (after !== ">" && after !== " " && after !== "/") {
      i += open.length; // another element starting with "t"
      continue;
    }
    const gt = s.indexOf(">", i);
    if (s[gt - 1] === "/") {
      i = gt + 1;
      continue;
    }
    const end = s.indexOf(`</${p}t>`, gt);
    out += s.slice(gt + 1, end);
    i = end;
  }
  return decodeOoxmlEscapes(decodeXml(out));
}

/** Where `needle` occurs wholly inside text[from, to), searching from `from`; -1 when it does not. */
function indexIn(text: string, needle: string, from: number, to: number): number {
  const i = text.indexOf(needle, from);
  return i >= 0 && i + needle.length <= to ? i : -1;
}

/**
 * `Number(raw)` for a shared-string index: plain digits are read in place (the common case,
 * without the string-to-number conversion); anything else goes through `Number`.
 */
function indexNumber(raw: string): number {
  const n = raw.length;
  if (n === 0 || n > 9) return Number(raw);
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = raw.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return Number(raw);
    v = v * 10 + d;
  }
  return v;
}

/** All shared strings of the package, in order. */
export async function readSharedStrings(zip: ZipReader, part: string): Promise<string[]> {
  const out: string[] = [];
  await scanPart(zip, part, "si", (text, p) => {
    const re = new RegExp(`<${p}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}si>)`, "g");
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] ? stringItemText(m[1], p) : "");
  });
  return out;
}

export interface SheetCells {
  /** cells[r][c], dense rows (null where empty). */
  cells: CellValue[][];
  /** Formulas by "r,c" with the cached value. */
  formulas: Map<string, { formula: string; value: CellValue }>;
  /** 0-based rows hidden in the sheet. */
  hiddenRows: number[];
  /** Frozen rows/columns of the first sheet view. */
  frozen: { rows: number; cols: number };
}

export interface ReadSheetContext {
  sharedStrings: readonly string[];
  dateStyle: readonly boolean[];
  date1904: boolean;
}

/**
 * Reads a worksheet part's cells, streaming.
 * @param onProgress Fraction of the part read (0..1).
 */
export async function readSheetCells(
  zip: ZipReader,
  part: string,
  ctx: ReadSheetContext,
  onProgress?: (fraction: number) => void
): Promise<SheetCells> {
  const cells: CellValue[][] = [];
  const formulas = new Map<string, { formula: string; value: CellValue }>();
  const hiddenRows: number[] = [];
  const frozen = { rows: 0, cols: 0 };
  const shared = new Map<string, { formula: string; ref: string }>();
  const size = zip.entries.get(part)?.size ?? 1;
  let headDone = false;
  let nextRow = 0;
  await scanPart(
    zip,
    part,
    "row",
    (text, p) => {
      let from = 0;
      if (!headDone) {
        const sd = text.indexOf(`<${p}sheetData`);
        const head = sd < 0 ? text : text.slice(0, sd);
        const pane = /<(?:\w+:)?pane\b([^>]*)>/.exec(head);
        if (pane && /state="frozen"|state="frozenSplit"/.test(pane[1])) {
          frozen.rows = Number(attrOf(pane[1], "ySplit") ?? 0) || 0;
          frozen.cols = Number(attrOf(pane[1], "xSplit") ?? 0) || 0;
        }
        if (sd >= 0) {
          headDone = true;
          from = sd;
        } else return;
      }
      const rowRe = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, "g");
      rowRe.lastIndex = from;
      for (let m = rowRe.exec(text); m; m = rowRe.exec(text)) {
        const rAttr = attrOf(m[1], "r");
        const r = rAttr !== undefined ? Number(rAttr) - 1 : nextRow;
        nextRow = r + 1;
        if (/\shidden="(1|true)"/.test(m[1])) hiddenRows.push(r);
        if (m[2]) readRow(m[2], r, p);
      }
    },
    (bytes) => onProgress?.(Math.min(1, bytes / size))
  );

  // The hot loop (a million cells): indexOf scanning, no regex or allocation per cell.
  function readRow(body: string, r: number, p: string): void {
    const open = `<${p}c`;
    const close = `</${p}c>`;
    const vOpen = `<${p}v>`;
    const vClose = `</${p}v>`;
    const fOpen = `<${p}f`;
    let nextCol = 0;
    let line: CellValue[] | undefined;
    for (let i = body.indexOf(open); i >= 0; i = body.indexOf(open, i)) {
      const after = body.charCodeAt(i + open.length);
      // "<c " / "<c>" / "<c/>", not another element starting with c
      if (
        after !== 32 &&
        after !== 62 &&
        after !== 47 &&
        after !== 9 &&
        after !== 10 &&
        after !== 13
      ) {
        i += open.length;
        continue;
      }
      const gt = body.indexOf(">", i);
      const selfClosing = body.charCodeAt(gt - 1) === 47;
      const attrs = body.slice(i + open.length, selfClosing ? gt - 1 : gt);
      const ref = attrOf(attrs, "r");
      const c = ref !== undefined ? columnOfRef(ref) : nextCol;
      nextCol = c + 1;
      if (selfClosing) {
        i = gt + 1;
        continue;
      }
      const end = body.indexOf(close, gt);
      // The cell's content is body[from, to): searched in place, not sliced out.
      const from = gt + 1;
      const to = end < 0 ? body.length : end;
      i = end < 0 ? body.length : end + close.length;
      if (to === from) continue;
      const t = attrOf(attrs, "t");
      let raw: string | undefined;
      const vi = indexIn(body, vOpen, from, to);
      if (vi >= 0) {
        const start = vi + vOpen.length;
        const ve = indexIn(body, vClose, vi, to);
        raw = body.slice(start, Math.max(start, ve >= 0 ? ve : to - 1));
      }
      let value: CellValue = null;
      if (t === "s")
        value = raw !== undefined ? (ctx.sharedStrings[indexNumber(raw)] ?? null) : null;
      else if (t === "inlineStr") {
        const is = new RegExp(`<${p}is>([\\s\\S]*?)</${p}is>`).exec(body.slice(from, to));
        value = is ? stringItemText(is[1], p) : null;
      } else if (raw !== undefined) {
        if (t === "str" || t === "e") value = decodeXml(raw);
        else if (t === "b") value = raw === "1" || raw === "true";
        else if (t === "d") {
          const d = new Date(raw);
          value = Number.isNaN(d.getTime()) ? raw : d;
        } else {
          const n = Number(raw);
          if (raw === "" || !Number.isFinite(n)) value = raw === "" ? null : raw;
          else {
            const s = attrOf(attrs, "s");
            value =
              s !== undefined && ctx.dateStyle[Number(s)] ? dateFromSerial(n, ctx.date1904) : n;
          }
        }
      }
      const fi = indexIn(body, fOpen, from, to);
      if (fi >= 0) {
        const formula = formulaOf(body.slice(fi, to), p, r, c);
        if (formula) formulas.set(`${r},${c}`, { formula, value });
      }
      if (value === null || value === "") continue;
      if (!line) line = cells[r] ?? (cells[r] = []);
      line[c] = value;
    }
  }

  function formulaOf(fx: string, p: string, r: number, c: number): string | null {
    const gt = fx.indexOf(">");
    const selfClosing = fx[gt - 1] === "/";
    const attrs = fx.slice(p.length + 2, selfClosing ? gt - 1 : gt);
    const text = selfClosing ? "" : decodeXml(fx.slice(gt + 1, fx.indexOf(`</${p}f>`, gt)));
    const here = a1(r, c);
    if (attrOf(attrs, "t") === "shared") {
      const si = attrOf(attrs, "si") ?? "";
      if (text) {
        shared.set(si, { formula: text, ref: here });
        return `=${text}`;
      }
      const master = shared.get(si);
      return master ? `=${slideFormula(master.formula, master.ref, here)}` : null;
    }
    return text ? `=${text}` : null;
  }

  // Rows as dense arrays: the list reader and the core expect null, not holes.
  for (let r = 0; r < cells.length; r++) {
    const line = cells[r];
    if (!line) cells[r] = [];
    else for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
  return { cells, formulas, hiddenRows, frozen };
}
