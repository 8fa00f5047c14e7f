/**
 * @jest-environment node
 *
 * End to end (issue 13 part 3): plan the bundled sample, make a visit log from that plan here
 * (most visits done on their day, some a day late, some missed, a typo, a repeat, a visit after
 * the as-of date), then check `crm compliance` against figures recomputed in this file by plain
 * counting over the plan sheet read back with exceljs, and `crm plan --done --from` against the
 * policy written out again here.
 */
import * as fs from "fs";
import { crmRunner, grid, outputDir, readBack, SAMPLE, writeXlsx } from "./helpers";

const p = outputDir("crm-compliance-");

const crm = crmRunner();

const START = "2025-11-03";
const AS_OF = "2025-11-14";
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const nextDay = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface Visit {
  rep: string;
  customer: string;
  tier: string;
  date: string;
}

/** The plan's visit table read back by its English headers. */
async function planVisits(file: string): Promise<{ sheet: string; visits: Visit[] }> {
  const wb = await readBack(file);
  const ws = wb.worksheets.find((w) => w.name.startsWith("Visit plan"))!;
  const g = grid(ws);
  const col = (h: string) => g[0].indexOf(h);
  const [d, r, c, t] = [col("Date"), col("Rep"), col("Customer"), col("Tier")];
  const visits = g
    .slice(1)
    .filter((row) => row[d] instanceof Date)
    .map((row) => ({
      rep: String(row[r]),
      customer: String(row[c]),
      tier: String(row[t]),
      date: iso(row[d]),
    }));
  return { sheet: ws.name, visits };
}

let plan: Visit[] = [];
let planFile = "";
/** The log as [rep, customer, date] rows, and what each row is meant to be. */
let logRows: string[][] = [];

beforeAll(async () => {
  planFile = p("plan.xlsx");
  const r = await crm("plan", SAMPLE, "--start", START, "--lang", "en", "-o", planFile, "--json");
  expect(r.code).toBe(0);
  plan = (await planVisits(planFile)).visits;
  expect(plan.length).toBeGreaterThan(500);
  // Visit i: done on its day, except every 7th missed and every 11th done a day late.
  plan.forEach((v, i) => {
    if (v.date > AS_OF) {
      if (i % 50 === 0) logRows.push([v.rep, v.customer, v.date]); // after the as-of date
      return;
    }
    if (i % 7 === 0) return;
    if (i % 11 === 0) logRows.push([v.rep, v.customer, nextDay(v.date)]);
    else logRows.push([v.rep, v.customer, i % 2 ? v.date : v.date.replace(/-0?/g, "/")]);
  });
  logRows.push([...logRows[3]]); // a repeat
  const typo = plan.find((v) => v.date <= AS_OF && v.customer.length > 4)!;
  logRows.push([typo.rep, typo.customer.slice(0, -1), typo.date]); // a typo: reported, not counted
  // Full-width spaces and padding: still the same name after NFKC, trimming and space folding.
  // Taken from the missed visits, so it turns one of them into a visit done on plan.
  const padded = plan.find((v, i) => v.date <= AS_OF && i % 7 === 0 && i % 11 !== 0)!;
  logRows.push([`  ${padded.rep}\u3000`, ` ${padded.customer} `, padded.date]);
});

