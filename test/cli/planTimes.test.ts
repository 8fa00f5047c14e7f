/**
 * `crm plan` with the day in hours and the reps' output (issue 13 parts 1-2), end to end on a
 * small list written with exceljs: the contract's --help texts and defaults, the plan sheet's
 * Travel/Arrive/Depart columns as Excel times, the opening-hours flag, the day summary, the rep
 * sheets (map links, phone, page breaks) and the .ics files parsed back with ical.js.
 */
import * as fs from "fs";
import * as path from "path";
import ICAL from "ical.js";
import JSZip from "jszip";
import { crmRunner, grid, outputDir, readBack, writeXlsx } from "./helpers";

const p = outputDir("crm-times-");

const crm = crmRunner();

/** Minutes of an Excel time cell as exceljs reads it back (a Date on 1899-12-30 for an hh:mm format). */
function clock(v: unknown): number {
  if (v instanceof Date)
    return v.getUTCHours() * 60 + v.getUTCMinutes() + Math.round(v.getUTCSeconds() / 60);
  return Math.round((v as number) * 1440);
}

const HEADER = ["客户名称", "等级", "业务员", "地址", "纬度", "经度", "营业时间", "联系电话"];
// Two reps, a few shops 1-3 km apart in Chengdu; one opens only in the afternoon, one only at night.
const ROWS = [
  ["春熙路店", "A", "李娜", "春熙路1号", 30.657, 104.08, "8:00-12:00,14:00-20:00", "028-1111"],
  ["太古里店", "A", "李娜", "中纱帽街8号", 30.652, 104.083, "14:00-21:00", "028-2222"],
  ["宽窄巷子店", "B", "李娜", "宽巷子5号", 30.667, 104.055, "", ""],
  ["夜市店", "C", "李娜", "建设路99号", 30.672, 104.105, "22:00-23:30", "028-3333"],
  ["天府广场店", "A", "张伟", "人民南路1号", 30.6574, 104.0658, "", "028-4444"],
  ["锦里店", "B", "张伟", "武侯祠大街231号", 30.6461, 104.0483, "全天", ""],
  ["奇怪时间店", "C", "张伟", "", 30.64, 104.06, "周一休息", ""],
];

