/**
 * Hostile files and interrupts (issue 11 item 7): packages whose parts would inflate beyond
 * the limits are refused from their declared sizes before anything is inflated, a part that
 * inflates beyond what it declares is stopped while streaming, and an interrupted write leaves
 * no temporary file. Every message names the user's file.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { loadWorkbook, WorkbookFileError } from "../../src/host/xlsx";
import { ZIP_LIMITS } from "../../src/host/xlsx/zip";
import { buildCli, CRM_BIN, crmRunner, outputDir, writeXlsx } from "./helpers";
import { writeBigWorkbook } from "../../bench/bigWorkbook";

const p = outputDir("crm-limits-");

const crm = crmRunner(null);

/**
 * Rewrites the sizes the zip's central directory declares for `part` (what a hostile file
 * can do freely: the directory is not checked against the data by the format).
 */
function declare(zip: Buffer, part: string, sizes: { size?: number; compressed?: number }): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 < out.length; i++) {
    if (out.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLen = out.readUInt16LE(i + 28);
    if (out.toString("utf8", i + 46, i + 46 + nameLen) !== part) continue;
    if (sizes.compressed !== undefined) out.writeUInt32LE(sizes.compressed, i + 20);
    if (sizes.size !== undefined) out.writeUInt32LE(sizes.size, i + 24);
    return out;
  }
  throw new Error(`no central directory entry for ${part}`);
}

