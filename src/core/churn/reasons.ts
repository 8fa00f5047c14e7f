/**
 * The standard churn reasons (PRODUCT 2.10, issue #7): a stable id per reason. The texts shown
 * in workbooks live in `src/i18n/{en,zh-CN}/churn.ts` (English and Chinese) keyed by these ids; the
 * core keeps ids only.
 */

/** Reason ids, in the order a dropdown lists them ("other" last). */
export const CHURN_REASON_IDS = [
  "repAttitude",
  "product",
  "competitor",
  "otherSupplier",
  "moved",
  "closed",
  "other",
] as const;

/** One standard churn reason. */
export type ChurnReasonId = (typeof CHURN_REASON_IDS)[number];

/**
 * Shares of lost customers by reason in the survey PRODUCT 2.10 cites (they sum to 1): the
 * rep's attitude 68%, product dissatisfaction 14%, competition 9%, another supplier
 * relationship 5%, moved 3%, died 1%. "Died" is recorded as `closed` (the business ended);
 * `other` has no survey share. Data for the pane's "what usually drives churn" hint.
 */
export const CHURN_SURVEY_SHARES: Readonly<Record<Exclude<ChurnReasonId, "other">, number>> =
  Object.freeze({
    repAttitude: 0.68,
    product: 0.14,
    competitor: 0.09,
    otherSupplier: 0.05,
    moved: 0.03,
    closed: 0.01,
  });

/**
 * True when `s` is a standard reason id.
 *
 * @param s Any text.
 * @returns Whether it is one of {@link CHURN_REASON_IDS}.
 * @example isChurnReasonId("moved") // true
 */
export function isChurnReasonId(s: unknown): s is ChurnReasonId {
  return typeof s === "string" && (CHURN_REASON_IDS as readonly string[]).includes(s);
}