describe("crm plan: a day in hours", () => {
  test("--help lists the options with their formats and defaults", async () => {
    // Today's real date, as a user's --help (the texts checked do not depend on it).
    const r = await crmRunner(null)("plan", "--help");
    expect(r.code).toBe(0);
    const out = r.out + r.err;
    for (const s of [
      "--hours",
      "09:00-18:00",
      "--lunch",
      "12:00-13:00",
      "--visit-minutes",
      "A=30,B=20,C=15",
      "--speed",
      "km/h",
      "(default 25)",
      "--road-factor",
      "(default 1.3)",
      "--opening-hours",
      "营业时间 / Opening hours",
      "--ics",
      "--capacity",
    ])
      expect(out).toContain(s);
  });

  test("plan sheet times, flags, day summary, rep sheets and calendars", async () => {
    const input = p("shops.xlsx");
    await writeXlsx(input, [HEADER, ...ROWS]);
    const out = p("shops.plan.xlsx");
    const ics = p("ics");
    const r = await crm(
      "plan",
      input,
      "--start",
      "2025-11-03",
      "--weeks",
      "1",
      "--lang",
      "en",
      "--ics",
      ics,
      "--time-zone",
      "Asia/Shanghai",
      "--json",
      "-o",
      out
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.capacity).toBeNull();
    expect(j.day).toEqual({
      hours: "09:00-18:00",
      lunch: "12:00-13:00",
      visitMinutes: { A: 30, B: 20, C: 15 },
      speedKmh: 25,
      roadFactor: 1.3,
    });
    expect(j.columns.openingHours).toBe("营业时间");
    expect(j.openingHours.customers).toBe(4);
    expect(j.openingHours.unread).toEqual([{ row: 8, text: "周一休息" }]);
    expect(j.openingHours.visitsOutsideHours).toBe(1); // the night shop

    const wb = await readBack(out);
    const planWs = wb.worksheets.find((w) => w.name.startsWith("Visit plan"))!;
    expect(wb.worksheets.findIndex((w) => w.name.startsWith("Visit plan"))).toBe(
      wb.worksheets.indexOf(planWs)
    );
    const g = grid(planWs);
    const head = g[0] as string[];
    expect(head.slice(0, 12)).toEqual([
      "Date",
      "Weekday",
      "Week",
      "Rep",
      "Stop",
      "Customer",
      "Tier",
      "Area",
      "Address",
      "Latitude",
      "Longitude",
      "Km from previous stop",
    ]);
    expect(head[12]).toMatch(/^Travel/);
    expect(head[13]).toMatch(/^Arrive/);
    expect(head[14]).toMatch(/^Depart/);
    const rows = g.slice(1).filter((row) => typeof row[4] === "number");
    expect(rows).toHaveLength(7); // a 1-week horizon: every tier is due once
    const minutes = { A: 30, B: 20, C: 15 } as Record<string, number>;
    for (const row of rows) {
      const arrive = clock(row[13]);
      const depart = clock(row[14]);
      expect(planWs.getRow(g.indexOf(row) + 1).getCell(14).numFmt).toBe("hh:mm");
      expect(depart - arrive).toBe(minutes[row[6] as string]);
      if (row[5] === "夜市店") expect(String(row[15])).toMatch(/Outside opening hours 22:00-23:30/);
      else expect(row[15] ?? null).toBeNull();
      if (row[5] === "太古里店") expect(arrive).toBeGreaterThanOrEqual(14 * 60);
    }
    const dayHead = head.slice(13 + 4);
    expect(dayHead).toEqual(
      expect.arrayContaining(["Day start", "Day end", "Visit hours", "Travel hours"])
    );

    // Rep sheets: stops in order with times, phone, and a map link per located stop.
    const li = wb.getWorksheet("Stops 李娜")!;
    const lg = grid(li);
    expect(String(lg[0][0])).toMatch(
      /^李娜 · \w{3} 2025-11-0\d · \d+ visits? · \d\d:\d\d-\d\d:\d\d$/
    );
    expect(lg[1]).toEqual([
      "Stop",
      "Arrive",
      "Depart",
      "Customer",
      "Tier",
      "Address",
      "Phone",
      "Opening hours",
      "Map",
    ]);
    const stopRows = lg
      .map((row, k) => ({ row, k }))
      .filter(({ row }) => typeof row[0] === "number");
    expect(stopRows.map(({ row }) => row[3]).sort()).toEqual(
      ["太古里店", "夜市店", "宽窄巷子店", "春熙路店"].sort()
    );
    expect(
      stopRows
        .map(({ row }) => row[6] ?? null)
        .filter(Boolean)
        .sort()
    ).toEqual(["028-1111", "028-2222", "028-3333"]);
    // --lang en: Google Maps links (WGS-84, the list's default system, as is).
    for (const { k } of stopRows) {
      const link = li.getRow(k + 1).getCell(9).value as { formula: string };
      expect(link.formula).toMatch(
        /^HYPERLINK\("https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=30\.\d+%2C104\.\d+&travelmode=driving","Navigate"\)$/
      );
    }
    // One printed page per day: a break before every day's title but the first.
    // exceljs does not read page breaks back, so the sheets' XML is read: <brk id="n"> breaks
    // after 1-based row n, i.e. before 0-based row n, which must be each later day's title.
    const titlesOf = (name: string) =>
      grid(wb.getWorksheet(name)!)
        .map((row, k) => (typeof row[0] === "string" && / · \d+ visits? · /.test(row[0]) ? k : -1))
        .filter((k) => k >= 0)
        .slice(1);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const printed: { breaks: number[]; landscape: boolean }[] = [];
    for (const name of Object.keys(zip.files).filter((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
    )) {
      const xml = await zip.file(name)!.async("string");
      if (!xml.includes("<oddHeader>&amp;C&amp;A</oddHeader>")) continue;
      printed.push({
        breaks: [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1])),
        landscape: /<pageSetup[^>]*orientation="landscape"/.test(xml),
      });
    }
    expect(printed.map((x) => x.breaks).sort()).toEqual(
      [titlesOf("Stops 李娜"), titlesOf("Stops 张伟")].sort()
    );
    expect(printed.every((x) => x.landscape)).toBe(true);
    expect(String(lg[lg.length - 1][0])).toMatch(/WGS-84/);

    // Calendars: one per rep, every event matches its row on the plan sheet.
    const files = fs.readdirSync(ics).sort();
    expect(files).toEqual(["张伟.ics", "李娜.ics"]);
    for (const f of files) {
      const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(ics, f), "utf8")));
      const events = cal.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
      const mine = rows.filter((row) => `${row[3]}.ics` === f);
      expect(events).toHaveLength(mine.length);
      events.forEach((e, k) => {
        const row = mine[k];
        expect(e.summary).toBe(row[5]);
        // Shanghai = UTC+8: the plan day at 00:00 local is 16:00 UTC the day before.
        const day0 = Date.UTC(2025, 10, 3) - 8 * 3600_000;
        const date =
          row[0] instanceof Date
            ? row[0]
            : new Date(Date.UTC(1899, 11, 30) + (row[0] as number) * 86_400_000);
        const serialDay = Math.round((date.getTime() - Date.UTC(2025, 10, 3)) / 86_400_000);
        expect(e.startDate.toJSDate().getTime()).toBe(
          day0 + serialDay * 86_400_000 + clock(row[13]) * 60_000
        );
        expect(e.endDate.toJSDate().getTime()).toBe(
          day0 + serialDay * 86_400_000 + clock(row[14]) * 60_000
        );
        expect(e.location).toBe(row[8]);
        expect(e.description).toMatch(/https:\/\//);
      });
    }
  });

  test("settings in their documented forms change the day; bad forms are usage errors", async () => {
    const input = p("shops2.xlsx");
    await writeXlsx(input, [HEADER, ...ROWS]);
    const r = await crm(
      "plan",
      input,
      "--start",
      "2025-11-03",
      "--weeks",
      "1",
      "--hours",
      "08:30-17:00",
      "--lunch",
      "none",
      "--visit-minutes",
      "A=45,B=30,C=10",
      "--speed",
      "40",
      "--road-factor",
      "1.5",
      "--map",
      "google",
      "--coords",
      "gcj02",
      "--json",
      "-o",
      p("shops2.plan.xlsx")
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.day).toEqual({
      hours: "08:30-17:00",
      lunch: null,
      visitMinutes: { A: 45, B: 30, C: 10 },
      speedKmh: 40,
      roadFactor: 1.5,
    });
    for (const [opt, v, msg] of [
      ["--hours", "9-", /--hours must be a range such as 09:00-18:00/],
      ["--lunch", "12:00", /--lunch must be a range/],
      [
        "--visit-minutes",
        "A30",
        /--visit-minutes must list minutes per tier such as A=30,B=20,C=15/,
      ],
      ["--speed", "0", /--speed must be a number from 1 to 200/],
      ["--map", "baidu", /--map must be amap or google/],
      ["--coords", "bd09", /--coords must be wgs84 or gcj02/],
      ["--lunch", "07:00-08:00", /lunch break must lie inside the working hours/],
    ] as const) {
      const bad = await crm("plan", input, opt, v, "-o", p(`bad${opt}.xlsx`));
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(msg);
      expect(fs.existsSync(p(`bad${opt}.xlsx`))).toBe(false);
    }
  });
});
