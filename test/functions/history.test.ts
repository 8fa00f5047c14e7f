/**
 * The order-history custom functions, called as Excel calls them (2-D arrays, null for blanks)
 * through the same `guard` functions.ts uses.
 */
import { guard, OutCell } from "../../src/functions/args";
import {
  bgnbdImpl,
  clvhistImpl,
  gammagammaImpl,
  paliveImpl,
  purchasesImpl,
  rfmImpl,
  spendImpl,
} from "../../src/functions/history";
import * as fs from "fs";
import * as path from "path";
import {
  loadRaw,
  loadSummary,
  PUBLISHED_BG,
  PUBLISHED_GG,
  sameTo3,
  serialOf,
} from "../../testkit/cdnow";

type Err = { code: string; message: string };
const col = (v: unknown[]): unknown[][] => v.map((x) => [x]);
const isErr = (c: unknown): c is Err => typeof c === "object" && c !== null && "code" in c;
const run = (f: () => OutCell[][]): OutCell[][] => guard(f);

const iso = (ymd: number): string => {
  const s = String(ymd);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

describe("CRM.RFM", () => {
  const raw = loadRaw();
  it("chains raw CDNOW orders (ISO text dates) into the published summary and fits", () => {
    const table = run(() =>
      rfmImpl(
        col(raw.map((l) => l.id)),
        col(raw.map((l) => iso(l.ymd))),
        col(raw.map((l) => l.dollars)),
        "1997-09-30",
        7
      )
    );
    const ref = loadSummary();
    expect(table.length).toBe(2357);
    table.forEach((row, i) => {
      expect(row[0]).toBe(ref.id[i]);
      expect(row[1]).toBe(ref.x[i]);
      expect(Math.abs((row[2] as number) - ref.tx[i])).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs((row[3] as number) - ref.T[i])).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs((row[4] as number) - ref.zbar[i])).toBeLessThanOrEqual(0.005 + 1e-9);
    });
    const x = table.map((r) => [r[1]]);
    const tx = table.map((r) => [r[2]]);
    const T = table.map((r) => [r[3]]);
    const m = table.map((r) => [r[4]]);
    const bg = run(() => bgnbdImpl(x, tx, T));
    expect(bg[0]).toHaveLength(5);
    const [r, alpha, a, b, ll] = bg[0] as number[];
    expect([
      sameTo3(r, PUBLISHED_BG.r),
      sameTo3(alpha, PUBLISHED_BG.alpha),
      sameTo3(a, PUBLISHED_BG.a),
      sameTo3(b, PUBLISHED_BG.b),
    ]).toEqual([true, true, true, true]);
    expect(ll).toBeCloseTo(PUBLISHED_BG.ll, 0);
    const gg = run(() => gammagammaImpl(x, m));
    expect(gg[0]).toHaveLength(4);
    // From the raw data zbar is unrounded: the fit is the published one to about 3 digits.
    expect(Math.abs((gg[0][0] as number) - PUBLISHED_GG.p) / PUBLISHED_GG.p).toBeLessThan(0.005);
    // The whole chain, params passed as the spilled rows.
    const alive = run(() => paliveImpl(x, tx, T, bg));
    const buys = run(() => purchasesImpl(39, x, tx, T, bg));
    const spend = run(() => spendImpl(x, m, gg));
    const clv = run(() => clvhistImpl(x, tx, T, m, bg, gg));
    for (const out of [alive, buys, spend, clv]) {
      expect(out).toHaveLength(2357);
      expect(out.every((c) => typeof c[0] === "number" && Number.isFinite(c[0]))).toBe(true);
    }
    expect(alive[2][0]).toBe(1); // customer 3 never repeated
  });
  it("adds holdout columns with holdoutEnd", () => {
    const lines = raw.filter((l) => l.id <= 3);
    const table = run(() =>
      rfmImpl(
        col(lines.map((l) => l.id)),
        col(lines.map((l) => iso(l.ymd))),
        col(lines.map((l) => l.dollars)),
        "1997-09-30",
        7,
        "1998-06-30"
      )
    );
    expect(table[0]).toHaveLength(7);
    // Customer 1 has one order in the holdout (1997-12-12, see the raw file's 4th line).
    expect(table[0][5]).toBe(1);
    expect(table[0][6]).toBe(39);
  });
  it("accepts Excel serials and number-as-text amounts, skips blank rows", () => {
    const t = run(() =>
      rfmImpl([["a"], [null], ["a"]], [[35431], [""], [35445]], [["10"], [null], [20]], 35459)
    );
    // days 0 and 14, asOf day 28 (serial 35431 = 1997-01-01)
    expect(t).toEqual([["a", 1, 2, 4, 20]]);
  });
  it("gives one #VALUE! naming the row for a bad date or amount", () => {
    const bad = run(() => rfmImpl([["a"], ["a"]], [[35431], ["31/01/1997"]], [[1], [2]], 35459));
    expect(bad).toHaveLength(1);
    expect((bad[0][0] as unknown as Err).code).toBe("#VALUE!");
    expect((bad[0][0] as unknown as Err).message).toMatch(/Row 2: the date is "31\/01\/1997"/);
    const badAmount = run(() => rfmImpl([["a"], ["a"]], [[35431], [35432]], [[1], ["ten"]], 35459));
    expect((badAmount[0][0] as unknown as Err).message).toMatch(/Row 2: the amount/);
    const noCustomer = run(() => rfmImpl([["a"], [null]], [[35431], [35432]], [[1], [3]], 35459));
    expect((noCustomer[0][0] as unknown as Err).message).toMatch(/Row 2: the customer is blank/);
  });
  it("defaults asOf to the latest order date, not today (custom functions are not volatile)", () => {
    // Orders on 1997-01-01 and 01-08 (a), 01-15 (b): asOf = 1997-01-15, so a's age is 2 weeks
    // and b's 0, whatever today's date is; the same table with asOf given agrees.
    const cells = [
      [["a"], ["a"], ["b"]],
      [["1997-01-01"], ["1997-01-08"], ["1997-01-15"]],
      [[1], [2], [3]],
    ];
    const t = run(() => rfmImpl(cells[0], cells[1], cells[2]));
    expect(t).toEqual([
      ["a", 1, 1, 2, 2],
      ["b", 0, 0, 0, 0],
    ]);
    expect(run(() => rfmImpl(cells[0], cells[1], cells[2], "1997-01-15"))).toEqual(t);
    // The result does not depend on the clock.
    jest.useFakeTimers({ now: new Date(2040, 0, 1) });
    try {
      expect(run(() => rfmImpl(cells[0], cells[1], cells[2]))).toEqual(t);
    } finally {
      jest.useRealTimers();
    }
  });
  it("a holdout needs an explicit asOf", () => {
    const t = run(() => rfmImpl([["a"]], [[35431]], [[1]], undefined, 7, 35500));
    expect((t[0][0] as unknown as Err).code).toBe("#VALUE!");
    expect((t[0][0] as unknown as Err).message).toMatch(/holdoutEnd needs asOf/);
  });
  it("rejects a holdout end before asOf and a bad periodDays", () => {
    const a = run(() => rfmImpl([["a"]], [[35431]], [[1]], 35459, 7, 35440));
    expect((a[0][0] as unknown as Err).code).toBe("#VALUE!");
    const b = run(() => rfmImpl([["a"]], [[35431]], [[1]], 35459, 0));
    expect((b[0][0] as unknown as Err).code).toBe("#VALUE!");
  });
});