/** A real workbook's bytes with `part` replaced by `content` (deflated by jszip). */
async function withPart(file: string, part: string, content: Buffer | string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  zip.file(part, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function expectRefused(file: string, message: RegExp) {
  const t0 = Date.now();
  const e = await loadWorkbook(file).then(
    () => null,
    (x: unknown) => x
  );
  expect(e).toBeInstanceOf(WorkbookFileError);
  expect((e as WorkbookFileError).message).toMatch(message);
  expect((e as WorkbookFileError).message).toContain(path.basename(file));
  // The command says the same in one line, exits 1 and writes nothing.
  const out = p(`${path.basename(file)}.out.xlsx`);
  const r = await crm("tier", file, "-o", out);
  expect(r.code).toBe(1);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(fs.existsSync(out)).toBe(false);
  return Date.now() - t0;
}

beforeAll(async () => {
  await writeXlsx(p("list.xlsx"), [
    ["Customer", "Sales"],
    ["Ann", 10],
    ["Bob", 20],
  ]);
});

describe("zip bombs are refused before inflating", () => {
  test("a part that would inflate over 200 times its compressed size (zeros)", async () => {
    const zeros = Buffer.alloc(40 * 1024 * 1024, 0x20); // 40 MB of spaces deflate ~1000:1
    fs.writeFileSync(
      p("bomb.xlsx"),
      await withPart(p("list.xlsx"), "xl/worksheets/sheet1.xml", zeros)
    );
    await expectRefused(
      p("bomb.xlsx"),
      /bomb\.xlsx is refused: its part xl\/worksheets\/sheet1\.xml would inflate \d+ times .* as a zip bomb does/
    );
  });

  test("a part declaring more than the part limit", async () => {
    const bytes = declare(fs.readFileSync(p("list.xlsx")), "xl/worksheets/sheet1.xml", {
      size: ZIP_LIMITS.maxPartBytes + 1,
      compressed: 20 * 1024 * 1024,
    });
    fs.writeFileSync(p("huge.xlsx"), bytes);
    await expectRefused(
      p("huge.xlsx"),
      /huge\.xlsx is refused: its part xl\/worksheets\/sheet1\.xml would inflate to 256 MB, more than the 256 MB per part/
    );
  });

  test("parts declaring more than the total limit together", async () => {
    let bytes: Buffer = fs.readFileSync(p("list.xlsx"));
    const each = Math.floor(ZIP_LIMITS.maxPartBytes * 0.9);
    for (const part of [
      "xl/worksheets/sheet1.xml",
      "xl/styles.xml",
      "xl/theme/theme1.xml",
      "xl/workbook.xml",
      "[Content_Types].xml",
    ])
      bytes = declare(bytes, part, { size: each, compressed: Math.ceil(each / 50) });
    fs.writeFileSync(p("total.xlsx"), bytes);
    await expectRefused(
      p("total.xlsx"),
      /total\.xlsx is refused: its parts would inflate to more than 1024 MB/
    );
  });

  test("a part inflating beyond the size it declares is stopped while streaming", async () => {
    const big = Buffer.from(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${"<row/>".repeat(2_000_000)}</sheetData></worksheet>`
    );
    const zipped = await withPart(p("list.xlsx"), "xl/worksheets/sheet1.xml", big);
    // Declares 1 MB (ratio and limits fine); the data holds 12 MB.
    fs.writeFileSync(
      p("liar.xlsx"),
      declare(zipped, "xl/worksheets/sheet1.xml", { size: 1024 * 1024 })
    );
    await expectRefused(
      p("liar.xlsx"),
      /liar\.xlsx is refused: its part xl\/worksheets\/sheet1\.xml inflates beyond the size it declares/
    );
  });
});

describe("messages about the user's file", () => {
  test("random bytes are neither a workbook nor text", async () => {
    const bytes = Buffer.alloc(600);
    let seed = 3;
    for (let i = 0; i < bytes.length; i++)
      bytes[i] = ((seed = (seed * 1103515245 + 12345) % 2147483648) >> 16) & 255;
    bytes[0] = 0x41; // not a zip, not a known format
    fs.writeFileSync(p("random.xlsx"), bytes);
    const r = await crm("tier", p("random.xlsx"), "-o", p("random.out.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /random\.xlsx is not an \.xlsx workbook: its content is neither a workbook nor text/
    );
    fs.writeFileSync(p("notes.xlsx"), "客户,销售额\n甲,10\n");
    expect((await crm("tier", p("notes.xlsx"), "-o", p("notes.out.xlsx"))).err).toMatch(
      /notes\.xlsx is not an \.xlsx workbook: it is a text file/
    );
  });

  test("a zip that is not a workbook, and a workbook cut short", async () => {
    const other = new JSZip();
    other.file("word/document.xml", "<w:document/>");
    fs.writeFileSync(p("letter.xlsx"), await other.generateAsync({ type: "nodebuffer" }));
    expect((await crm("tier", p("letter.xlsx"), "-o", p("letter.out.xlsx"))).err).toMatch(
      /letter\.xlsx could not be read as an \.xlsx workbook \(it holds no workbook part/
    );
    const whole = fs.readFileSync(p("list.xlsx"));
    fs.writeFileSync(p("cut.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await crm("tier", p("cut.xlsx"), "-o", p("cut.out.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /cut\.xlsx could not be read as an \.xlsx workbook \(its zip directory is missing/
    );
  });
});

describe("interrupts leave no temporary file", () => {
  // The real command, compiled as `npm install` does.
  beforeAll(buildCli, 240_000);

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    test(`${signal} during the write: the temporary file is removed, exit code 128 + signal`, async () => {
      const work = p(`sig-${signal}`);
      fs.mkdirSync(work);
      const input = p("sig-input.xlsx");
      if (!fs.existsSync(input)) await writeBigWorkbook(input, 30_000);
      const out = path.join(work, "out.xlsx");
      const child = spawn(process.execPath, [CRM_BIN, "tier", input, "-o", out], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let err = "";
      child.stderr.on("data", (d) => (err += d));
      const exit = new Promise<number | null>((resolve) =>
        child.on("exit", (code) => resolve(code))
      );
      // Wait for the temporary file of the write, then interrupt.
      let seen = "";
      for (let i = 0; i < 6000 && !seen; i++) {
        seen = fs.readdirSync(work).find((f) => f.endsWith(".tmp")) ?? "";
        if (!seen) await new Promise((r) => setTimeout(r, 5));
      }
      expect(seen).toMatch(/^\.out\.xlsx\.\d+\.\d+\.tmp$/);
      child.kill(signal);
      const code = await exit;
      expect(code).toBe({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[signal]);
      expect(err).toMatch(new RegExp(`crm: interrupted \\(${signal}\\): nothing was written`));
      expect(fs.readdirSync(work)).toEqual([]);
    }, 120_000);
  }
});
