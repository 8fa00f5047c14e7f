/**
 * The structure of an .xlsx package (ECMA-376 part 1 and OPC): which part is the workbook,
 * its sheets (name, visibility, part), their tables, the shared strings and the styles'
 * number formats. Only these small parts are read here; cells are streamed by readSheet.ts.
 */
import * as path from "path";
import { attrLocal, kid, kids, parseXml, type XmlNode } from "./xml";
import { ZipError, type ZipReader } from "./zip";

export interface TableInfo {
  name: string;
  /** Table id (unique in the workbook). */
  id: number;
  /** "A1:D10", header and totals rows included. */
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
  part: string;
  /** Id of the sheet's relationship to the table part. */
  rId: string;
}

export interface SheetInfo {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  sheetId: number;
  /** Zip path of the sheet part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
  /** Zip path of the sheet's relationships part (may not exist). */
  relsPart: string;
  tables: TableInfo[];
  /** Relationship types of the sheet (drawing, comments, table ...): none are lost. */
  kind: "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet";
}

export interface StylesInfo {
  /** Number format id of each cell format (the cell's `s` attribute indexes it). */
  xfNumFmt: number[];
  /** Custom number format codes by id. */
  codes: Map<number, string>;
}

export interface XlsxPackage {
  zip: ZipReader;
  workbookPart: string;
  workbookRelsPart: string;
  stylesPart?: string;
  sharedStringsPart?: string;
  sheets: SheetInfo[];
  /** Dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
  styles: StylesInfo;
}

export const REL_TYPE = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
};

export interface Relationship {
  id: string;
  type: string;
  /** Resolved zip path (external targets keep their URL). */
  target: string;
  external: boolean;
}

/** The relationships part of `part` ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"). */
export function relsPathOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === "." ? "" : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** Resolves a relationship target relative to the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target));
}

/** Reads the relationships of `part` ([] when it has none). */
export async function readRels(zip: ZipReader, part: string): Promise<Relationship[]> {
  const relsPart = relsPathOf(part);
  if (!zip.has(relsPart)) return [];
  const root = parseXml(await zip.readText(relsPart));
  return kids(root, "Relationship").map((r) => {
    const external = r.attrs.TargetMode === "External";
    return {
      id: r.attrs.Id,
      type: r.attrs.Type,
      target: external ? r.attrs.Target : resolveTarget(part, r.attrs.Target),
      external,
    };
  });
}

/**
 * Reads the package's structure. The file must already be known to be a zip.
 * @throws {ZipError} "damaged" when a required part is missing or malformed.
 */
export async function readPackage(zip: ZipReader): Promise<XlsxPackage> {
  const file = zip.file;
  const bad = (what: string) =>
    new ZipError("damaged", `${file} is not a readable .xlsx workbook: ${what}`);
  let root: XmlNode;
  const rootRels = await readRels(zip, "").catch(() => [] as Relationship[]);
  const office = rootRels.find((r) => r.type === REL_TYPE.officeDocument);
  const workbookPart =
    office?.target ?? (zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined);
  if (!workbookPart || !zip.has(workbookPart))
    throw bad("it holds no workbook part (is it a Word or PowerPoint file, or another zip?)");
  try {
    root = parseXml(await zip.readText(workbookPart));
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw bad(`its workbook part is malformed (${(e as Error).message.split("\n")[0]})`);
  }
  const rels = await readRels(zip, workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const date1904 = ["1", "true"].includes(kid(root, "workbookPr")?.attrs.date1904 ?? "");
  const sheets: SheetInfo[] = [];
  for (const s of kids(kid(root, "sheets"), "sheet")) {
    const rel = relById.get(attrLocal(s, "id") ?? "");
    if (!rel || rel.external) continue;
    const kind = /chartsheet$/.test(rel.type)
      ? "chartsheet"
      : /dialogsheet$/.test(rel.type)
        ? "dialogsheet"
        : /macrosheet$/.test(rel.type)
          ? "macrosheet"
          : "worksheet";
    const state =
      s.attrs.state === "hidden" || s.attrs.state === "veryHidden" ? s.attrs.state : "visible";
    const info: SheetInfo = {
      name: s.attrs.name,
      state,
      sheetId: Number(s.attrs.sheetId) || 0,
      part: rel.target,
      relsPart: relsPathOf(rel.target),
      tables: [],
      kind,
    };
    if (kind === "worksheet" && zip.has(rel.target)) {
      for (const tr of (await readRels(zip, rel.target)).filter(
        (r) => r.type === REL_TYPE.table && !r.external && zip.has(r.target)
      )) {
        const t = parseXml(await zip.readText(tr.target));
        info.tables.push({
          name: t.attrs.displayName ?? t.attrs.name,
          id: Number(t.attrs.id) || 0,
          ref: t.attrs.ref,
          headerRowCount: t.attrs.headerRowCount === undefined ? 1 : Number(t.attrs.headerRowCount),
          totalsRowCount: Number(t.attrs.totalsRowCount ?? 0) || 0,
          part: tr.target,
          rId: tr.id,
        });
      }
    }
    sheets.push(info);
  }
  const stylesPart = rels.find((r) => r.type === REL_TYPE.styles)?.target;
  const sharedStringsPart = rels.find((r) => r.type === REL_TYPE.sharedStrings)?.target;
  const styles =
    stylesPart && zip.has(stylesPart)
      ? readStyles(parseXml(await zip.readText(stylesPart)))
      : { xfNumFmt: [], codes: new Map<number, string>() };
  return {
    zip,
    workbookPart,
    workbookRelsPart: relsPathOf(workbookPart),
    stylesPart: stylesPart && zip.has(stylesPart) ? stylesPart : undefined,
    sharedStringsPart:
      sharedStringsPart && zip.has(sharedStringsPart) ? sharedStringsPart : undefined,
    sheets,
    date1904,
    styles,
  };
}

function readStyles(root: XmlNode): StylesInfo {
  const codes = new Map<number, string>();
  for (const f of kids(kid(root, "numFmts"), "numFmt"))
    codes.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? "");
  const xfNumFmt = kids(kid(root, "cellXfs"), "xf").map((x) => Number(x.attrs.numFmtId ?? 0));
  return { xfNumFmt, codes };
}