describe("CRM.BGNBD / PALIVE / PURCHASES", () => {
  const s = loadSummary();
  const x = col(s.x);
  const tx = col(s.tx);
  const T = col(s.T);
  it("fits the CDNOW summary, skipping blank rows", () => {
    const out = run(() => bgnbdImpl([...x, [null]], [...tx, [""]], [...T, [null]]));
    expect(sameTo3(out[0][0] as number, PUBLISHED_BG.r)).toBe(true);
    expect(out[0][4] as number).toBeCloseTo(PUBLISHED_BG.ll, 1);
  });
  it("returns #N/A 'did not converge: ...' rather than parameters", () => {
    const out = run(() => bgnbdImpl([[0], [0]], [[0], [0]], [[5], [9]]));
    expect(out).toHaveLength(1);
    expect((out[0][0] as unknown as Err).code).toBe("#N/A");
    expect((out[0][0] as unknown as Err).message).toMatch(/^did not converge: /);
    // Passed on by the functions that take the params.
    const alive = run(() => paliveImpl([[1]], [[1]], [[2]], out));
    expect((alive[0][0] as unknown as Err).code).toBe("#N/A");
  });
  it("names the bad row of a fit", () => {
    const out = run(() => bgnbdImpl([[1], [2]], [[1], [5]], [[3], [4]]));
    expect((out[0][0] as unknown as Err).code).toBe("#VALUE!");
    expect((out[0][0] as unknown as Err).message).toMatch(/Row 2: recency must not exceed age/);
    const text = run(() => bgnbdImpl([[1], ["two"]], [[1], [1]], [[3], [4]]));
    expect((text[0][0] as unknown as Err).code).toBe("#VALUE!");
    expect((text[0][0] as unknown as Err).message).toMatch(/Row 2/);
  });
  const params = [
    [PUBLISHED_BG.r, PUBLISHED_BG.alpha, PUBLISHED_BG.a, PUBLISHED_BG.b, PUBLISHED_BG.ll],
  ];
  it("P(alive) per row: blanks blank, text #VALUE!, impossible rows #VALUE!, 1 for no repeat", () => {
    const out = run(() =>
      paliveImpl(
        [[0], [null], ["x"], [2], [1]],
        [[0], [null], [1], [30.43], [9]],
        [[10], [null], [2], [38.86], [5]],
        params
      )
    );
    expect(out[0][0]).toBe(1);
    expect(out[1][0]).toBe("");
    expect((out[2][0] as unknown as Err).code).toBe("#VALUE!");
    expect(out[3][0] as number).toBeGreaterThan(0.5);
    expect((out[4][0] as unknown as Err).code).toBe("#VALUE!");
  });
  it("accepts a 1 x 4 params row and rejects bad params", () => {
    const four = run(() => paliveImpl([[2]], [[30.43]], [[38.86]], [params[0].slice(0, 4)]));
    const five = run(() => paliveImpl([[2]], [[30.43]], [[38.86]], params));
    expect(four).toEqual(five);
    const neg = run(() => paliveImpl([[2]], [[30.43]], [[38.86]], [[0.2, -1, 0.8, 2.4]]));
    expect((neg[0][0] as unknown as Err).code).toBe("#VALUE!");
    expect((neg[0][0] as unknown as Err).message).toMatch(/alpha/);
    const short = run(() => paliveImpl([[2]], [[30.43]], [[38.86]], [[0.2, 4]]));
    expect((short[0][0] as unknown as Err).code).toBe("#VALUE!");
  });
  it("PURCHASES is 0 at t = 0, increasing in t, and rejects t < 0", () => {
    const at = (t: number): number =>
      run(() => purchasesImpl(t, [[2]], [[30.43]], [[38.86]], params))[0][0] as number;
    expect(at(0)).toBe(0);
    expect(at(10)).toBeGreaterThan(0);
    expect(at(20)).toBeGreaterThan(at(10));
    const neg = run(() => purchasesImpl(-1, [[2]], [[30.43]], [[38.86]], params));
    expect((neg[0][0] as unknown as Err).code).toBe("#VALUE!");
  });
});

