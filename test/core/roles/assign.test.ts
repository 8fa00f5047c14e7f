/**
 * The declarative role schema and its one reader, assignRoles: small schemas written here (the
 * customer list's and the order table's are tested through guessColumns / guessOrderColumns).
 */
import fc from "fast-check";
import {
  assignRoles,
  defineRoles,
  jobRoles,
  roleCue,
  roleDef,
  profileColumns,
  serialDates,
} from "../../../src/core/roles";
import { CUSTOMER_LIST_ROLES } from "../../../src/core/list/listRoles";
import { ORDER_TABLE_ROLES } from "../../../src/core/list/orderRoles";
import { guessPlanRoles } from "../../../src/core/plan/planRoles";

const SHOP = defineRoles(
  [
    {
      key: "shop",
      kind: "text",
      weakIf: ["id"],
      fromValues: true,
      words: { en: ["shop"], zh: ["门店"] },
    },
    {
      key: "takings",
      kind: "money",
      never: ["phone", "postcode", "id", "year", "coordinate", "date"],
      fromValues: true,
      ask: true,
      words: { en: ["takings"], zh: ["营业额"] },
    },
    { key: "town", kind: "label", never: ["id"], words: { en: ["town"], zh: ["城市"] } },
    {
      key: "district",
      kind: "label",
      never: ["id"],
      orFrom: "town",
      words: { en: ["district"], zh: ["区县"] },
    },
    { key: "opened", kind: "date", fromValues: true, words: { en: ["opened"], zh: ["开业日期"] } },
  ],
  { required: ["shop", "takings"] }
);

const names = ["甲店", "乙店", "丙店", "丁店"];
const rowsOf = (...cols: unknown[][]) => names.map((_, i) => cols.map((c) => c[i]));

describe("defineRoles", () => {
  it("refuses a schema that cannot be meant", () => {
    const w = { en: ["x"], zh: [] };
    expect(() =>
      defineRoles([
        { key: "a", kind: "text", words: w },
        { key: "a", kind: "label", words: w },
      ])
    ).toThrow(/twice/);
    expect(() => defineRoles([{ key: "a", kind: "text", words: { en: [], zh: [] } }])).toThrow(
      /no header words/
    );
    expect(() => defineRoles([{ key: "a", kind: "text", words: w, orFrom: "b" as "a" }])).toThrow(
      /unknown role "b"/
    );
    expect(() =>
      defineRoles([{ key: "a", kind: "text", words: w }], { required: ["b" as "a"] })
    ).toThrow(/unknown/);
  });
  it("shows every role by default; a job's view shows and requires its own", () => {
    expect(SHOP.shown).toEqual(["shop", "takings", "town", "district", "opened"]);
    const job = jobRoles(SHOP, ["takings", "shop"], ["takings"]);
    expect(job.shown).toEqual(["takings", "shop"]);
    expect(job.roles).toBe(SHOP.roles);
    expect(() => jobRoles(SHOP, ["nope" as "shop"])).toThrow(/unknown role/);
    expect(roleDef(SHOP, "district").orFrom).toBe("town");
  });
  it("keeps header words as data, in English and Chinese, for every role of every schema", () => {
    for (const s of [CUSTOMER_LIST_ROLES, ORDER_TABLE_ROLES])
      for (const r of s.roles) {
        expect(r.words.en.length).toBeGreaterThan(0);
        expect(r.words.zh.length).toBeGreaterThan(0);
        expect(r.words.en.every((w) => !/[\u3400-\u9fff]/.test(w))).toBe(true);
      }
  });
});

describe("assignRoles", () => {
  it("names roles from headers, with a cue per role", () => {
    const a = assignRoles(
      SHOP,
      ["门店", "城市", "营业额"],
      rowsOf(names, ["沪", "沪", "京", "京"], [5, 9, 2, 7])
    );
    expect(a.columns).toEqual({ shop: 0, town: 1, district: 1, takings: 2 });
    expect(roleCue(a, "takings")).toBe("header");
    expect(roleCue(a, "district")).toBe("header"); // shares the town's column
    expect(roleCue(a, "opened")).toBe("none");
    expect(a.missing).toEqual([]);
  });

  it("refuses a header that names what a role must never be, and text under a money header", () => {
    const a = assignRoles(
      SHOP,
      ["门店", "营业额 电话", "takings", "x"],
      rowsOf(
        names,
        [13812345678, 13987654321, 15011112222, 18633334444],
        ["n/a", "-", "?", "none"],
        [120, 80, 45, 300]
      )
    );
    expect(a.columns.takings).toBe(3);
    expect(a.sources.takings).toBe("content");
    expect(a.candidates.takings).toEqual([3]);
  });

  it("asks between two credible unnamed amounts under real headers, with the candidates best first", () => {
    const a = assignRoles(
      SHOP,
      ["门店", "本月", "上月"],
      rowsOf(names, [5, 9, 2, 7], [50, 90, 20, 70])
    );
    expect(a.columns.takings).toBeUndefined();
    expect(a.candidates.takings).toEqual([2, 1]);
    expect(a.missing).toEqual(["takings"]);
    expect(roleCue(a, "takings")).toBe("ask");
    // Headerless, contents are all there is: the larger one.
    expect(
      assignRoles(SHOP, ["", "", ""], rowsOf(names, [5, 9, 2, 7], [50, 90, 20, 70])).columns.takings
    ).toBe(2);
    // The one written as money wins.
    expect(
      assignRoles(
        SHOP,
        ["门店", "本月", "上月"],
        rowsOf(names, [5, 9, 2, 7], ["¥50", "¥90", "¥20", "¥70"])
      ).columns.takings
    ).toBe(2);
  });

  it("an id header plays a weakIf role only when nothing better names it, and no never-id role", () => {
    const a = assignRoles(
      SHOP,
      ["门店编号", "城市编号", "营业额"],
      rowsOf(["1", "2", "3", "4"], [1, 1, 2, 2], [5, 9, 2, 7])
    );
    expect(a.columns.shop).toBe(0);
    expect(a.columns.town).toBeUndefined();
    const b = assignRoles(
      SHOP,
      ["门店编号", "门店", "营业额"],
      rowsOf(["1", "2", "3", "4"], names, [5, 9, 2, 7])
    );
    expect(b.columns.shop).toBe(1);
  });

  it("reads dates by the schema's window: serial days only once money is settled", () => {
    const recent = [45300, 45310, 45320, 45330];
    const a = assignRoles(SHOP, ["门店", "a", "b"], rowsOf(names, recent, [5, 9, 2, 7]));
    expect(a.columns).toMatchObject({ shop: 0, opened: 1, takings: 2 });
    const old = defineRoles(SHOP.roles, { serialDates: { from: 1980, to: 2099 } });
    const p = profileColumns(["x"], [[30000], [31000]]);
    expect(serialDates(p[0], old.serialDates)).toBe(true);
    expect(serialDates(p[0], SHOP.serialDates)).toBe(false);
  });
});

