/**
 * The visit plan's column roles: the customer list's, plus this period's tier. An earlier run's
 * Tier column ("Tier" / "等级", in any language) holds this period's tiers; without one the
 * plan tiers the sales on the fly, and only without sales does it take last period's tiers (a
 * previous-tier column), as `crm plan` does.
 */
import { CUSTOMER_LIST_ROLES } from "../list/listRoles";
import { assignRoles, defineRoles, type RoleSource } from "../roles";
import { TIER_HEADERS } from "../tier/headers";

export const PLAN_ROLES = defineRoles(
  [
    // First: on a "Tier" header it wins over the list's previous tier (same score, earlier role).
    {
      key: "tier",
      kind: "tier",
      orFrom: "previousTier",
      orFromUnless: "sales",
      words: { en: [`=${TIER_HEADERS.en.toLowerCase()}`], zh: [`=${TIER_HEADERS.zh}`] },
    },
    ...CUSTOMER_LIST_ROLES.roles,
  ],
  {
    shown: ["customer", "tier", "sales", "rep", "area", "address", "lat", "lng", "latlng"],
    serialDates: CUSTOMER_LIST_ROLES.serialDates,
  }
);

/** A role the Visit plan tab shows. */
export type PlanRole = (typeof PLAN_ROLES.shown)[number];

/**
 * The plan's columns guessed from a list: customer, this period's tier (see above), sales,
 * rep, area (else the region), address, coordinates (lat + lng, else a combined column).
 *
 * @param header Header texts.
 * @param rows Data rows.
 * @returns Column per shown role (0-based, within the header) and where each guess came from.
 * @example guessPlanRoles(["Customer", "Sales", "Tier"], [["a", 1, "A"]]).roles // { customer: 0, sales: 1, tier: 2 }
 * Cost: O(min(rows, 5000) x columns).
 */
export function guessPlanRoles(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>
): { roles: Partial<Record<PlanRole, number>>; sources: Partial<Record<PlanRole, RoleSource>> } {
  const a = assignRoles(PLAN_ROLES, header, rows);
  const roles: Partial<Record<PlanRole, number>> = {};
  const sources: Partial<Record<PlanRole, RoleSource>> = {};
  const pair = a.columns.lat !== undefined && a.columns.lng !== undefined;
  for (const r of PLAN_ROLES.shown) {
    const c = a.columns[r];
    if (c === undefined || c >= header.length) continue; // a guess on a ragged sample
    if (pair ? r === "latlng" : r === "lat" || r === "lng") continue;
    roles[r] = c;
    sources[r] = a.sources[r] ?? "header";
  }
  return { roles, sources };
}
