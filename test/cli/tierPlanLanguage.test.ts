/**
 * @jest-environment node
 *
 * `crm tier`, `crm plan`, `crm value`, `crm churn`, `crm history` and `crm compliance` speak the
 * list's language (or --lang's) in everything they print:
 * what they read and wrote, the notes on the list, the re-plan's report and their errors. A
 * message left in English in the Chinese catalogue (or the reverse) fails here.
 */
import * as fs from "fs";
import * as path from "path";
import { crmRunner, MESSY, outputDir, SAMPLE, SAMPLE_EN, writeXlsx } from "./helpers";

const out = outputDir("crm-tierplan-lang-");
const crm = crmRunner();

const CJK = /[\u4e00-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/**
 * The words of what a command printed: paths (and time zones), quoted names ("Sheet1",
 * “客户清单”), option names (--weeks), the log's codes (UNKNOWN_CUSTOMER) and the product names
 * Excel, CSV and =CRM.TIER, file names (李娜.ics) taken out.
 */
function words(text: string): string {
  return text
    .replace(/^crm: error: /gm, "")
    .replace(/\S*\/\S*/g, "")
    .replace(/[^\s“”、：]+\.(ics|xlsx|csv)\b/g, "")
    .replace(/"[^"\n]*"|“[^”\n]*”/g, "")
    .replace(/--[a-z-]+/g, "")
    .replace(/\b[A-Z][A-Z_]{2,}\b/g, "")
    .replace(/\b(Excel|CSV|CRM\.TIER)\b/g, "");
}

/** The first line of `text` holding a Latin word (Chinese expected), or null. */
const latinLine = (text: string) =>
  words(text)
    .split("\n")
    .find((l) => LATIN_WORD.test(l)) ?? null;
/** The first line of `text` holding a Chinese character (English expected), or null. */
const cjkLine = (text: string) =>
  words(text)
    .split("\n")
    .find((l) => CJK.test(l)) ?? null;

/** A small Chinese list: opening hours (one unreadable), a rep, sales. */
async function chineseList(): Promise<string> {
  const file = out("客户.xlsx");
  const rows: unknown[][] = [["客户名称", "业务员", "月销售额", "营业时间", "电话"]];
  for (let i = 1; i <= 8; i++)
    rows.push([
      `门店${i}`,
      i % 2 ? "李娜" : "周杰",
      1000 * i,
      i === 3 ? "看情况" : "08:00-20:00",
      `1380000000${i}`,
    ]);
  rows.push(["合计", "", 36000, "", ""]);
  await writeXlsx(file, rows, undefined, "客户清单");
  return file;
}

/** The same list in English. */
async function englishList(): Promise<string> {
  const file = out("customers.xlsx");
  const rows: unknown[][] = [["Customer", "Rep", "Monthly sales", "Opening hours", "Phone"]];
  for (let i = 1; i <= 8; i++)
    rows.push([
      `Shop ${i}`,
      i % 2 ? "Ann" : "Bob",
      1000 * i,
      i === 3 ? "ask" : "08:00-20:00",
      `1380000000${i}`,
    ]);
  rows.push(["Total", "", 36000, "", ""]);
  await writeXlsx(file, rows, undefined, "Customers");
  return file;
}

/** Everything a run printed, stdout and stderr. */
async function said(...argv: string[]): Promise<string> {
  const r = await crm(...argv);
  return r.out + r.err;
}

describe("crm tier and crm plan in the list's language", () => {
  test("Chinese: what they read and wrote, the notes, the re-plan, the errors", async () => {
    const list = await chineseList();
    const log = out("记录.csv");
    fs.writeFileSync(log, "业务员,客户,日期\n李娜,门店1,2025-11-03\n李娜,不存在的店,2025-11-03\n");
    const texts = [
      await said("tier", SAMPLE, "-o", out("t1.xlsx")),
      await said("tier", path.join(MESSY, "money-text-zh.csv"), "-o", out("t2.xlsx")),
      await said("tier", path.join(MESSY, "subtotals-zh.xlsx"), "--formulas", "-o", out("t3.xlsx")),
      await said(
        "plan",
        list,
        "--start",
        "2025-11-03",
        "--weeks",
        "1",
        "--capacity",
        "1",
        "--done",
        log,
        "--from",
        "2025-11-04",
        "--ics",
        out("ics"),
        "--time-zone",
        "Asia/Shanghai",
        "-o",
        out("p1.xlsx")
      ),
      await said(
        "plan",
        path.join(MESSY, "money-text-zh.csv"),
        "--weeks",
        "1",
        "-o",
        out("p2.xlsx")
      ),
      // Errors after the list is read: in its language.
      await said("plan", list, "--tier", "业务员", "-o", out("e1.xlsx")),
      await said("plan", list, "--sales", "不存在", "-o", out("e2.xlsx")),
      await said("tier", list, "--group", "不存在", "-o", out("e3.xlsx")),
      // Option errors before anything is read: in --lang's.
      await said("plan", list, "--weeks", "0", "--lang", "zh", "-o", out("e4.xlsx")),
      await said("plan", list, "--from", "2025-11-04", "--lang", "zh", "-o", out("e5.xlsx")),
      await said("tier", list, "--cuts", "x", "--lang", "zh", "-o", out("e6.xlsx")),
      await said(
        "plan",
        list,
        "--start",
        "2025-11-03",
        "--from",
        "2026-01-05",
        "--lang",
        "zh",
        "-o",
        out("e7.xlsx")
      ),
    ];
    for (const t of texts) {
      expect(t).toMatch(CJK);
      expect({ text: t, latin: latinLine(t) }).toEqual({ text: t, latin: null });
    }
    // The lines that carry the figures are there (not an error in place of the run).
    expect(texts[3]).toMatch(/重新计划/);
    expect(texts[3]).toMatch(/日历/);
    expect(texts[0]).toMatch(/已写入/);
  }, 240_000);

  test("English: the same runs on English lists, and --lang en on a Chinese one", async () => {
    const list = await englishList();
    const zh = await chineseList();
    const log = out("log.csv");
    fs.writeFileSync(log, "Rep,Customer,Date\nAnn,Shop 1,2025-11-03\nAnn,Nobody,2025-11-03\n");
    const texts = [
      await said("tier", SAMPLE_EN, "-o", out("t1en.xlsx")),
      await said("tier", path.join(MESSY, "blank-rows-en.csv"), "-o", out("t2en.xlsx")),
      await said(
        "plan",
        list,
        "--start",
        "2025-11-03",
        "--weeks",
        "1",
        "--capacity",
        "1",
        "--done",
        log,
        "--from",
        "2025-11-04",
        "--ics",
        out("ics-en"),
        "--time-zone",
        "Asia/Shanghai",
        "-o",
        out("p1en.xlsx")
      ),
      await said("plan", list, "--tier", "Rep", "-o", out("e1en.xlsx")),
      await said("plan", zh, "--tier", "业务员", "--lang", "en", "-o", out("e2en.xlsx")),
      await said("plan", zh, "--sales", "不存在", "--lang", "en", "-o", out("e3en.xlsx")),
      await said("plan", zh, "--weeks", "0", "-o", out("e4en.xlsx")),
    ];
    for (const t of texts) {
      expect(t).toMatch(LATIN_WORD);
      expect({ text: t, cjk: cjkLine(t) }).toEqual({ text: t, cjk: null });
    }
    expect(texts[2]).toMatch(/^Re-plan from 2025-11-04/m);
  }, 240_000);
});

describe("crm value, churn, history and compliance in the list's language", () => {
  /** A one-week plan of `list` and its compliance against `log` (written by `logText`). */
  async function compliance(list: string, log: string, tag: string, ...extra: string[]) {
    const plan = out(`plan-${tag}.xlsx`);
    await crm("plan", list, "--start", "2025-11-03", "--weeks", "1", "-o", plan);
    return said(
      "compliance",
      plan,
      log,
      "--as-of",
      "2025-11-07",
      "-o",
      out(`c-${tag}.xlsx`),
      ...extra
    );
  }

  test("Chinese: what they read and wrote, and their errors", async () => {
    const list = await chineseList();
    const log = out("拜访.csv");
    fs.writeFileSync(
      log,
      "业务员,客户,日期\n李娜,门店1,2025-11-03\n李娜,门店1,2025-11-03\n李娜,门店,2025-11-04\n周杰,门店2,2025-12-20\n"
    );
    const texts = [
      await said("value", SAMPLE, "-o", out("v1.xlsx")),
      // --json: its warnings (the one numeric column, the total row left out).
      (
        JSON.parse((await crm("value", list, "--json", "-o", out("v2.xlsx"))).out) as {
          warnings: Array<{ message: string }>;
        }
      ).warnings
        .map((w) => w.message)
        .join("\n"),
      await said("churn", SAMPLE, "-o", out("c1.xlsx")),
      await said("history", SAMPLE, "-o", out("h1.xlsx")),
      await compliance(list, log, "zh"),
      // Errors after the list is read: in its language.
      await said("churn", SAMPLE, "--periods", "zz", "-o", out("ce1.xlsx")),
      await said(
        "value",
        SAMPLE,
        "--write",
        "segment",
        "--x",
        "毛利",
        "--y",
        "毛利",
        "-o",
        out("ve1.xlsx")
      ),
      await said("value", list, "--write", "clv", "--margin", "none", "-o", out("ve2.xlsx")),
      await said(
        "history",
        SAMPLE,
        "--customer",
        "订单日期",
        "--date",
        "订单日期",
        "-o",
        out("he1.xlsx")
      ),
      // Option errors before anything is read: in --lang's.
      await said("value", list, "--write", "foo", "--lang", "zh", "-o", out("ve3.xlsx")),
      await said("value", list, "--write", "score", "--lang", "zh", "-o", out("ve4.xlsx")),
      await compliance(list, log, "zh2", "--sheet", "没有", "--lang", "zh"),
    ];
    for (const t of texts) {
      expect(t).toMatch(CJK);
      expect({ text: t, latin: latinLine(t) }).toEqual({ text: t, latin: null });
    }
    expect(texts[0]).toMatch(/^已写入 /m);
    expect(texts[2]).toMatch(/^已写入 /m);
    expect(texts[3]).toMatch(/订单表/);
    expect(texts[4]).toMatch(/合计/);
  }, 240_000);

  test("English: the same runs on English lists, and --lang en on a Chinese one", async () => {
    const list = await englishList();
    const zh = await chineseList();
    const log = out("visits.csv");
    fs.writeFileSync(
      log,
      "Rep,Customer,Date\nAnn,Shop 1,2025-11-03\nAnn,Shop 1,2025-11-03\nAnn,Shop,2025-11-04\nBob,Shop 2,2025-12-20\n"
    );
    const texts = [
      await said("value", SAMPLE_EN, "-o", out("v1en.xlsx")),
      await said("churn", SAMPLE_EN, "-o", out("c1en.xlsx")),
      await said("history", SAMPLE_EN, "-o", out("h1en.xlsx")),
      await compliance(list, log, "en"),
      await said("churn", SAMPLE_EN, "--periods", "zz", "-o", out("ce1en.xlsx")),
      await said(
        "value",
        zh,
        "--write",
        "clv",
        "--margin",
        "none",
        "--lang",
        "en",
        "-o",
        out("ve2en.xlsx")
      ),
      await said("value", zh, "--write", "foo", "-o", out("ve3en.xlsx")),
    ];
    for (const t of texts) {
      expect(t).toMatch(LATIN_WORD);
      expect({ text: t, cjk: cjkLine(t) }).toEqual({ text: t, cjk: null });
    }
    expect(texts[3]).toMatch(/^Visit compliance of/m);
  }, 240_000);
});
