/**
 * The Visit plan tab's form logic, kept out of the components so it is tested directly: column
 * guesses for the plan, the default start date, the holiday text, the per-rep start points, the
 * tier labels the policy editor shows. No planning rule lives here (that is core/plan).
 */
import { guessColumns } from "../../core/list/columns";
import {
  dayNumberToIso,
  isoToDayNumber,
  isoWeekday,
  parseLatLng,
  type LatLng,
} from "../../core/plan";
import { DEFAULT_LABELS } from "../../core/tier";
import type { CellValue, ListSnapshot } from "../../host/types";
import { allTierHeaders } from "../../i18n/sheetText";
import { PLAN_ROLES, type PlanRole } from "../../i18n/planUiText";

export type PlanRoles = Partial<Record<PlanRole, number>>;
export type PlanSources = Partial<Record<PlanRole, "header" | "content">>;

/**
 * The plan's columns guessed from the list: customer, rep, area (else region), address,
 * coordinates (lat + lng, else a combined column). The tier: an earlier run's Tier column
 * ("Tier"/"等级", this period's tiers) first; else the sales to tier on the fly; else a
 * tier-like column (last period's tiers), as the `crm plan` command does.
 * @param snapshot The list.
 * @returns Column per role (0-based within the list) and where each guess came from.
 */
export function guessPlanColumns(snapshot: ListSnapshot): {
  roles: PlanRoles;
  sources: PlanSources;
} {
  const g = guessColumns(snapshot.header, snapshot.rows);
  const roles: PlanRoles = {};
  const sources: PlanSources = {};
  const take = (role: PlanRole, col: number | undefined, src: "header" | "content" | undefined) => {
    if (col === undefined) return;
    roles[role] = col;
    sources[role] = src ?? "header";
  };
  take("customer", g.roles.customer, g.sources.customer);
  const earlier = snapshot.header.findIndex((h) =>
    allTierHeaders().includes(String(h ?? "").trim())
  );
  if (earlier >= 0) take("tier", earlier, "header");
  take("sales", g.roles.sales, g.sources.sales);
  if (roles.tier === undefined && roles.sales === undefined)
    take("tier", g.roles.previousTier, g.sources.previousTier);
  take("rep", g.roles.rep, g.sources.rep);
  if (g.roles.area !== undefined) take("area", g.roles.area, g.sources.area);
  else take("area", g.roles.region, g.sources.region);
  take("address", g.roles.address, g.sources.address);
  if (g.roles.lat !== undefined && g.roles.lng !== undefined) {
    take("lat", g.roles.lat, g.sources.lat);
    take("lng", g.roles.lng, g.sources.lng);
  } else take("latlng", g.roles.latlng, g.sources.latlng);
  // Drop roles pointing outside the list (a guess on a ragged sample).
  for (const r of PLAN_ROLES)
    if (roles[r] !== undefined && roles[r]! >= snapshot.header.length) delete roles[r];
  return { roles, sources };
}

/**
 * The Monday after `today` (a Monday gives the next week's Monday), as the command line does.
 * @param today The local calendar date (year, month 1-12, day).
 * @returns yyyy-mm-dd.
 * @example nextMonday({ year: 2025, month: 10, day: 29 }) // "2025-11-03"
 */
export function nextMonday(today: { year: number; month: number; day: number }): string {
  const iso = `${today.year}-${String(today.month).padStart(2, "0")}-${String(today.day).padStart(2, "0")}`;
  const d = isoToDayNumber(iso);
  return dayNumberToIso(d + (8 - isoWeekday(d)));
}

/** A date text as ISO: yyyy-mm-dd, also yyyy/m/d and yyyy.m.d; null when it is not a real date. */
export function isoDate(text: string): string | null {
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  try {
    isoToDayNumber(iso);
    return iso;
  } catch {
    return null;
  }
}

/**
 * Holidays from the textarea: one date per line; blank lines and "# comments" are ignored;
 * several dates on a line may be separated by commas or spaces.
 * @param text The textarea's content.
 * @returns The ISO dates (sorted, distinct) and the 1-based lines that hold something else.
 */
export function parseHolidays(text: string): {
  dates: string[];
  badLines: { line: number; text: string }[];
} {
  const dates = new Set<string>();
  const badLines: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") return;
    const parts = line.split(/[\s,，;；]+/).filter((p) => p !== "");
    const isos = parts.map(isoDate);
    if (isos.some((d) => d === null)) badLines.push({ line: i + 1, text: line });
    else isos.forEach((d) => dates.add(d!));
  });
  return { dates: [...dates].sort(), badLines };
}

/**
 * Start points typed per rep ("lat,lng"); empty entries mean "no start point".
 * @param entries Text per rep name.
 * @returns The parsed points and the entries that are not coordinates.
 */
export function parseRepStarts(entries: Readonly<Record<string, string>>): {
  starts: Record<string, LatLng>;
  bad: { rep: string; value: string }[];
} {
  const starts: Record<string, LatLng> = {};
  const bad: { rep: string; value: string }[] = [];
  for (const [rep, value] of Object.entries(entries)) {
    if (value.trim() === "") continue;
    const p = parseLatLng(value);
    if (p) starts[rep] = p;
    else bad.push({ rep, value });
  }
  return { starts, bad };
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/**
 * The reps of the list in order of first appearance ("" when there is no rep column or a row
 * has no rep: the planner's rep of customers without one).
 * @param snapshot The list.
 * @param repCol Rep column, or undefined.
 * @returns Distinct rep names. Cost O(rows).
 */
export function repsOf(snapshot: ListSnapshot, repCol: number | undefined): string[] {
  if (repCol === undefined) return [""];
  const seen = new Set<string>();
  for (const r of snapshot.rows) {
    if (r.every((v) => v === null || v === "")) continue;
    seen.add(text(r[repCol]));
  }
  return [...seen];
}

/** At most this many tier labels get a policy field (a column with more is not a tier column). */
export const MAX_POLICY_LABELS = 10;

/**
 * The tier labels the policy editor shows: the default labels when tiers are computed from
 * sales, else the distinct labels of the tier column (A, B, C first, in label order).
 * @param snapshot The list.
 * @param tierCol Tier column, or undefined (tiers computed from sales).
 * @returns Up to {@link MAX_POLICY_LABELS} labels.
 */
export function tierLabels(snapshot: ListSnapshot, tierCol: number | undefined): string[] {
  if (tierCol === undefined) return [...DEFAULT_LABELS];
  const seen = new Set<string>();
  for (const r of snapshot.rows) {
    const t = text(r[tierCol]);
    if (t !== "") seen.add(t);
    if (seen.size > 4 * MAX_POLICY_LABELS) break;
  }
  return [...seen].sort((a, b) => a.localeCompare(b, "en")).slice(0, MAX_POLICY_LABELS);
}
