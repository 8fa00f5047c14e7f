/**
 * A workbook holding every feature a user's file may have that "nothing lost" (issue 11 item 6)
 * must keep: a chart, an image, comments, data validation, hyperlinks, an autofilter, hidden
 * rows, fonts and fills, defined names, conditional formats, a frozen pane, a hidden sheet and an
 * Excel table with a Chinese name referred to by a structured reference.
 *
 * Built with exceljs (independent of our writer), then a native chart is added with jszip the
 * way Excel stores one (a chart part, referenced from the sheet's drawing), since exceljs
 * cannot write charts.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A 2x2 red PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==",
  "base64"
);

export const FEATURE_ROWS = 20;
export const TABLE_NAME = "客户表1";

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>销售额</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'客户'!$A$2:$A$21</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'客户'!$C$2:$C$21</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const CHART_ANCHOR = `<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>28</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="99" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

/** Sales of the list's rows (row i+2 of the sheet). */
export function featureSales(): number[] {
  return Array.from({ length: FEATURE_ROWS }, (_, i) => ((i * 37) % 23) * 100 + 50 + i);
}

/** Writes the feature workbook to `file`. */
export async function writeFeatureWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("客户", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(["客户名称", "区域", "销售额", "网址"]);
  const sales = featureSales();
  const areas = ["锦江区", "青羊区", "金牛区"];
  sales.forEach((v, i) => {
    ws.addRow([
      `客户${i + 1}`,
      areas[i % 3],
      v,
      { text: `site${i + 1}`, hyperlink: `https://example.com/c/${i + 1}` },
    ]);
  });
  ws.getRow(1).font = { bold: true, color: { argb: "FFFFFFFF" }, name: "SimHei" };
  ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
  ws.getCell("C3").font = { italic: true, color: { argb: "FFC00000" } };
  ws.getCell("A2").note = "重点客户，月底回访";
  ws.getRow(6).hidden = true;
  ws.autoFilter = "A1:D21";
  for (let r = 2; r <= FEATURE_ROWS + 1; r++)
    ws.getCell(`B${r}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"锦江区,青羊区,金牛区"'],
    };
  ws.addConditionalFormatting({
    ref: "C2:C21",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        priority: 1,
        formulae: ["2000"],
        style: { font: { bold: true } },
      },
    ],
  });
  ws.getColumn(1).width = 14;
  ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "H2:J8");
  wb.definedNames.add("'客户'!$C$2:$C$21", "销售区");

  const t = wb.addWorksheet("表");
  t.addTable({
    name: "Placeholder1",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "客户" }, { name: "金额" }],
    rows: [
      ["甲", 10],
      ["乙", 32],
    ],
  });
  t.getCell("D1").value = { formula: `SUM(${TABLE_NAME}[金额])`, result: 42 };
  const hidden = wb.addWorksheet("备注", { state: "hidden" });
  hidden.getCell("A1").value = "内部备注";
  await wb.xlsx.writeFile(file);

  // The table gets its Chinese name and the list sheet a chart, as Excel writes them.
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/.*\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/"Placeholder1"/g, `"${TABLE_NAME}"`));
  }
  const drawing = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
  if (!drawing) throw new Error("exceljs wrote no drawing for the image");
  const dxml = await zip.file(drawing)!.async("string");
  zip.file(drawing, dxml.replace(/<\/xdr:wsDr>$/, `${CHART_ANCHOR}</xdr:wsDr>`));
  const relsName = drawing.replace(/drawings\/(drawing\d+\.xml)$/, "drawings/_rels/$1.rels");
  const rels = await zip.file(relsName)!.async("string");
  zip.file(
    relsName,
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'
    )
  );
  zip.file("xl/charts/chart1.xml", CHART_XML);
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    ct.replace(
      "</Types>",
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'
    )
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