/** Figures by plain counting: every due plan visit looked up in the log, and the reverse. */
function expected(rows: string[][]) {
  const norm = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ");
  const planKeys = new Set(plan.map((v) => `${v.rep}|${v.customer}|${v.date}`));
  const customers = new Set(plan.map((v) => v.customer));
  const done = new Set<string>();
  for (const [rep, customer, date] of rows) {
    const d = date.replace(/\//g, "-").replace(/-(\d)(?=-|$)/g, "-0$1");
    if (d > AS_OF || !customers.has(norm(customer))) continue;
    done.add(`${norm(rep)}|${norm(customer)}|${d}`);
  }
  return [...new Set(plan.map((v) => v.rep))].map((rep) => {
    const due = plan.filter((v) => v.rep === rep && v.date <= AS_OF);
    const onPlan = due.filter((v) => done.has(`${v.rep}|${v.customer}|${v.date}`)).length;
    const offPlan = [...done].filter((k) => k.startsWith(`${rep}|`) && !planKeys.has(k)).length;
    return {
      rep,
      planned: due.length,
      onPlan,
      offPlan,
      missed: due.length - onPlan,
      compliance: due.length ? onPlan / due.length : null,
    };
  });
}

describe("crm compliance", () => {
  test("per-rep figures equal a plain recount; the sheet holds each rep's four counts; the typo is reported", async () => {
    const log = p("visits.csv");
    fs.writeFileSync(
      log,
      "\uFEFF业务员,客户名称,拜访日期\n" +
        logRows.map((r) => r.map((c) => `"${c}"`).join(",")).join("\n")
    );
    const out = p("plan.compliance.xlsx");
    const r = await crm("compliance", planFile, log, "--as-of", AS_OF, "--json", "-o", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const want = expected(logRows);
    expect(json.reps).toHaveLength(want.length);
    for (const w of want) {
      const got = json.reps.find((x: { rep: string }) => x.rep === w.rep);
      expect({ ...got, compliance: got.compliance }).toEqual({
        ...w,
        compliance: expect.closeTo(w.compliance!, 12),
      });
    }
    // The log was built to have every kind of visit.
    const sum = (k: string) =>
      want.reduce((s, x) => s + (x as unknown as Record<string, number>)[k], 0);
    expect(sum("onPlan")).toBeGreaterThan(100);
    expect(sum("offPlan")).toBeGreaterThan(5);
    expect(sum("missed")).toBeGreaterThan(10);
    expect(json.duplicates).toBe(1);
    expect(json.afterAsOf).toBeGreaterThan(0);
    expect(json.notCounted).toHaveLength(1);
    expect(json.notCounted[0]).toMatchObject({ code: "UNKNOWN_CUSTOMER", row: logRows.length });
    expect(json.notCounted[0].nearMisses.length).toBeGreaterThan(0);
    // A customers missed: exactly the due A visits without a log entry that day.
    const missedA = plan.filter(
      (v) =>
        v.tier === "A" &&
        v.date <= AS_OF &&
        !logRows.some(
          ([rep, c, d]) =>
            rep.trim() === v.rep &&
            c.trim() === v.customer &&
            d.replace(/\//g, "-").replace(/-(\d)(?=-|$)/g, "-0$1") === v.date
        )
    );
    expect(json.missedA.map((m: Visit) => `${m.rep}|${m.customer}|${m.date}`).sort()).toEqual(
      missedA.map((m) => `${m.rep}|${m.customer}|${m.date}`).sort()
    );

    // The sheet, read back with exceljs: the by-rep table under its header row.
    const wb = await readBack(out);
    const ws = wb.getWorksheet("Visit compliance")!;
    expect(ws).toBeDefined();
    const g = grid(ws);
    const h = g.findIndex((row) => row[0] === "Rep" && row[1] === "Planned");
    expect(g[h].slice(0, 6)).toEqual([
      "Rep",
      "Planned",
      "Done on plan",
      "Done off plan",
      "Missed",
      "Compliance",
    ]);
    for (const w of want) {
      const row = g.slice(h + 1).find((x) => x[0] === w.rep)!;
      expect(row.slice(1, 5)).toEqual([w.planned, w.onPlan, w.offPlan, w.missed]);
    }
    // The plan workbook's own sheets are all still there.
    const planSheets = (await readBack(planFile)).worksheets.map((w) => w.name);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...planSheets, "Visit compliance"]);
  });

  test("an .xlsx log with English headers and Excel serial dates gives the same figures", async () => {
    const log = p("visits.xlsx");
    const serial = (d: string) =>
      Date.parse(`${d.replace(/\//g, "-").replace(/-(\d)(?=-|$)/g, "-0$1")}T00:00:00Z`) /
        86_400_000 +
      25569;
    await writeXlsx(log, [
      ["Rep", "Customer", "Date"],
      ...logRows.map(([a, b, d]) => [a, b, serial(d)]),
    ]);
    const r = await crm("compliance", planFile, log, "--as-of", AS_OF, "--json", "-o", p("x.xlsx"));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const want = expected(logRows);
    expect(
      json.reps.map(
        (x: { rep: string; planned: number; onPlan: number; offPlan: number; missed: number }) => [
          x.rep,
          x.planned,
          x.onPlan,
          x.offPlan,
          x.missed,
        ]
      )
    ).toEqual(want.map((x) => [x.rep, x.planned, x.onPlan, x.offPlan, x.missed]));
  });

  test("a log without a customer column, and a workbook without a plan, are one-line errors", async () => {
    const bad = p("bad.csv");
    fs.writeFileSync(bad, "Rep,Shop?,Date\nLi,X,2025-11-03\n");
    const r1 = await crm("compliance", planFile, bad, "-o", p("bad.xlsx"));
    expect(r1.code).toBe(1);
    expect(r1.err).toMatch(/^crm: error: the visit log .* has no customer column/);
    expect(fs.existsSync(p("bad.xlsx"))).toBe(false);
    const r2 = await crm("compliance", SAMPLE, bad, "-o", p("bad2.xlsx"));
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/no visit plan sheet/);
  });
});

