import { CUSTOMER_LIST_ROLES, guessColumns, profileColumn, readNumericColumn } from "../../../src/core/list/columns";

describe("guessColumns from headers", () => {
  it("reads a Chinese FMCG list", () => {
    const header = ["客户编号", "客户名称", "渠道", "区域", "片区", "业务员", "月销售额（元）", "毛利", "服务成本", "订货频次", "地址", "纬度", "经度", "最后订货日期", "上期等级"];
    const rows = [
      [1001, "华联超市", "KA", "东区", "A片", "王伟", 120000, 18000, 2000, 4, "人民路1号", 31.23, 121.47, 45300, "A"],
      [1002, "小李便利店", "小店", "西区", "B片", "李娜", 3000, 400, 300, 2, "中山路8号", 31.25, 121.41, 45290, "C"],
    ];
    const g = guessColumns(header, rows);
    expect(g.roles).toEqual({
      customer: 1, channel: 2, region: 3, area: 4, rep: 5, sales: 6, margin: 7, cost: 8, loyalty: 9,
      address: 10, lat: 11, lng: 12, lastOrder: 13, previousTier: 14,
    });
    expect(g.sources.sales).toBe("header");
    expect(g.groupCandidates.slice(0, 4)).toEqual([2, 3, 4, 5]);
  });

  it("reads an English list with tricky headers", () => {
    const header = ["Customer ID", "Client Name", "Sales Rep", "Revenue (USD)", "Type", "Region/Area", "Grade", "Last order date", "Latitude", "Longitude"];
    const rows = [[7, "Acme", "Bob", 100.5, "KA", "North", "B", 45000, 40.1, -74.2]];
    const g = guessColumns(header, rows);
    expect(g.roles).toMatchObject({ customer: 1, rep: 2, sales: 3, channel: 4, region: 5, previousTier: 6, lastOrder: 7, lat: 8, lng: 9 });
    // No area column: the region column stands in for it.
    expect(g.roles.area).toBe(5);
  });

  it("tells apart headers that share a word: 客户经理 is a rep, 客户地址 an address, 客户类型 a channel, 客户等级 a tier", () => {
    const g = guessColumns(["客户", "客户经理", "客户地址", "客户类型", "客户等级", "销量"], [["甲", "王", "路1号", "KA", "A", 5]]);
    expect(g.roles).toMatchObject({ customer: 0, rep: 1, address: 2, channel: 3, previousTier: 4, sales: 5 });
  });

  it("reads a combined 经纬度 column and 门店/销售金额", () => {
    const g = guessColumns(["门店", "经纬度", "销售金额"], [["甲", "31.2,121.4", 10], ["乙", "31.3, 121.5", 20]]);
    expect(g.roles).toMatchObject({ customer: 0, latlng: 1, sales: 2 });
    expect(g.roles.lat).toBeUndefined();
  });

  it("does not take a text column as sales because of its header", () => {
    const g = guessColumns(["Name", "Sales", "Amount"], [["a", "n/a", 5], ["b", "none", 7]]);
    expect(g.roles.sales).toBe(2);
  });

  it("a 'Rep name' column is a rep, not the customer name", () => {
    const g = guessColumns(["Store", "Rep name", "Sales"], [["a", "x", 1]]);
    expect(g.roles).toMatchObject({ customer: 0, rep: 1, sales: 2 });
  });
});

