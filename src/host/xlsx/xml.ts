/**
 * XML helpers of the package layer. Small parts (workbook, relationships, content types,
 * styles, tables) are parsed into a plain tree with saxes, a conforming streaming parser
 * (already installed with exceljs). The big parts (a sheet's cells, the shared strings) are
 * scanned with the narrow string functions below instead: saxes parses a 43 MB sheet part in
 * ~5.8 s on the dev machine, the scanner in ~0.5 s, and the command's whole budget is ~3 s.
 */
import { SaxesParser } from "saxes";

export interface XmlNode {
  /** Local name (without namespace prefix). */
  name: string;
  /** Attributes by qualified name as written (e.g. "r:id"). */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text directly inside the element. */
  text: string;
}

/** Parses a small XML part into a tree. @throws {Error} On malformed XML. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlNode = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.on("opentag", (t) => {
    const node: XmlNode = {
      name: t.name.replace(/^[^:]*:/, ""),
      attrs: t.attributes as Record<string, string>,
      children: [],
      text: "",
    };
    stack[stack.length - 1].children.push(node);
    if (!t.isSelfClosing) stack.push(node);
  });
  parser.on("closetag", (t) => {
    if (!t.isSelfClosing) stack.pop();
  });
  parser.on("text", (s) => (stack[stack.length - 1].text += s));
  parser.on("cdata", (s) => (stack[stack.length - 1].text += s));
  parser.write(xml).close();
  const doc = root.children[0];
  if (!doc) throw new Error("empty XML part");
  return doc;
}

/** Children of `node` named `name` (local name). */
export function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** The first child named `name`. */
export function kid(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** An attribute by local name, whatever its prefix (e.g. "id" finds "r:id"). */
export function attrLocal(node: XmlNode, local: string): string | undefined {
  if (local in node.attrs) return node.attrs[local];
  for (const [k, v] of Object.entries(node.attrs)) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes XML entities and character references of text or an attribute value. */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1)));
    return ENTITY[e] ?? m;
  });
}

/** Decodes OOXML's `_xHHHH_` escapes of characters XML cannot hold (ECMA-376 22.9.2.19). */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// Characters XML 1.0 cannot hold at all (control characters but tab, newline and CR).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text made safe for element content. */
export function escapeText(s: string): string {
  return s
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Text made safe for a double-quoted attribute value. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
}

/**
 * The value of attribute `name` in the text of a start tag's attributes (fast path for the
 * sheet scanner: no regex per cell). Undefined when absent.
 */
export function attrOf(attrs: string, name: string): string | undefined {
  let i = -1;
  for (;;) {
    i = attrs.indexOf(`${name}=`, i + 1);
    if (i < 0) return undefined;
    // a whole attribute name: preceded by whitespace (or nothing)
    if (i === 0 || /\s/.test(attrs[i - 1])) break;
  }
  const q = attrs[i + name.length + 1];
  const start = i + name.length + 2;
  const end = attrs.indexOf(q, start);
  return end < 0 ? undefined : attrs.slice(start, end);
}

/** Namespace of the relationships' attributes (r:id). */
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
