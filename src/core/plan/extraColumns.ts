/**
 * The two list columns only the visit plan reads (issue 13): opening hours (营业时间 / Opening
 * hours) and a phone number for the rep sheets, as a role schema (header words in English and
 * Chinese, as data). They are found by their headers alone: the customer list's roles stay
 * about tiering, and no dropdown shows these two (the command line names them with
 * --opening-hours / --phone).
 */
import { assignRoles, defineRoles } from "../roles";

export const PLAN_EXTRA_ROLES = defineRoles([
  {
    key: "openingHours",
    kind: "text",
    words: {
      en: ["opening hours", "opening time", "business hours", "hours", "open hours", "opening"],
      zh: ["营业时间", "营业时段", "开门时间"],
    },
  },
  {
    key: "phone",
    kind: "text",
    words: {
      en: ["phone", "telephone", "tel", "mobile", "phone number", "contact number"],
      zh: ["电话", "联系电话", "手机", "手机号", "联系方式"],
    },
  },
]);

/** Which extra column is which. */
export type ExtraColumn = (typeof PLAN_EXTRA_ROLES.shown)[number];

/**
 * The opening-hours and phone columns of a header, by the schema's header words (the whole
 * header, or words within it: "营业时间(周一至周五)", "Store phone"); one column each.
 *
 * @param header The list's header texts.
 * @returns 0-based columns of what was found.
 * @example findExtraColumns(["客户", "营业时间", "电话"]) // { openingHours: 1, phone: 2 }
 */
export function findExtraColumns(header: readonly string[]): Partial<Record<ExtraColumn, number>> {
  return assignRoles(PLAN_EXTRA_ROLES, header, []).columns;
}