describe("the visit plan's tier role (orFrom previousTier unless sales)", () => {
  const rows = [
    ["Shop 1", "A", 100, "B"],
    ["Shop 2", "B", 50, "C"],
  ];
  it("an earlier run's Tier column (either language) beats the previous tier and sales", () => {
    expect(guessPlanRoles(["Customer", "Grade", "Sales", "等级"], rows).roles).toMatchObject({
      tier: 3,
      sales: 2,
    });
    expect(guessPlanRoles(["Customer", "上期等级", "Sales", "tier"], rows).roles.tier).toBe(3);
  });
  it("without one: the sales are tiered on the fly; without sales, last period's tiers", () => {
    expect(guessPlanRoles(["Customer", "Grade", "Sales", "x"], rows).roles.tier).toBeUndefined();
    const noSales = rows.map((r) => [r[0], r[1], "", r[3]]);
    const g = guessPlanRoles(["Customer", "Grade", "Note", "x"], noSales);
    expect(g.roles.tier).toBe(1);
    expect(g.roles.sales).toBeUndefined();
  });
});

describe("assignRoles properties", () => {
  const words = [
    "门店",
    "营业额",
    "城市",
    "区县",
    "开业日期",
    "电话",
    "编号",
    "shop",
    "takings",
    "town",
    "",
    "x",
    "year",
  ];
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -5, max: 100000 }),
    fc.double({ min: -200, max: 200, noNaN: true }),
    fc.constantFrom("甲", "乙", "A", "B", "¥1,200", "00123", "2024-01-03", "31.2,121.4", "")
  );
  const list = fc
    .integer({ min: 1, max: 6 })
    .chain((w) =>
      fc.tuple(
        fc.array(fc.constantFrom(...words), { minLength: w, maxLength: w }),
        fc.array(fc.array(cell, { minLength: 0, maxLength: w + 1 }), { maxLength: 12 })
      )
    );

  it("gives each column at most one role (fallbacks aside), inside the list, deterministically", () => {
    fc.assert(
      fc.property(list, ([header, rows]) => {
        const a = assignRoles(SHOP, header, rows);
        const own = SHOP.roles.filter(
          (r) => !(r.orFrom && a.columns[r.key] === a.columns[r.orFrom])
        );
        const cols = own.map((r) => a.columns[r.key]).filter((c) => c !== undefined);
        expect(new Set(cols).size).toBe(cols.length);
        for (const c of cols) expect(c).toBeLessThan(a.profiles.length);
        expect(assignRoles(SHOP, header, rows)).toEqual(a);
        // A required role is missing exactly when it has no column.
        expect(a.missing).toEqual(SHOP.required.filter((k) => a.columns[k] === undefined));
      })
    );
  });

  it("never gives money to a column whose header names a phone, an id or a year", () => {
    fc.assert(
      fc.property(list, ([header, rows]) => {
        const c = assignRoles(SHOP, header, rows).columns.takings;
        if (c !== undefined) expect(["电话", "编号", "year"]).not.toContain(header[c]);
      })
    );
  });

  it("a header naming the role with fitting contents always wins it", () => {
    fc.assert(
      fc.property(list, fc.nat(), ([header, rows], at) => {
        const h = [...header];
        const col = at % h.length;
        for (let i = 0; i < h.length; i++) if (h[i] === "营业额" || h[i] === "takings") h[i] = "x";
        h[col] = "营业额";
        const filled = rows.map((r) => {
          const copy = [...r];
          copy[col] = 42;
          return copy;
        });
        const a = assignRoles(SHOP, h, filled);
        expect(a.columns.takings).toBe(col);
        expect(a.sources.takings).toBe("header");
      })
    );
  });
});