describe("CRM.GAMMAGAMMA / SPEND / CLVHIST", () => {
  const s = loadSummary();
  it("fits the CDNOW summary's 946 repeat customers", () => {
    const out = run(() => gammagammaImpl(col(s.x), col(s.zbar)));
    expect(sameTo3(out[0][0] as number, PUBLISHED_GG.p)).toBe(true);
    expect(sameTo3(out[0][1] as number, PUBLISHED_GG.q)).toBe(true);
    expect(sameTo3(out[0][2] as number, PUBLISHED_GG.gamma)).toBe(true);
    expect(out[0][3] as number).toBeLessThan(0);
  });
  const gg = [[6, 4, 15, -1]];
  it("SPEND per row", () => {
    const out = run(() => spendImpl([[0], [3], [null], [1.5]], [[0], [50], [null], [10]], gg));
    expect(out[0][0]).toBeCloseTo(30, 12); // 6 * 15 / 3
    expect(out[1][0]).toBeCloseTo(990 / 21, 12); // 6 (15 + 150) / (18 + 3)
    expect(out[2][0]).toBe("");
    expect((out[3][0] as unknown as Err).code).toBe("#VALUE!");
    const q1 = run(() => spendImpl([[1]], [[1]], [[1, 1, 1]]));
    expect((q1[0][0] as unknown as Err).message).toMatch(/q must exceed 1/);
  });
  it("CLVHIST per row, with its argument checks", () => {
    const bg = [[PUBLISHED_BG.r, PUBLISHED_BG.alpha, PUBLISHED_BG.a, PUBLISHED_BG.b]];
    const out = run(() =>
      clvhistImpl(
        [[2], [null], [0]],
        [[30.43], [null], [0]],
        [[38.86], [null], [38.86]],
        [[22.35], [null], [0]],
        bg,
        gg
      )
    );
    expect(out[0][0] as number).toBeGreaterThan(out[2][0] as number);
    expect(out[1][0]).toBe("");
    const half = run(() =>
      clvhistImpl([[2]], [[30.43]], [[38.86]], [[22.35]], bg, gg, 12, 0.01, 0.5)
    );
    expect(half[0][0] as number).toBeCloseTo((out[0][0] as number) / 2, 10);
    const badMargin = run(() =>
      clvhistImpl([[2]], [[30.43]], [[38.86]], [[22.35]], bg, gg, 12, 0.01, 2)
    );
    expect((badMargin[0][0] as unknown as Err).code).toBe("#VALUE!");
    const badMonths = run(() => clvhistImpl([[2]], [[30.43]], [[38.86]], [[22.35]], bg, gg, 1.5));
    expect((badMonths[0][0] as unknown as Err).code).toBe("#VALUE!");
  });
});

