/**
 * Visit frequency by tier (PRODUCT 2.4): visits per 4-week cycle for each tier label.
 * A key customers at least weekly, B two to three times a month, C once or twice a month.
 */

/** Weeks in one policy cycle: policies are stated as visits per 4 weeks. */
export const CYCLE_WEEKS = 4;

/** Visits per {@link CYCLE_WEEKS}-week cycle, by tier label. */
export type VisitPolicy = Readonly<Record<string, number>>;

/** The default policy: A 4, B 2, C 1 visits per 4 weeks. */
export const DEFAULT_VISIT_POLICY: VisitPolicy = Object.freeze({ A: 4, B: 2, C: 1 });

/**
 * Visits per cycle that a tier requires under a policy.
 * Labels match exactly first, then ignoring case and surrounding spaces.
 *
 * @param tier The customer's tier label.
 * @param policy Visits per cycle by label (default {@link DEFAULT_VISIT_POLICY}).
 * @returns The visits per cycle, or `undefined` when the policy has no such tier.
 * @example visitsForTier("B") // 2
 */
export function visitsForTier(
  tier: string,
  policy: VisitPolicy = DEFAULT_VISIT_POLICY
): number | undefined {
  if (Object.prototype.hasOwnProperty.call(policy, tier)) return policy[tier];
  const key = tier.trim().toUpperCase();
  const match = Object.keys(policy).find((k) => k.trim().toUpperCase() === key);
  return match === undefined ? undefined : policy[match];
}
