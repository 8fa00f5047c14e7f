/**
 * @jest-environment node
 *
 * End to end tests of `crm value` on the bundled sample and on hand-made lists. Outputs are
 * read back with exceljs (an independent reader); the numbers are checked against the core
 * functions (segmentMany, valueClasses, scoreMany) and the CLV against its formula written out
 * here (margin x sum of r^t / (1 + i)^t).
 */
import * as fs from "fs";
import { segmentMany, SEGMENT_LABELS, type SegmentId } from "../../src/core/segment";
import { valueClasses, VALUE_CLASS_IDS } from "../../src/core/valueClass";
import { scoreMany } from "../../src/core/score";
import { messages } from "../../src/i18n/messages";
import { crmRunner, grid, outputDir, readBack, SAMPLE, writeXlsx } from "./helpers";

const p = outputDir("crm-value-");

const crm = crmRunner();

/** Segment id of a written cell, whatever language the label is in. */
const SEGMENT_OF = new Map<string, SegmentId>();
for (const id of Object.keys(SEGMENT_LABELS) as SegmentId[]) {
  SEGMENT_OF.set(SEGMENT_LABELS[id], id);
  for (const l of ["en", "zh"] as const)
    SEGMENT_OF.set(messages(l).value.pane.segments[id].label, id);
}

const numOrNaN = (v: unknown) => (typeof v === "number" ? v : NaN);

describe("crm value on the bundled sample", () => {
  test("Segment, Value class and CLV columns right of the list, as the core computes them; the list is unchanged", async () => {
    const out = p("sample.value.xlsx");
    const r = await crm("value", SAMPLE, "-o", out, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.written.map((w: { job: string }) => w.job)).toEqual(["segment", "class", "clv"]);

    const input = grid((await readBack(SAMPLE)).worksheets[0]);
    const g = grid((await readBack(out)).worksheets[0]);
    const width = input[0].length;
    const cells = (row: unknown[]) => Array.from({ length: width }, (_, c) => row[c] ?? null);
    for (let row = 0; row < input.length; row++) expect(cells(g[row])).toEqual(cells(input[row]));
    const zh = messages("zh").value.sheet;
    expect(g[0].slice(width, width + 3)).toEqual([zh.segment, zh.valueClass, zh.clv]);
    expect(json.written.map((w: { columns: string[] }) => w.columns[0])).toEqual(["L", "M", "N"]);

    const sales = input.slice(1).map((row) => numOrNaN(row[input[0].indexOf("月销售额")]));
    const margin = input.slice(1).map((row) => numOrNaN(row[input[0].indexOf("毛利")]));
    expect(json.segment.x.header).toBe("月销售额");
    expect(json.segment.y.header).toBe("毛利");
    // Segment: the core's rule on the input's columns (cuts at the medians).
    const seg = segmentMany(Float64Array.from(sales), Float64Array.from(margin), "loyalty");
    const written = g.slice(1).map((row) => SEGMENT_OF.get(String(row[width])));
    expect(written).toEqual(seg.ids);
    expect(json.segment.xCut).toBeCloseTo(seg.xCut, 9);
    for (const q of json.segment.quadrants)
      expect(q.customers).toBe(seg.ids.filter((id) => id === q.id).length);
    // Value classes: sales ranked, top 5%; labels in Chinese.
    const cls = valueClasses(Float64Array.from(sales), {});
    expect(g.slice(1).map((row) => row[width + 1])).toEqual(
      Array.from(cls, (c) => zh.classes[VALUE_CLASS_IDS[c]])
    );
    expect(json.classes.classes[0].customers).toBe(Math.ceil(sales.length * 0.05));
    // CLV: 5 periods, retention 0.8, discount 0.1, written out here.
    const multiple = [1, 2, 3, 4, 5].reduce((s, t) => s + 0.8 ** t / 1.1 ** t, 0);
    g.slice(1).forEach((row, i) =>
      expect(row[width + 2] as number).toBeCloseTo(margin[i] * multiple, 6)
    );
    expect(json.warnings).toEqual([]);
  });

  test("--formulas writes live CRM.* formulas with the values cached; --lang en; text output names the quadrants", async () => {
    const out = p("sample.formulas.xlsx");
    const r = await crm(
      "value",
      SAMPLE,
      "-o",
      out,
      "--formulas",
      "--lang",
      "en",
      "--write",
      "segment,clv"
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Core/);
    expect(r.out).toMatch(/Wrote .*sample\.formulas\.xlsx: L, M on "客户清单"/);
    const wb = await readBack(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell("L1").value).toBe("Segment");
    const l2 = ws.getCell("L2").value as {
      formula: string;
      result: unknown;
      shareType?: string;
      ref?: string;
    };
    expect(l2.formula).toBe('CRM.SEGMENT(H2:H661,I2:I661,"loyalty")');
    expect(l2.shareType).toBe("array");
    expect(l2.ref).toBe("L2:L661");
    const m2 = ws.getCell("M2").value as { formula: string; result: number };
    expect(m2.formula).toBe("CRM.CLV(I2:I661,0.8,0.1,5)");
    // The cached results are the values a values run writes.
    const values = p("sample.values.xlsx");
    expect(
      (await crm("value", SAMPLE, "-o", values, "--lang", "en", "--write", "segment,clv")).code
    ).toBe(0);
    const gv = grid((await readBack(values)).worksheets[0]);
    const gf = grid(wb.worksheets[0]);
    expect(gf.map((row) => row.slice(11, 13))).toEqual(gv.map((row) => row.slice(11, 13)));
  });

  test("--score: the core's score and its tier", async () => {
    const out = p("sample.score.xlsx");
    const r = await crm(
      "value",
      SAMPLE,
      "-o",
      out,
      "--write",
      "score",
      "--score",
      "月销售额:60,毛利:40",
      "--json"
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.score.map((s: { header: string; weight: number }) => [s.header, s.weight])).toEqual(
      [
        ["月销售额", 60],
        ["毛利", 40],
      ]
    );
    const input = grid((await readBack(SAMPLE)).worksheets[0]);
    const g = grid((await readBack(out)).worksheets[0]);
    const n = input.length - 1;
    const v = new Float64Array(n * 2);
    input.slice(1).forEach((row, i) => {
      v[i * 2] = row[7] as number;
      v[i * 2 + 1] = row[8] as number;
    });
    const want = scoreMany(v, n, 2, [60, 40]);
    expect(g[0][11]).toBe(messages("zh").value.sheet.score);
    g.slice(1).forEach((row, i) => expect(row[11] as number).toBeCloseTo(want[i], 9));
    expect(new Set(g.slice(1).map((row) => row[12]))).toEqual(new Set(["A", "B", "C"]));
  });
});

