/**
 * Matching a visit log to the customers (and reps) of a list or a plan: exact after
 * normalisation (see `names.ts`), by id or by name; a name shared by several customers is
 * settled by the visit's rep when exactly one of them belongs to that rep. Everything else is
 * reported with its near-misses, never guessed.
 */
import type { LoggedVisit } from "./log";
import { NameIndex } from "./names";

/** A customer the log may name. */
export interface CustomerTarget<T> {
  /** What the customer answers to: its name and, when the list has one, its id/code. */
  readonly keys: readonly unknown[];
  /** The name shown in messages and suggestions. */
  readonly label: string;
  /** The customer's rep as in the list or plan ("" none). */
  readonly rep: string;
  readonly target: T;
}

/** A logged visit matched to a customer (and, when reps are checked, to a plan rep). */
export interface MatchedVisit<T> {
  readonly visit: LoggedVisit;
  readonly customer: T;
  /** The plan's spelling of the visit's rep (the typed rep when reps are not checked). */
  readonly rep: string;
}

/** Why a logged visit was not matched. */
export type UnmatchedCode = "UNKNOWN_CUSTOMER" | "AMBIGUOUS_CUSTOMER" | "UNKNOWN_REP";

export interface UnmatchedVisit {
  readonly visit: LoggedVisit;
  readonly code: UnmatchedCode;
  /** Close names (customers, or reps for UNKNOWN_REP) for the user to check; best first. */
  readonly nearMisses: string[];
}

export interface LogMatch<T> {
  readonly matched: MatchedVisit<T>[];
  readonly unmatched: UnmatchedVisit[];
}

/**
 * Matches the log's visits.
 *
 * @param visits The logged visits.
 * @param customers The customers they may name.
 * @param reps When given, the plan's reps: a visit's rep must be one of them (after
 *   normalisation) and is returned in the plan's spelling; otherwise reps are not checked.
 * @returns Matched and unmatched visits, each in log order.
 * @example
 * matchVisitLog([{ row: 0, rep: "Li", customer: "Shop 1", date: "2025-11-03" }],
 *   [{ keys: ["Shop 1", "C1"], label: "Shop 1", rep: "Li", target: 7 }], ["Li"]).matched[0].customer // 7
 * Cost: O(visits + customers) for exact matches, plus a near-miss search per unmatched name.
 */
export function matchVisitLog<T>(
  visits: readonly LoggedVisit[],
  customers: readonly CustomerTarget<T>[],
  reps?: readonly string[]
): LogMatch<T> {
  const byKey = new NameIndex(customers.map((c) => ({ ...c, target: c })));
  const repIndex =
    reps === undefined
      ? null
      : new NameIndex(reps.map((r) => ({ keys: [r], label: r, target: r })));
  const matched: MatchedVisit<T>[] = [];
  const unmatched: UnmatchedVisit[] = [];
  const nearCache = new Map<string, string[]>();
  for (const visit of visits) {
    let rep = visit.rep;
    if (repIndex) {
      const r = repIndex.lookup(visit.rep);
      if (r.kind !== "match") {
        unmatched.push({
          visit,
          code: "UNKNOWN_REP",
          nearMisses: r.kind === "none" ? r.nearMisses : r.targets,
        });
        continue;
      }
      rep = r.target;
    }
    // A name already found unknown is not searched for near-misses again (logs repeat names).
    const known = nearCache.get(visit.customer);
    if (known) {
      unmatched.push({ visit, code: "UNKNOWN_CUSTOMER", nearMisses: known });
      continue;
    }
    const m = byKey.lookup(visit.customer);
    if (m.kind === "match") {
      matched.push({ visit, customer: m.target.target, rep });
      continue;
    }
    if (m.kind === "ambiguous") {
      const same = m.targets.filter((c) => c.rep === rep);
      if (rep !== "" && same.length === 1) {
        matched.push({ visit, customer: same[0].target, rep });
        continue;
      }
      unmatched.push({
        visit,
        code: "AMBIGUOUS_CUSTOMER",
        nearMisses: [...new Set(m.targets.map((c) => `${c.label} (${c.rep})`))],
      });
      continue;
    }
    nearCache.set(visit.customer, m.nearMisses);
    unmatched.push({ visit, code: "UNKNOWN_CUSTOMER", nearMisses: m.nearMisses });
  }
  return { matched, unmatched };
}
