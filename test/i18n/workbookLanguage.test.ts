/**
 * Every text the product writes into a workbook follows the workbook's language (issue 12):
 * each job that writes (tiering and its summary sheet, the visit plan with its route map and rep
 * sheets, the order history, the Value columns, the Churn watch) runs on the in-memory host
 * with a workbook in one language; no text it wrote (cells, formulas' string literals, sheet
 * names, chart titles and series, dropdown lists, conditional-format texts) may contain a text
 * of another language's catalogue. The other languages' texts come from the catalogues
 * themselves (every leaf, functions called with sample arguments), minus what reads the same in
 * the workbook's language (codes, numbers, "CLV", "A"), so a new message is covered as it lands.
 */
import { computeHere } from "../../src/app/computeJobs";
import { hostContext, type PlanContext } from "../../src/app/job";
import { tieringJob } from "../../src/app/tieringJob";
import { buildSummarySheet } from "../../src/app/tiering";
import { planningJob } from "../../src/app/planningJob";
import { historyJob } from "../../src/app/historyJob";
import {
  buildClvWrite,
  buildCurrentValueWrite,
  buildScoreWrite,
  buildSegmentWrite,
  buildValueClassWrite,
} from "../../src/app/value";
import { churnCustomersFromList } from "../../src/app/churn";
import { findLapsed } from "../../src/core/churn";
import { MemoryHost } from "../../src/host/memoryHost";
import { newSheet, type MemoryWorkbookData } from "../../src/host/memoryWorkbook";
import { isListProblem, type CellInput, type ListSnapshot } from "../../src/host/types";
import { LOCALES, type Locale } from "../../src/i18n/locale";
import { messages } from "../../src/i18n/messages";
import { runChurnWatch } from "../support/churnWatch";
import { allTexts, literalParts } from "./catalogueTexts";

/** The last order dates are counted back from this day (a date serial: 2023-06-21). */
const AS_OF = 45098;
const CUSTOMERS = 24;

/** The list's columns (0-based). */
const C = {
  customer: 0,
  sales: 1,
  rep: 2,
  area: 3,
  lat: 4,
  lng: 5,
  lastOrder: 6,
  previousTier: 7,
  margin: 8,
  cost: 9,
  loyalty: 10,
  potential: 11,
};

/**
 * A customer list and an order table as users of `locale` type them: headers are the
 * catalogue's own words in that language; names, reps and areas are codes (no language).
 */
function workbook(locale: Locale): MemoryWorkbookData {
  const m = messages(locale);
  const list = newSheet(m.churn.sheet.headers.customer);
  list.cells = [
    [
      m.churn.sheet.headers.customer,
      m.tiering.sheet.table.sales,
      m.churn.sheet.headers.rep,
      m.plan.sheet.columns.area,
      m.plan.sheet.columns.latitude,
      m.plan.sheet.columns.longitude,
      m.churn.sheet.headers.lastOrder,
      m.tiering.sheet.previousTierHeader,
      "M1",
      "K1",
      "L1",
      "P1",
    ],
    ...Array.from({ length: CUSTOMERS }, (_, i): CellInput[] => [
      `C${String(i + 1).padStart(2, "0")}`,
      i === 3 ? -50 : i === 5 ? null : (CUSTOMERS - i) * 1000 + (i % 5) * 37,
      `R${(i % 3) + 1}`,
      `Z${(i % 4) + 1}`,
      30.6 + (i % 6) * 0.01,
      104.0 + Math.floor(i / 6) * 0.01,
      AS_OF - i * 9,
      ["A", "B", "C", "X"][i % 4],
      100 + ((i * 37) % 300),
      20 + ((i * 13) % 90),
      (i * 7) % 10,
      150 + ((i * 53) % 400),
    ]),
  ];
  const orders = newSheet(m.history.sheet.headers.customer + "2");
  orders.cells = [
    [m.history.sheet.headers.customer, m.plan.sheet.columns.date, m.tiering.sheet.table.sales],
  ];
  for (let c = 0; c < 12; c++)
    for (let k = 0; k <= c % 4; k++)
      orders.cells.push([
        `C${String(c + 1).padStart(2, "0")}`,
        AS_OF - 300 + c * 11 + k * 40,
        50 + c * 10 + k,
      ]);
  return {
    sheets: [list, orders],
    selection: { sheet: list.name, row: 1, col: 0, rows: 1, cols: 1 },
    settings: {},
  };
}

