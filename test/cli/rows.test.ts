/**
 * `--include-rows` / `--exclude-rows` (issue 11): the user's correction of the rows the reader
 * left out, on every command that reads a customer list, in the printed lines and in `--json`.
 */
import * as fs from "fs";
import { crmRunner, outputDir } from "./helpers";

const outFile = outputDir("crm-rows-");

// Row 1 header; rows 2..7 data: row 5 is a 合计 of rows 2..4, row 7 a customer called "小计"
// (a shop's name the reader takes for a subtotal), row 8 a test customer.
const CSV = [
  "Customer,Rep,Sales,Address,Lat,Lng",
  "Ann,Li,100,A st,31.20,121.40",
  "Bob,Li,50,B st,31.21,121.41",
  "Cat,Wu,30,C st,31.22,121.42",
  "合计,,180,,,",
  "Dan,Wu,20,D st,31.23,121.43",
  "小计,Wu,400,E st,31.24,121.44",
  "TEST customer,Li,999,F st,31.25,121.45",
].join("\n");
const input = outFile("customers.csv");
fs.writeFileSync(input, CSV + "\n");

const crm = crmRunner("2026-12-01");

describe("crm tier with a row correction", () => {
  test("without one, the 合计 and the shop called 小计 are left out, the test customer tiered", async () => {
    const r = await crm("tier", input, "--json", "-o", outFile("t0.xlsx"), "--force");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.leftOut).toEqual([
      { row: 5, reason: "total" },
      { row: 7, reason: "total" },
    ]);
    expect(j.putBack).toEqual([]);
    expect(j.tiered).toBe(5);
  });

  test("--include-rows 7 --exclude-rows 8: the shop is a customer, the test customer left out", async () => {
    const r = await crm(
      "tier",
      input,
      "--json",
      "--include-rows",
      "7",
      "--exclude-rows",
      "8",
      "-o",
      outFile("t1.xlsx"),
      "--force"
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.leftOut).toEqual([
      { row: 5, reason: "total" },
      { row: 8, reason: "user" },
    ]);
    expect(j.putBack).toEqual([7]);
    expect(j.tiered).toBe(5);
    expect(j.totalSales).toBe(600);
    expect(j.warnings.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(["rowsLeftOut", "rowsPutBack"])
    );
  });

  test("the printed summary names both corrections; ranges and repeats are accepted", async () => {
    const r = await crm(
      "tier",
      input,
      "--exclude-rows",
      "8",
      "--exclude-rows",
      "2-3",
      "--include-rows",
      "7",
      "-o",
      outFile("t2.xlsx"),
      "--force"
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("3 rows left out with --exclude-rows (rows 2, 3, 8)");
    expect(r.out).toContain("Read 1 row put back with --include-rows as a customer (row 7).");
    expect(r.out).toContain("Tiered 3 customers");
  });

  test.each([
    [["--include-rows", "1"], 1, "row 1 is the list's header row"],
    [["--exclude-rows", "9-10"], 1, "rows 9, 10 are not in the list (its rows are 2-8)"],
    [["--exclude-rows", "7", "--include-rows", "7"], 1, "cannot be both put back and left out"],
    [["--exclude-rows", "7a"], 2, '--exclude-rows: "7a" is not a row number'],
  ])("%j is refused with a clear message and nothing written", async (args, code, message) => {
    const o = outFile(`bad-${args.join("")}.xlsx`);
    const r = await crm("tier", input, ...args, "-o", o);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
    expect(fs.existsSync(o)).toBe(false);
  });
});

describe("the other list commands take the same correction", () => {
  test("crm plan: the shop put back is planned, the test customer is not", async () => {
    const r = await crm(
      "plan",
      input,
      "--json",
      "--include-rows",
      "7",
      "--exclude-rows",
      "8",
      "--start",
      "2026-12-07",
      "-o",
      outFile("p.xlsx"),
      "--force"
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.customers).toBe(5);
    expect(j.leftOut).toEqual([
      { row: 5, reason: "total" },
      { row: 8, reason: "user" },
    ]);
    expect(j.putBack).toEqual([7]);
  });

  test("crm value: the test customer gets no segment and is reported left out", async () => {
    const r = await crm(
      "value",
      input,
      "--json",
      "--exclude-rows",
      "8",
      "-o",
      outFile("v.xlsx"),
      "--force"
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.leftOut).toContainEqual({ row: 8, reason: "user" });
    expect(j.putBack).toEqual([]);
  });
});

test("crm history takes no row correction: its live formulas read every row of the table", async () => {
  const r = await crm("history", input, "--exclude-rows", "8");
  expect(r.code).toBe(2);
  expect(r.err).toContain("unknown option '--exclude-rows'");
});
