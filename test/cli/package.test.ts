/**
 * "Nothing lost" (issue 11 item 6): `crm tier` and `crm plan` write the input package plus what
 * they add. Every part of the input is compared with the output's: untouched parts byte for
 * byte, changed parts element by element (every element they had is still there). The package
 * is read with jszip and saxes here, independently of the writer under test.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { featureSales, FEATURE_ROWS, TABLE_NAME, writeFeatureWorkbook } from "./featureWorkbook";
import { crmRunner, libreOfficeCsv, outputDir, readBack } from "./helpers";

const p = outputDir("crm-pkg-");

const crm = crmRunner();

/** Every part of a package, inflated. */
async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

/**
 * The elements of an XML part as comparable strings (name, attributes, own text), counted.
 * Attributes that legitimately change when cells or parts are added are left out: a row's
 * `spans` hint, the element counts, the used-range `ref` of <dimension>.
 */
function elements(xml: string): Map<string, number> {
  const out = new Map<string, number>();
  const parser = new SaxesParser();
  const stack: { sig: string; text: string }[] = [];
  parser.on("opentag", (t) => {
    const attrs = Object.entries(t.attributes as Record<string, string>)
      .filter(([k]) => k !== "spans" && k !== "count" && !(t.name === "dimension" && k === "ref"))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join(" ");
    stack.push({ sig: `${t.name} ${attrs}`, text: "" });
  });
  parser.on("text", (s) => {
    if (stack.length) stack[stack.length - 1].text += s;
  });
  parser.on("closetag", () => {
    const e = stack.pop()!;
    const key = `${e.sig} | ${e.text.trim()}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  });
  parser.write(xml).close();
  return out;
}

/** Compares packages; returns the names of the parts that changed. */
async function expectNothingLost(input: string, output: string): Promise<string[]> {
  const before = await parts(input);
  const after = await parts(output);
  const changed: string[] = [];
  for (const [name, bytes] of before) {
    const now = after.get(name);
    expect({ part: name, present: now !== undefined }).toEqual({ part: name, present: true });
    if (!now || now.equals(bytes)) continue;
    changed.push(name);
    expect(name).toMatch(/\.(xml|rels)$/);
    const had = elements(bytes.toString("utf8"));
    const has = elements(now.toString("utf8"));
    const missing = [...had].filter(([k, n]) => (has.get(k) ?? 0) < n).map(([k]) => k);
    expect({ part: name, missing }).toEqual({ part: name, missing: [] });
  }
  return changed.sort();
}

beforeAll(async () => {
  await writeFeatureWorkbook(p("features.xlsx"));
}, 60_000);

describe("nothing lost", () => {
  test("crm tier: every part of the input is in the output; only the parts we add to change", async () => {
    const input = p("features.xlsx");
    const before = fs.readFileSync(input);
    const r = await crm("tier", input, "-o", p("features.tiered.xlsx"), "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const changed = await expectNothingLost(input, p("features.tiered.xlsx"));
    // The list sheet (Tier column, its rules), the workbook (summary sheet), its
    // relationships, the content types and the styles (number formats, tier fills).
    expect(changed).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ].sort()
    );
    // Untouched and still there: the chart, the image, the comments, the table's own part.
    const after = await parts(p("features.tiered.xlsx"));
    for (const name of ["xl/charts/chart1.xml", "xl/media/image1.png", "xl/comments1.xml"])
      expect(after.has(name)).toBe(true);

    // Read back by exceljs: the features the user sees.
    const wb = await readBack(p("features.tiered.xlsx"));
    const ws = wb.getWorksheet("客户")!;
    const tierCol = 5; // E: right of the four list columns
    expect(ws.getCell(1, tierCol).value).toBe("等级");
    const sales = featureSales();
    const tiers = sales.map((_, i) => ws.getCell(i + 2, tierCol).value);
    expect(new Set(tiers)).toEqual(new Set(["A", "B", "C"]));
    // The top sales customer is A, the bottom one C.
    expect(tiers[sales.indexOf(Math.max(...sales))]).toBe("A");
    expect(tiers[sales.indexOf(Math.min(...sales))]).toBe("C");
    expect(ws.getCell("A2").note).toBe("重点客户，月底回访");
    expect(ws.getCell("D2").hyperlink).toBe("https://example.com/c/1");
    expect(ws.getRow(6).hidden).toBe(true);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect((ws.getCell("A1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF1F4E79");
    expect(ws.getCell("B2").dataValidation?.formulae).toEqual(['"锦江区,青羊区,金牛区"']);
    expect(ws.autoFilter).toBe("A1:D21");
    expect(wb.definedNames.getRanges("销售区").ranges).toEqual(["'客户'!$C$2:$C$21"]);
    const table = wb.getWorksheet("表")!;
    expect(Object.keys((table as unknown as { tables: object }).tables)).toEqual([TABLE_NAME]);
    expect((table.getCell("D1").value as ExcelJS.CellFormulaValue).formula).toBe(
      `SUM(${TABLE_NAME}[金额])`
    );
    expect(wb.getWorksheet("备注")!.state).toBe("hidden");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["客户", "表", "备注", "分级汇总"]);
    expect(FEATURE_ROWS).toBe(sales.length);
  });

  test("crm plan: the same guarantee with the plan sheets added", async () => {
    const input = p("features.xlsx");
    const r = await crm("plan", input, "-o", p("features.plan.xlsx"), "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const changed = await expectNothingLost(input, p("features.plan.xlsx"));
    // The list sheet itself is not written by the plan: it stays byte for byte.
    expect(changed).not.toContain("xl/worksheets/sheet1.xml");
    expect(changed).toContain("xl/workbook.xml");
    const json = JSON.parse(r.out);
    const wb = await readBack(p("features.plan.xlsx"));
    expect(wb.getWorksheet(json.planSheet)).toBeDefined();
  });

  test("LibreOffice opens the tiered feature workbook", async () => {
    expect((await crm("tier", p("features.xlsx"), "-o", p("features.lo.xlsx"))).code).toBe(0);
    // Filter options 44,34,76: comma, double quote, UTF-8.
    const csv = libreOfficeCsv(
      p("features.lo.xlsx"),
      p.dir,
      "csv:Text - txt - csv (StarCalc):44,34,76"
    );
    expect(csv[0].split(",")).toEqual(["客户名称", "区域", "销售额", "网址", "等级"]);
    expect(csv.length).toBe(FEATURE_ROWS + 1);
    expect(csv.slice(1).every((l) => /,[ABC]$/.test(l))).toBe(true);
  }, 150_000);
});
