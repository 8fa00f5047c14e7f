/**
 * Cell XML and the style additions our writes need (number formats, conditional-format fills),
 * shared by the sheet patcher and the new-sheet renderer.
 */
import { isArrayFormulaInput, type ArrayFormulaInput, type CellInput } from "../types";
import { a1 } from "../../core/excel/a1";
import { serialFromDate } from "../../core/excel/dates";
import { escapeAttr, escapeText } from "./xml";

/** The number format given to Date cells that have none. */
export const DATE_FORMAT = "yyyy-mm-dd";

/**
 * The cell formats and differential formats appended to the package's styles part. Indices are
 * handed out as cells are rendered and the styles part is written last, with exactly these.
 */
export class StyleBook {
  private readonly xfByCode = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly newFmts: string[] = [];
  private readonly newDxfs: string[] = [];
  private nextFmtId: number;

  constructor(
    /** Cell formats already in the styles part. */
    private readonly baseXfs: number,
    /** Differential formats already in the styles part. */
    private readonly baseDxfs: number,
    /** Custom number formats already defined (id -> code). */
    private readonly codes: Map<number, string>
  ) {
    this.nextFmtId = Math.max(163, ...codes.keys()) + 1;
  }

  /** The cell format index showing numbers with `code` ("General": 0, the default). */
  xf(code: string | undefined): number {
    if (!code || code === "General") return 0;
    let i = this.xfByCode.get(code);
    if (i !== undefined) return i;
    let id = [...this.codes].find(([, c]) => c === code)?.[0];
    if (id === undefined) {
      id = this.nextFmtId++;
      this.codes.set(id, code);
      this.newFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    i = this.baseXfs + this.newXfs.length;
    this.newXfs.push(
      `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
    );
    this.xfByCode.set(code, i);
    return i;
  }

  /** A differential format filling the cell with `hex` ("#RRGGBB"), for conditional formats. */
  fillDxf(hex: string): number {
    const rgb = `FF${hex.replace(/^#/, "").toUpperCase()}`;
    this.newDxfs.push(
      `<dxf><fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor rgb="${rgb}"/></patternFill></fill></dxf>`
    );
    return this.baseDxfs + this.newDxfs.length - 1;
  }

  get changed(): boolean {
    return this.newXfs.length + this.newDxfs.length > 0;
  }

  /** The styles part with our formats appended (every existing element kept as it was). */
  patch(xml: string): string {
    if (!this.changed) return xml;
    let out = xml;
    if (this.newFmts.length > 0) {
      const m = /<((?:\w+:)?)numFmts\b[^>]*?(\/?)>/.exec(out);
      if (m && !m[2]) {
        const end = out.indexOf(`</${m[1]}numFmts>`, m.index);
        out = out.slice(0, end) + this.newFmts.join("") + out.slice(end);
        out = recount(out, "numFmts", "numFmt");
      } else {
        const block = `<numFmts count="${this.newFmts.length}">${this.newFmts.join("")}</numFmts>`;
        if (m) out = out.slice(0, m.index) + block + out.slice(m.index + m[0].length);
        else out = insertAfterStart(out, "styleSheet", block);
      }
    }
    if (this.newXfs.length > 0) {
      const m = /<((?:\w+:)?)cellXfs\b[^>]*>/.exec(out)!;
      const end = out.indexOf(`</${m[1]}cellXfs>`, m.index);
      out = out.slice(0, end) + this.newXfs.join("") + out.slice(end);
      out = recount(out, "cellXfs", "xf");
    }
    if (this.newDxfs.length > 0) {
      const m = /<((?:\w+:)?)dxfs\b[^>]*?(\/?)>/.exec(out);
      if (m && !m[2]) {
        const end = out.indexOf(`</${m[1]}dxfs>`, m.index);
        out = out.slice(0, end) + this.newDxfs.join("") + out.slice(end);
        out = recount(out, "dxfs", "dxf");
      } else {
        const block = `<dxfs count="${this.newDxfs.length}">${this.newDxfs.join("")}</dxfs>`;
        if (m) out = out.slice(0, m.index) + block + out.slice(m.index + m[0].length);
        else {
          // dxfs follows cellStyles and precedes tableStyles/colors/extLst (CT_Stylesheet).
          const next = /<(?:\w+:)?(tableStyles|colors|extLst)\b|<\/(?:\w+:)?styleSheet>/.exec(out)!;
          out = out.slice(0, next.index) + block + out.slice(next.index);
        }
      }
    }
    return out;
  }
}

/** A minimal styles part for a package that has none. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>';

/** Counts the `child` elements of the first `parent` block and sets its count attribute. */
function recount(xml: string, parent: string, child: string): string {
  const m = new RegExp(`<((?:\\w+:)?)${parent}\\b([^>]*)>`).exec(xml)!;
  const end = xml.indexOf(`</${m[1]}${parent}>`, m.index);
  const body = xml.slice(m.index + m[0].length, end);
  const n = (body.match(new RegExp(`<${m[1]}${child}[\\s/>]`, "g")) ?? []).length;
  const attrs = /\bcount="\d*"/.test(m[2])
    ? m[2].replace(/\bcount="\d*"/, `count="${n}"`)
    : `${m[2]} count="${n}"`;
  return xml.slice(0, m.index) + `<${m[1]}${parent}${attrs}>` + xml.slice(m.index + m[0].length);
}

/** Inserts `block` right after the start tag of the root element `root`. */
export function insertAfterStart(xml: string, root: string, block: string): string {
  const m = new RegExp(`<(?:\\w+:)?${root}\\b[^>]*>`).exec(xml)!;
  const at = m.index + m[0].length;
  return xml.slice(0, at) + block + xml.slice(at);
}

/** The block an array formula at (r, c) covers, e.g. "D2:D9" (the cell alone: "D2:D2"). */
export function arrayFormulaRef(r: number, c: number, f: ArrayFormulaInput): string {
  return `${a1(r, c)}:${a1(r + f.array.rows - 1, c + f.array.cols - 1)}`;
}

/**
 * The XML of one cell ("" for an empty value). Text is written inline (t="inlineStr") so the
 * shared strings part, the biggest after the sheet, is copied unchanged.
 */
export function cellXml(
  r: number,
  c: number,
  v: CellInput | undefined,
  format: string | undefined,
  styles: StyleBook,
  date1904: boolean
): string {
  if (v === null || v === undefined || v === "") return "";
  const ref = a1(r, c);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "";
    const s = styles.xf(format);
    return `<c r="${ref}"${s ? ` s="${s}"` : ""}><v>${v}</v></c>`;
  }
  if (typeof v === "string")
    return `<c r="${ref}"${styleAttr(styles, format)} t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
  if (typeof v === "boolean")
    return `<c r="${ref}"${styleAttr(styles, format)} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return "";
    return `<c r="${ref}" s="${styles.xf(format ?? DATE_FORMAT)}"><v>${serialFromDate(v, date1904)}</v></c>`;
  }
  const f = v;
  const text = escapeText(f.formula.replace(/^=/, ""));
  const fx = isArrayFormulaInput(f)
    ? `<f t="array" ref="${escapeAttr(arrayFormulaRef(r, c, f))}">${text}</f>`
    : `<f>${text}</f>`;
  const res = f.result instanceof Date ? serialFromDate(f.result, date1904) : f.result;
  if (res === undefined || res === null)
    return `<c r="${ref}"${styleAttr(styles, format)}>${fx}</c>`;
  if (typeof res === "number")
    return `<c r="${ref}"${styleAttr(styles, format)}>${fx}<v>${res}</v></c>`;
  if (typeof res === "boolean")
    return `<c r="${ref}"${styleAttr(styles, format)} t="b">${fx}<v>${res ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${styleAttr(styles, format)} t="str">${fx}<v>${escapeText(String(res))}</v></c>`;
}

/**
 * Hands out the cell format index `cellXml` gives this value, without rendering it: a writer
 * that renders a part later (streaming) reserves its formats first, so the indices do not
 * depend on the order the parts are written in. Must follow cellXml's rules: nothing for an
 * empty value, a non-finite number or an invalid date; a date without a format takes DATE_FORMAT.
 */
export function reserveStyle(
  v: CellInput | undefined,
  format: string | undefined,
  styles: StyleBook
): void {
  if (v === null || v === undefined || v === "") return;
  if (v instanceof Date) {
    if (!Number.isNaN(v.getTime())) styles.xf(format ?? DATE_FORMAT);
    return;
  }
  if (format === undefined) return; // xf(undefined) is 0 and hands out nothing
  if (typeof v === "number" && !Number.isFinite(v)) return;
  styles.xf(format);
}

function styleAttr(styles: StyleBook, format: string | undefined): string {
  const s = styles.xf(format);
  return s ? ` s="${s}"` : "";
}