/** Reads the list around a cell of `sheet` (the job's snapshot). */
async function read(host: MemoryHost, sheet: string): Promise<ListSnapshot> {
  host.data.selection = { sheet, row: 1, col: 0, rows: 1, cols: 1 };
  const snap = await host.readList();
  if (isListProblem(snap)) throw new Error(snap.problem);
  return snap;
}

type Run = (host: MemoryHost, locale: Locale, ctx: PlanContext) => Promise<void>;

/** Each job that writes into a workbook, as the pane and the command line run it. */
const RUNS: Record<string, Run> = {
  async tiering(host, locale, ctx) {
    const list = host.data.sheets[0].name;
    const columns = {
      customer: C.customer,
      sales: C.sales,
      rep: C.rep,
      previousTier: C.previousTier,
    };
    for (const output of ["formulas", "values"] as const) {
      const p = await tieringJob.plan(
        await read(host, list),
        { columns, options: { method: "rank", output } },
        ctx
      );
      await host.apply(p.ops);
    }
    // A third run: the earlier Tier column now gives the previous tiers of the comparison.
    const snap = await read(host, list);
    const p = await tieringJob.plan(
      snap,
      {
        columns: { customer: C.customer, sales: C.sales },
        options: { method: "pareto", output: "values" },
      },
      ctx
    );
    await host.apply(p.ops);
    const result = p.result.analysis;
    if (!result) throw new Error("tiering: no analysis");
    await host.apply(buildSummarySheet(result, await host.sheetNames(), locale));
  },

  async plan(host, _locale, ctx) {
    const snap = await read(host, host.data.sheets[0].name);
    const p = await planningJob.plan(
      snap,
      {
        columns: {
          customer: C.customer,
          sales: C.sales,
          rep: C.rep,
          area: C.area,
          lat: C.lat,
          lng: C.lng,
        },
        options: {
          startDate: "2023-07-03",
          weeks: 4,
          workdays: [1, 2, 3, 4, 5],
          holidays: ["2023-07-05"],
          // Too few visits a day: some customers stay unscheduled, with their reasons.
          capacity: 1,
          policy: { A: 8, B: 4, C: 2 },
          repStarts: { R1: { lat: 30.6, lng: 104.0 } },
          repOutput: {},
        },
      },
      ctx
    );
    await host.apply(p.ops);
  },

  async history(host, _locale, ctx) {
    const snap = await read(host, host.data.sheets[1].name);
    const p = await historyJob.plan(
      snap,
      {
        columns: { customer: 0, date: 1, amount: 2 },
        options: { asOf: AS_OF - 120, holdoutEnd: AS_OF - 30 },
      },
      ctx
    );
    await host.apply(p.ops);
  },

  async value(host, locale) {
    const list = host.data.sheets[0].name;
    const write = async (plan: (s: ListSnapshot) => { ops: Parameters<MemoryHost["apply"]>[0] }) =>
      host.apply(plan(await read(host, list)).ops);
    for (const output of ["formulas", "values"] as const) {
      const o = { output, locale, replaceExisting: true };
      await write((s) =>
        buildSegmentWrite(s, { ...o, x: C.sales, y: C.loyalty, matrix: "loyalty" })
      );
      await write((s) => buildSegmentWrite(s, { ...o, x: C.margin, y: C.cost, matrix: "cost" }));
      await write((s) =>
        buildClvWrite(s, { ...o, margin: C.margin, retention: 0.8, discount: 0.1, periods: 5 })
      );
      await write((s) =>
        buildScoreWrite(s, {
          ...o,
          indicators: [
            { col: C.sales, weight: 2 },
            { col: C.cost, direction: -1 },
          ],
        })
      );
      await write((s) =>
        buildValueClassWrite(s, {
          ...o,
          value: C.sales,
          costToServe: C.cost,
          potential: C.potential,
        })
      );
      await write((s) =>
        buildCurrentValueWrite(s, { ...o, profit: C.margin, potential: C.potential })
      );
    }
    // The loyalty matrix's labels last (each Segment write replaces the one before).
    await write((s) =>
      buildSegmentWrite(s, {
        output: "values",
        locale,
        replaceExisting: true,
        x: C.sales,
        y: C.loyalty,
        matrix: "loyalty",
      })
    );
  },

  async churn(host, locale) {
    const snap = await read(host, host.data.sheets[0].name);
    const customers = churnCustomersFromList(snap, {
      customer: C.customer,
      lastOrder: C.lastOrder,
      value: C.sales,
      rep: C.rep,
    });
    // Twice: the second run rewrites the sheet, keeping what the first one listed.
    for (const days of [60, 120]) {
      const lapsed = findLapsed(customers, { asOf: AS_OF, days });
      await runChurnWatch(host, lapsed, { locale, successProbability: 0.3, days });
    }
  },
};