describe("guessColumns from contents", () => {
  it("guesses a headerless list", () => {
    const rows = [
      ["Shop 1", "KA", 123.5, 31.12, 121.3, "A"],
      ["Shop 2", "KA", 12, 31.15, 121.5, "B"],
      ["Shop 3", "Small", 50, 31.2, 121.9, "C"],
      ["Shop 4", "Small", 9, 31.21, 121.8, "C"],
    ];
    const g = guessColumns(["", "", "", "", "", ""], rows);
    expect(g.roles).toEqual({ customer: 0, sales: 2, lat: 3, lng: 4, previousTier: 5 });
    expect(Object.values(g.sources).every((s) => s === "content")).toBe(true);
    expect(g.numericColumns).toEqual([2, 3, 4]);
    expect(g.groupCandidates).toEqual([1]);
  });

  it("skips row numbers and date serials; two unnamed measures under real headers: asks, larger first", () => {
    const rows = [
      [1, "a", 45310, 500, 20],
      [2, "b", 45320, 1500, 80],
      [3, "c", 45330, 800, 30],
    ];
    const g = guessColumns(["No.", "x", "y", "z", "w"], rows);
    expect(g.roles.sales).toBeUndefined();
    expect(g.salesCandidates).toEqual([3, 4]);
    expect(g.roles.lastOrder).toBe(2);
    // Headerless, there is nothing to go by but contents: the larger measure.
    expect(guessColumns(["", "", "", "", ""], rows).roles.sales).toBe(3);
  });

  it("does not mistake sales sorted ascending for row numbers", () => {
    const rows = [[1, "a", 100], [2, "b", 200], [3, "c", 350], [4, "d", 900]];
    expect(guessColumns(["", "", ""], rows).roles.sales).toBe(2);
    // Row numbers are never sales: with nothing else, no guess (the user is asked).
    const g = guessColumns(["", ""], [[1, "a"], [2, "b"], [3, "c"]]);
    expect(g.roles.sales).toBeUndefined();
    expect(g.salesCandidates).toEqual([]);
  });

  it("recognises Date cells and date text as the last order", () => {
    const g = guessColumns(["", "", ""], [["a", new Date(2024, 0, 3), 5], ["b", new Date(2024, 1, 3), 6]]);
    expect(g.roles.lastOrder).toBe(1);
    const h = guessColumns(["", "", ""], [["a", "2024-01-03", 5], ["b", "2024/2/3", 6]]);
    expect(h.roles.lastOrder).toBe(1);
  });

  it("is deterministic and lists every role once", () => {
    const rows = [["a", 1], ["b", 2]];
    expect(guessColumns(["Customer", "Sales"], rows)).toEqual(guessColumns(["Customer", "Sales"], rows));
    expect(new Set(CUSTOMER_LIST_ROLES.shown).size).toBe(CUSTOMER_LIST_ROLES.shown.length);
  });

  it("handles an empty list and ragged rows", () => {
    const g = guessColumns(["Customer", "Sales"], []);
    expect(g.roles).toEqual({ customer: 0, sales: 1 });
    expect(g.numericColumns).toEqual([]);
    const h = guessColumns([], [["a", 1], ["b"]]);
    expect(h.roles.sales).toBe(1);
  });
});

describe("the sales guess never takes a phone, postcode, id, year or coordinate (issue 11.4)", () => {
  const names = ["甲店", "乙店", "丙店", "丁店"];
  const list = (cols: unknown[][]) => names.map((n, i) => [n, ...cols.map((c) => c[i])]);
  it.each([
    ["联系电话", [13812345678, 13987654321, 15011112222, 18633334444]],
    ["Mobile", ["13812345678", "13987654321", "15011112222", "18633334444"]], // stored as text
    ["邮编", [100080, 200120, 310000, 510000]],
    ["客户编号", ["00123", "00456", "00789", "01011"]],
    ["Year", [2021, 2022, 2023, 2024]],
    ["纬度", [31.2304, 31.2456, 31.1987, 31.2201]],
    ["Postcode", [100080, 200120, 310000, 510000]],
  ])("a %s column is not sales, even as the only numbers", (header, values) => {
    const g = guessColumns(["客户名称", header], list([values]));
    expect(g.roles.sales).toBeUndefined();
    expect(g.salesCandidates).toEqual([]);
  });
  it("the same numbers under an unnamed header are not sales either (contents alone)", () => {
    const g = guessColumns(["客户名称", "备注1"], list([[13812345678, 13987654321, 15011112222, 18633334444]]));
    expect(g.roles.sales).toBeUndefined();
  });
  it("prefers a money-like header over larger numbers: 回款, 提货额, Revenue", () => {
    for (const h of ["回款", "提货额", "回款金额", "Revenue", "销售收入"]) {
      const g = guessColumns(["客户名称", "手机", h], list([[13812345678, 13987654321, 15011112222, 18633334444], [5, 9, 2, 7]]));
      expect(g.roles.sales).toBe(2);
      expect(g.sources.sales).toBe("header");
    }
  });
  it("takes the only column written as money among unnamed numbers", () => {
    const g = guessColumns(["客户名称", "本月", "件数"], list([["¥1,200", "¥300", "1.2万", "¥50"], [3, 5, 1, 2]]));
    expect(g.roles.sales).toBe(1);
    expect(g.sources.sales).toBe("content");
  });
  it("takes the one credible unnamed column, and names a 销售电话 header not sales", () => {
    const g = guessColumns(["客户名称", "销售电话", "本月"], list([[13812345678, 13987654321, 15011112222, 18633334444], [120, 80, 45, 300]]));
    expect(g.roles.sales).toBe(2);
    expect(g.sources.sales).toBe("content");
  });
});

describe("numeric columns", () => {
  it("reads numbers and numeric text, records blank and invalid rows", () => {
    const c = readNumericColumn([[1], [null], ["x"], [" 1,200.5 "], [true], [""], [new Date(0)]], 0);
    expect(Array.from(c.values)).toEqual([1, NaN, NaN, 1200.5, NaN, NaN, NaN]);
    expect(c.blankRows).toEqual([1, 5]);
    expect(c.invalidRows).toEqual([2, 4, 6]);
  });
  it("profiles a column", () => {
    const p = profileColumn([[1], [2.5], ["x"], ["A类"], [null]], 0);
    expect(p).toMatchObject({ nonEmpty: 4, numbers: 2, texts: 2, fractional: 1, min: 1, max: 2.5, tierLike: 1, distinct: 4 });
  });
});
