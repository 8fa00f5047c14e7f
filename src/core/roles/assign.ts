/**
 * Reading a list with a role schema: which column plays each role, found from the header
 * (English and Chinese words) and, for roles still open, from the contents.
 */
import { MAX_EXCEL_SERIAL } from "../excel/dates";
import { headerScore, normalizeHeader, type NormalHeader } from "./header";
import { headerIs, valuesAre } from "./never";
import {
  DISTINCT_CAP,
  isDateColumn,
  isNumeric,
  profileColumns,
  serialDates,
  type ColumnProfile,
} from "./profile";
import type { RoleDef, RoleSchema, ValueKind } from "./schema";

/** How a role's column was found: its header named it, or its contents alone. */
export type RoleSource = "header" | "content";

/** What `assignRoles` made of a list. */
export interface RoleAssignment<K extends string, S extends K = K> {
  /** Column (0-based, within the list) per role found; at most one role per column (`orFrom` aside). */
  columns: Partial<Record<K, number>>;
  sources: Partial<Record<K, RoleSource>>;
  /**
   * Roles with `ask` that no header named: the columns that could credibly play them, best first
   * (empty: none can). With no column chosen, the user is asked to choose among these.
   */
  candidates: Partial<Record<K, number[]>>;
  /** Required roles left without a column: the user must choose (see `candidates`). */
  missing: S[];
  /** One profile per column, of a sample of the rows. */
  profiles: ColumnProfile[];
}

/** The confidence cue of a role: named by its header, found in its contents, to be asked, or absent. */
export type RoleCue = RoleSource | "ask" | "none";

/**
 * The cue the pane shows next to a chosen column: the guess's cue (`roleCue`, "none" showing
 * nothing), or where else the choice came from: remembered for the sheet ("saved"), or the user's.
 */
export type ColumnCueKind = Exclude<RoleCue, "none"> | "saved" | "user";

/**
 * A role's cue, for the pane's hint under a dropdown and the command line's warning.
 * @example roleCue(assignRoles(schema, ["Customer", "Sales"], rows), "sales") // "header"
 */
export function roleCue<K extends string>(a: RoleAssignment<K>, role: K): RoleCue {
  const s = a.sources[role];
  if (s !== undefined) return s;
  return (a.missing as string[]).includes(role) || a.candidates[role] !== undefined
    ? "ask"
    : "none";
}

/** Whether a column's contents can play a role its header names (an empty column: trust the header). */
function contentFits(kind: ValueKind, p: ColumnProfile): boolean {
  if (p.nonEmpty === 0) return true;
  const half = 0.5 * p.nonEmpty;
  switch (kind) {
    case "number":
    case "money":
      return p.numbers >= half;
    case "latitude":
      return p.numbers >= half && p.min >= -90 && p.max <= 90;
    case "longitude":
      return p.numbers >= half && p.min >= -180 && p.max <= 180;
    case "date":
      // Mostly dates, date text or serial days: a few bad cells are the user's to fix.
      return (
        p.dates + p.numbers >= half &&
        (p.numbers === 0 || (p.min >= 1 && p.max <= MAX_EXCEL_SERIAL))
      );
    case "latlng":
      return p.latLngPairs >= half;
    default:
      return true;
  }
}

/**
 * Assigns columns to a schema's roles. Deterministic: the same list gives the same answer.
 *
 * Headers first: each header is scored against every role's words (whole header beats
 * contained, longer and header-final words beat shorter ones, so "客户经理" is a rep and
 * "客户地址" an address, not a customer); a header naming what the role must never be
 * ("销售电话" for sales) is skipped, one naming a `weakIf` kind counts only when nothing better
 * names the role, and one whose column's contents cannot play the role (text under "Sales") is
 * skipped; roles are then given out best score first, one column per role and one role per column.
 *
 * Contents next, for the `fromValues` roles still open, by kind: a "lat,lng" text column; an
 * adjacent pair of fractional columns in latitude/longitude ranges; a date column; a column of
 * A/B/C-like labels; the leftmost text column of mostly distinct values; money (the credible
 * numeric columns, money written as text first, then the larger mean; with `ask`, several of
 * them under real headers are left to the user); whole numbers reading as serial days (only
 * once money is settled: amounts can look like them); the leftmost non-empty column (`id`).
 * Last, an open role with `orFrom` shares that role's column (unless `orFromUnless` has one).
 *
 * @param schema The roles.
 * @param header Header texts ("" for blank or headerless lists).
 * @param rows Data rows (shorter rows read as blanks); at most 5,000 spread evenly are profiled.
 * @returns Column, source and candidates per role, required roles missing, column profiles.
 * @example assignRoles(CUSTOMER_LIST_ROLES, ["客户名称", "销售额"], [["A店", 100]]).columns // { customer: 0, sales: 1 }
 * Cost: O(min(rows, 5000) x columns + columns x words).
 */