/** Every string in a value (cells may hold formula objects; lists and specs nest). */
function stringsIn(v: unknown, out: string[]): void {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => stringsIn(x, out));
  else if (v && typeof v === "object" && !(v instanceof Date))
    Object.values(v).forEach((x) => stringsIn(x, out));
}

/** The texts a workbook shows: cells, sheet and table names, charts, dropdowns, rules, page headers. */
function workbookTexts(data: MemoryWorkbookData): Set<string> {
  const out: string[] = [];
  for (const s of data.sheets) {
    out.push(s.name);
    stringsIn(s.cells, out);
    stringsIn(
      s.tables.map((t) => t.name),
      out
    );
    stringsIn(
      s.charts.map((c) => [c.title, c.series.map((x) => x.name)]),
      out
    );
    stringsIn(
      s.validations.map((v) => v.list),
      out
    );
    stringsIn(
      s.conditionalFormats.map((f) => f.text),
      out
    );
    stringsIn(s.pageSetup?.header, out);
  }
  // A formula's text is its string literals (function names and references are no language).
  return new Set(
    out.flatMap((t) =>
      t.startsWith("=")
        ? [...t.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'))
        : [t]
    )
  );
}

/**
 * What gives away another language: its whole texts, and the literal parts of its texts that
 * say something (two Chinese characters, four letters), minus all that `locale`'s own catalogue
 * also says (codes, symbols, names such as "CLV" or "Excel").
 */
function foreignTexts(locale: Locale): { whole: Set<string>; parts: string[] } {
  const own = allTexts(messages(locale));
  const ownJoined = own.join("\n");
  const ownSet = new Set(own.map((t) => t.trim()));
  const other = LOCALES.filter((l) => l !== locale).flatMap((l) => allTexts(messages(l)));
  const whole = new Set(
    other.map((t) => t.trim()).filter((t) => t.length > 0 && !t.includes("‹") && !ownSet.has(t))
  );
  const parts = [
    ...new Set(
      other
        .flatMap(literalParts)
        .filter((p) => /\p{Script=Han}{2}|\p{L}{4}/u.test(p) && !ownJoined.includes(p))
    ),
  ];
  return { whole, parts };
}

/** The written texts that are (or contain) another language's text, with what gave them away. */
function wrongLanguage(written: Iterable<string>, locale: Locale): string[] {
  const { whole, parts } = foreignTexts(locale);
  const out: string[] = [];
  for (const text of written) {
    if (whole.has(text.trim())) out.push(`${text}`);
    else {
      const part = parts.find((p) => text.includes(p));
      if (part) out.push(`${text}  (has "${part}")`);
    }
  }
  return out;
}

describe("every text written into a workbook follows the workbook's language", () => {
  for (const locale of LOCALES) {
    for (const [job, run] of Object.entries(RUNS)) {
      it(`${job}, ${locale} workbook`, async () => {
        const host = new MemoryHost(workbook(locale));
        const before = workbookTexts(host.data);
        await run(host, locale, hostContext(host, locale, computeHere));
        const written = [...workbookTexts(host.data)].filter((t) => !before.has(t));
        // The job wrote texts (a run that writes nothing would pass vacuously).
        expect(written.length).toBeGreaterThan(3);
        expect(wrongLanguage(written, locale)).toEqual([]);
      });
    }
  }

  it("catches a text of another language (the check can fail)", () => {
    const en = messages("en");
    expect(wrongLanguage([en.tiering.sheet.summarySheet, "C01"], "zh")).toEqual([
      en.tiering.sheet.summarySheet,
    ]);
    expect(wrongLanguage([`X ${messages("zh").churn.sheet.sheetName}`], "en")).toHaveLength(1);
  });
});