describe("crm value on a messy list", () => {
  const rows = [
    ["Q3 customer values"],
    [],
    ["Customer", "Sales", "Loyalty"],
    ["Alpha", 900, 12],
    ["Beta", 500, 3],
    ["Gamma", 300, 9],
    ["Delta", 100, 1],
    ["Total", 1800, 25],
  ];

  test("the total row is left out (blank results, reported) and --formulas falls back to values", async () => {
    const file = p("messy.xlsx");
    await writeXlsx(file, rows);
    const out = p("messy.value.xlsx");
    const r = await crm("value", file, "-o", out, "--json", "--formulas");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.output_kind).toBe("values");
    const codes = json.warnings.map((w: { code: string }) => w.code);
    expect(codes).toEqual(expect.arrayContaining(["rowsLeftOut", "valuesWithTotals"]));
    expect(json.warnings.find((w: { code: string }) => w.code === "rowsLeftOut").rows).toEqual([8]);
    expect(json.segment.y.header).toBe("Loyalty");
    expect(json.segment.placed).toBe(4);
    const g = grid((await readBack(out)).worksheets[0]);
    expect(g[2][3]).toBe("Segment");
    // Medians of the four customers: sales 400, loyalty 6.
    const seg = segmentMany(
      Float64Array.of(900, 500, 300, 100),
      Float64Array.of(12, 3, 9, 1),
      "loyalty"
    );
    expect(g.slice(3, 7).map((row) => SEGMENT_OF.get(String(row[3])))).toEqual(seg.ids);
    expect(g[7][3] ?? null).toBeNull();
    expect(g[7][4] ?? null).toBeNull();
  });

  test("errors: one line, exit code, nothing written", async () => {
    const file = p("messy2.xlsx");
    await writeXlsx(
      file,
      rows.map((r, i) => (i === 4 ? [...r, "", "kept"] : r))
    );
    const out = p("never.xlsx");
    // Someone's cells right of the list.
    let r = await crm("value", file, "-o", out, "--write", "score", "--score", "Sales,Loyalty");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^crm: error: column D, E right of the list holds non-empty cells.*--replace/
    );
    expect(fs.existsSync(out)).toBe(false);
    // Usage errors exit with 2.
    r = await crm("value", file, "-o", out, "--write", "segment,bogus");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--write.*unknown: bogus/);
    r = await crm("value", file, "-o", out, "--retention", "120%");
    expect(r.code).toBe(2);
    r = await crm("value", file, "-o", out, "--x", "Nope");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--x: no column "Nope"/);
    // No numbers at all.
    const text = p("text.xlsx");
    await writeXlsx(text, [
      ["Customer", "Channel"],
      ["A", "KA"],
      ["B", "CVS"],
    ]);
    r = await crm("value", text, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^crm: error: The list has no column of numbers/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