it("isErr helper sees CustomFunctions errors", () => {
  expect(isErr(run(() => bgnbdImpl([["a"]], [[1]], [[1]]))[0][0])).toBe(true);
});

describe("README worked example (CDNOW)", () => {
  // The figures the README quotes must be what its formula chain gives: CRM.RFM on the raw
  // orders with Excel dates, then the fits on its columns, rounded as quoted.
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  /** The numbers a row's "gives" column quotes (before any parenthesis), as written. */
  const quoted = (cell: string): string[] => {
    const line = readme.split("\n").find((l) => l.startsWith(`| ${cell} |`));
    if (!line) throw new Error(`README has no row for ${cell}`);
    const gives = line.split("|")[3].split("(")[0];
    return Array.from(gives.matchAll(/-?\d[\d,]*\.\d+/g), (m) => m[0].replace(/,/g, ""));
  };
  /** Within half a unit of the last digit written. */
  const sameAsQuoted = (got: number, q: string): void => {
    const decimals = q.split(".")[1].length;
    expect(Math.abs(got - Number(q))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
  };
  it("quotes the BG/NBD and Gamma-Gamma rows the chain computes", () => {
    const raw = loadRaw();
    const table = run(() =>
      rfmImpl(
        col(raw.map((l) => l.id)),
        col(raw.map((l) => serialOf(l.ymd))),
        col(raw.map((l) => l.dollars)),
        serialOf(19970930),
        7,
        serialOf(19980630)
      )
    );
    const c = (k: number): unknown[][] => table.map((r) => [r[k]]);
    const bg = run(() => bgnbdImpl(c(1), c(2), c(3)))[0] as number[];
    const gg = run(() => gammagammaImpl(c(1), c(4)))[0] as number[];
    const qBg = quoted("K2");
    const qGg = quoted("K5");
    expect(qBg).toHaveLength(5);
    expect(qGg).toHaveLength(4);
    qBg.forEach((q, i) => sameAsQuoted(bg[i], q));
    qGg.forEach((q, i) => sameAsQuoted(gg[i], q));
  });
});
