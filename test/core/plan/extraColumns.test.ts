/**
 * The visit plan's extra columns (opening hours, phone) found by the header words of their role
 * schema, PLAN_EXTRA_ROLES: whole headers, words within a header, English and Chinese, one column
 * each, and nothing on headers that name neither.
 */
import { findExtraColumns, PLAN_EXTRA_ROLES } from "../../../src/core/plan/extraColumns";

describe("findExtraColumns", () => {
  test("whole headers, English and Chinese", () => {
    expect(findExtraColumns(["客户", "营业时间", "电话"])).toEqual({ openingHours: 1, phone: 2 });
    expect(findExtraColumns(["Customer", "Phone", "Opening hours"])).toEqual({
      openingHours: 2,
      phone: 1,
    });
  });

  test("a header holding the words: brackets, a longer name", () => {
    expect(findExtraColumns(["营业时间(周一至周五)", "门店联系电话"])).toEqual({
      openingHours: 0,
      phone: 1,
    });
    expect(findExtraColumns(["Store phone number", "Business hours"])).toEqual({
      openingHours: 1,
      phone: 0,
    });
  });

  test("a short word as a whole header; nothing where no header names them", () => {
    expect(findExtraColumns(["Customer", "Tel"])).toEqual({ phone: 1 });
    expect(findExtraColumns(["Customer", "Sales", "Telephonist", "Hotel"])).toEqual({});
  });

  test("the schema declares both roles with words in both languages", () => {
    expect(PLAN_EXTRA_ROLES.shown).toEqual(["openingHours", "phone"]);
    for (const r of PLAN_EXTRA_ROLES.roles) {
      expect(r.words.en.length).toBeGreaterThan(0);
      expect(r.words.zh.length).toBeGreaterThan(0);
    }
  });
});