export function assignRoles<K extends string, S extends K>(
  schema: RoleSchema<K, S>,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  profiles: ColumnProfile[] = profileColumns(header, rows)
): RoleAssignment<K, S> {
  const columns: Partial<Record<K, number>> = {};
  const sources: Partial<Record<K, RoleSource>> = {};
  const candidates: Partial<Record<K, number[]>> = {};
  const taken = new Set<number>();
  const normal = header.map((h) => normalizeHeader(h));
  const roles = schema.roles;

  // 1. Headers.
  const cands: Array<{ col: number; role: number; score: number }> = [];
  normal.forEach((h, c) => {
    if (h.compact === "") return;
    roles.forEach((role, ri) => {
      let score = headerScore(h, role.words);
      if (score === 0) return;
      if (role.never && headerIs(h, role.never)) return;
      if (role.weakIf && headerIs(h, role.weakIf)) score = Math.min(score, 10);
      if (!contentFits(role.kind, profiles[c])) return;
      cands.push({ col: c, role: ri, score });
    });
  });
  cands.sort((a, b) => b.score - a.score || a.col - b.col || a.role - b.role);
  for (const x of cands) {
    const key = roles[x.role].key;
    if (columns[key] !== undefined || taken.has(x.col)) continue;
    columns[key] = x.col;
    sources[key] = "header";
    taken.add(x.col);
  }

  // 2. Contents, for the roles still open.
  const give = (role: K, col: number): void => {
    columns[role] = col;
    sources[role] = "content";
    taken.add(col);
  };
  const free = (c: number): boolean => !taken.has(c);
  const open = (kind: ValueKind): RoleDef<K>[] =>
    roles.filter((r) => r.kind === kind && r.fromValues && columns[r.key] === undefined);
  const has = (kind: ValueKind): boolean =>
    roles.some((r) => r.kind === kind && columns[r.key] !== undefined);
  const first = (kind: ValueKind, test: (p: ColumnProfile) => boolean): void => {
    for (const r of open(kind)) {
      const c = profiles.findIndex((p, i) => free(i) && p.nonEmpty > 0 && test(p));
      if (c >= 0) give(r.key, c);
    }
  };

  if (!has("latitude")) first("latlng", (p) => p.latLngPairs >= 0.8 * p.nonEmpty);
  const [lat] = open("latitude");
  const [lng] = open("longitude");
  if (lat && lng && !has("latitude") && !has("longitude") && !has("latlng")) {
    const coord = (c: number, lim: number): boolean => {
      const p = profiles[c];
      return (
        free(c) &&
        isNumeric(p, 1) &&
        p.fractional >= 0.8 * p.numbers &&
        p.min >= -lim &&
        p.max <= lim
      );
    };
    for (let c = 0; c + 1 < profiles.length; c++) {
      if (coord(c, 90) && coord(c + 1, 180)) {
        give(lat.key, c);
        give(lng.key, c + 1);
        break;
      }
    }
  }
  first("date", isDateColumn);
  first("tier", (p) => p.tierLike >= 0.9 * p.nonEmpty && p.distinct <= 8);
  first(
    "text",
    (p) => p.texts >= 0.8 * p.nonEmpty && p.distinct >= Math.min(DISTINCT_CAP, 0.9 * p.nonEmpty)
  );
  for (const r of open("money")) {
    const ranked = rankMoney(r, normal, profiles, free, schema);
    if (r.ask) candidates[r.key] = ranked;
    const pick = r.ask ? pickOrAsk(header, profiles, ranked) : ranked[0];
    if (pick !== undefined) give(r.key, pick);
  }
  first("date", (p) => serialDates(p, schema.serialDates));
  first("id", () => true);

  // 3. Fallbacks.
  for (const r of roles) {
    if (columns[r.key] !== undefined || r.orFrom === undefined) continue;
    if (r.orFromUnless !== undefined && columns[r.orFromUnless] !== undefined) continue;
    const c = columns[r.orFrom];
    if (c === undefined) continue;
    columns[r.key] = c;
    const s = sources[r.orFrom];
    if (s !== undefined) sources[r.key] = s;
  }

  const missing = schema.required.filter((k) => columns[k] === undefined);
  return { columns, sources, candidates, missing, profiles };
}

/**
 * Numeric columns that could play a money role, best first: not taken, not named as something
 * it must never be (phone, id, year ...), not shaped like one (codes, years, coordinates, row
 * numbers, serial dates). Money written as text ranks first, row numbers last, then the larger
 * mean absolute value.
 */
function rankMoney<K extends string>(
  role: RoleDef<K>,
  normal: readonly NormalHeader[],
  profiles: readonly ColumnProfile[],
  free: (c: number) => boolean,
  schema: RoleSchema<K, K>
): number[] {
  const never = role.never ?? [];
  const out: number[] = [];
  profiles.forEach((p, c) => {
    if (!free(c) || !isNumeric(p)) return;
    if (valuesAre(p, never, schema.serialDates)) return;
    if (normal[c] && headerIs(normal[c], never)) return;
    out.push(c);
  });
  const mean = (p: ColumnProfile) => p.absSum / p.numbers;
  return out.sort(
    (a, b) =>
      Number(profiles[b].moneyText > 0) - Number(profiles[a].moneyText > 0) ||
      Number(profiles[a].ascendingIntegers) - Number(profiles[b].ascendingIntegers) ||
      mean(profiles[b]) - mean(profiles[a]) ||
      a - b
  );
}

/**
 * The money column from contents alone, or undefined to ask: the only candidate, or the only one
 * written as money; in a headerless list (nothing to go by but contents) the first candidate.
 */
function pickOrAsk(
  header: readonly string[],
  profiles: readonly ColumnProfile[],
  ranked: readonly number[]
): number | undefined {
  if (ranked.length === 0) return undefined;
  if (ranked.length === 1) return ranked[0];
  const money = ranked.filter((c) => profiles[c].moneyText > 0);
  if (money.length === 1) return money[0];
  const headerless = header.every((h) => String(h ?? "").trim() === "");
  return headerless ? ranked[0] : undefined;
}