describe("customers named by id", () => {
  test("a log of customer ids matches through the list's id column, in compliance and in a re-plan", async () => {
    const list = p("ids.xlsx");
    const rows: unknown[][] = [["Customer ID", "Customer", "Tier", "Rep"]];
    for (let i = 1; i <= 12; i++)
      rows.push([`C${100 + i}`, `Shop ${i}`, "ABC"[i % 3], i % 2 ? "Li" : "Wang"]);
    await writeXlsx(list, rows);
    const planOut = p("ids.plan.xlsx");
    expect((await crm("plan", list, "--start", START, "--weeks", "2", "-o", planOut)).code).toBe(0);
    const { visits } = await planVisits(planOut);
    const idOf = new Map(rows.slice(1).map((r) => [String(r[1]), String(r[0])]));
    // Every visit of week 1 done on its day, logged by id.
    const week1 = visits.filter((v) => v.date < "2025-11-10");
    const log = p("ids-log.csv");
    fs.writeFileSync(
      log,
      "Rep,Customer ID,Date\n" +
        week1.map((v) => `${v.rep},${idOf.get(v.customer)},${v.date}`).join("\n")
    );
    const r = await crm(
      "compliance",
      planOut,
      log,
      "--as-of",
      "2025-11-09",
      "--json",
      "-o",
      p("ids.c.xlsx")
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.total).toMatchObject({
      planned: week1.length,
      onPlan: week1.length,
      offPlan: 0,
      missed: 0,
    });
    expect(json.notCounted).toEqual([]);
    const re = await crm(
      "plan",
      list,
      "--start",
      START,
      "--weeks",
      "2",
      "--done",
      log,
      "--from",
      "2025-11-10",
      "--json",
      "-o",
      p("ids.re.xlsx")
    );
    expect(re.code).toBe(0);
    expect(JSON.parse(re.out).replan).toMatchObject({ counted: week1.length, notCounted: [] });
  });
});

describe("crm plan --done --from (re-plan)", () => {
  test("plans only from --from, inside the same horizon, never more than the policy needs", async () => {
    const log = p("visits-replan.csv");
    fs.writeFileSync(
      log,
      "Rep,Customer,Date\n" + logRows.map((r) => r.map((c) => `"${c}"`).join(",")).join("\n")
    );
    const out = p("replan.xlsx");
    const FROM = "2025-11-17";
    const r = await crm(
      "plan",
      SAMPLE,
      "--start",
      START,
      "--lang",
      "en",
      "--done",
      log,
      "--from",
      FROM,
      "-o",
      out,
      "--json"
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const { visits } = await planVisits(out);
    expect(visits.length).toBeGreaterThan(0);
    for (const v of visits) {
      expect(v.date >= FROM).toBe(true); // never a past day
      expect(v.date < "2025-12-01").toBe(true); // the horizon is unchanged (4 weeks from START)
    }
    // Done visits per customer, counted here: distinct log dates within the horizon.
    const norm = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ");
    const doneDays = new Map<string, Set<string>>();
    for (const [, c, d0] of logRows) {
      const d = d0.replace(/\//g, "-").replace(/-(\d)(?=-|$)/g, "-0$1");
      if (d < START || d >= "2025-12-01" || !plan.some((v) => v.customer === norm(c))) continue;
      if (!doneDays.has(norm(c))) doneDays.set(norm(c), new Set());
      doneDays.get(norm(c))!.add(d);
    }
    const counted = [...doneDays.values()].reduce((s, x) => s + x.size, 0);
    expect(json.replan.counted).toBe(counted);
    const POLICY: Record<string, number> = { A: 4, B: 2, C: 1 };
    const newVisits = new Map<string, number>();
    for (const v of visits) newVisits.set(v.customer, (newVisits.get(v.customer) ?? 0) + 1);
    const tierOf = new Map(plan.map((v) => [v.customer, v.tier]));
    for (const [customer, n] of newVisits)
      expect(n + (doneDays.get(customer)?.size ?? 0)).toBeLessThanOrEqual(
        POLICY[tierOf.get(customer)!]
      );
    // A customer missed in weeks 1-2 is carried forward: the original plan's A visits in weeks
    // 3-4 plus the A visits missed earlier are all in the new plan (capacity allowing).
    const aMissed = plan.filter(
      (v) => v.tier === "A" && v.date < FROM && !doneDays.get(v.customer)?.has(v.date)
    );
    expect(aMissed.length).toBeGreaterThan(0);
    for (const m of aMissed.slice(0, 20)) {
      const need = 4 - (doneDays.get(m.customer)?.size ?? 0);
      expect(newVisits.get(m.customer) ?? 0).toBe(
        need -
          (json.unscheduled.find((u: { customer: string }) => u.customer === m.customer)?.missing ??
            0)
      );
    }
  }, 180_000); // three runs of crm plan on the sample: near a minute on a busy 2-core machine

  test("--help shows --done FILE and --from DATE; --from without --start is a usage error", async () => {
    const h = await crm("plan", "--help");
    expect(h.out).toMatch(/--done <file>/);
    expect(h.out).toMatch(/--from <date>/);
    const r = await crm("plan", SAMPLE, "--from", "2025-11-17", "-o", p("y.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs --start/);
  });
});
