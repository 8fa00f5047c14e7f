/**
 * A job's column roles, declared as data: what each role is called in headers (English and
 * Chinese), what values it takes, what it must never be, whether contents alone may choose it.
 * `assignRoles` reads a list with it; dropdowns list `shown`; jobs refuse to run without
 * `required`.
 */
import type { HeaderWords } from "./header";
import type { NotKind } from "./never";
import type { SerialDateWindow } from "./profile";

/**
 * What values a role takes. A header match counts only when the contents fit (text under
 * "Sales" is not sales); contents alone find a role by its kind (see `assignRoles`).
 * - text: names (contents: the leftmost column of mostly distinct texts)
 * - label: short repeated labels (channel, region, rep); any contents
 * - id: names or codes (contents: the leftmost non-empty column left)
 * - number: at least half numbers
 * - money: at least half numbers (contents: the credible amounts, see `RoleDef.ask`)
 * - date: dates, date text or Excel serial days (contents: a date column, else serial days)
 * - tier: A/B/C-like labels (contents: a column of at most 8 such labels)
 * - latitude / longitude: numbers within ±90 / ±180 (contents: an adjacent pair of fractions)
 * - latlng: "lat,lng" text
 */
export type ValueKind =
  | "text"
  | "label"
  | "id"
  | "number"
  | "money"
  | "date"
  | "tier"
  | "latitude"
  | "longitude"
  | "latlng";

export interface RoleDef<K extends string = string> {
  readonly key: K;
  readonly kind: ValueKind;
  /** Header words; "=word" matches the whole header only. */
  readonly words: HeaderWords;
  /** What the column must never be: headers naming these refuse the role; for money, numbers shaped like them too. */
  readonly never?: readonly NotKind[];
  /** Headers naming these count only when no better header names the role ("Customer ID" as the customer). */
  readonly weakIf?: readonly NotKind[];
  /** Contents alone may choose the column when no header names it. */
  readonly fromValues?: boolean;
  /**
   * Money from contents: several credible columns under real headers are not guessed; the user
   * is asked to choose among the candidates (a wrong A/B/C list is worse than a question).
   */
  readonly ask?: boolean;
  /** With no column of its own, the role takes this role's column (area: the region). */
  readonly orFrom?: K;
  /** ... unless this role has a column (the plan's tier: last period's tiers only without sales). */
  readonly orFromUnless?: K;
}

export interface RoleSchema<K extends string = string, S extends K = K> {
  /** Every role assigned, in order: on equal header scores the earlier role wins. */
  readonly roles: readonly RoleDef<K>[];
  /** The roles the job shows (its dropdowns), in display order. */
  readonly shown: readonly S[];
  /** The roles the job cannot run without. */
  readonly required: readonly S[];
  /** Whole numbers in this window read as dates (and never as money). */
  readonly serialDates: SerialDateWindow;
}

/** A list's last orders: 2000-2099, within ten years of each other. */
export const LIST_DATES: SerialDateWindow = { from: 2000, to: 2099, spanYears: 10 };

/**
 * Declares a schema. Checks it: keys unique, every role has header words, `orFrom` names a role.
 *
 * @param roles The roles, in assignment order.
 * @param options Roles shown and required (default: all shown, none required), the serial-date window.
 * @returns The schema.
 * @example defineRoles([{ key: "customer", kind: "text", words: { en: ["customer"], zh: ["客户"] } }])
 */
export function defineRoles<const K extends string, const S extends K = K>(
  roles: readonly RoleDef<K>[],
  options: { shown?: readonly S[]; required?: readonly S[]; serialDates?: SerialDateWindow } = {}
): RoleSchema<K, S> {
  const keys = new Set<string>();
  for (const r of roles) {
    if (keys.has(r.key)) throw new Error(`role "${r.key}" declared twice`);
    keys.add(r.key);
    if (r.words.en.length + r.words.zh.length === 0)
      throw new Error(`role "${r.key}" has no header words`);
  }
  for (const r of roles)
    for (const k of [r.orFrom, r.orFromUnless])
      if (k !== undefined && !keys.has(k))
        throw new Error(`role "${r.key}" falls back to unknown role "${k}"`);
  const schema: RoleSchema<K, S> = {
    roles,
    shown: options.shown ?? (roles.map((r) => r.key) as S[]),
    required: options.required ?? [],
    serialDates: options.serialDates ?? LIST_DATES,
  };
  checkSubset(schema, schema.shown);
  checkSubset(schema, schema.required);
  return schema;
}

function checkSubset(schema: RoleSchema<string>, keys: readonly string[]): void {
  for (const k of keys)
    if (!schema.roles.some((r) => r.key === k)) throw new Error(`unknown role "${k}"`);
}

/**
 * One role of a schema.
 * @example roleDef(CUSTOMER_LIST_ROLES, "sales").never // ["phone", ...]
 */
export function roleDef<K extends string>(schema: RoleSchema<K, K>, key: K): RoleDef<K> {
  const r = schema.roles.find((x) => x.key === key);
  if (!r) throw new Error(`unknown role "${key}"`);
  return r;
}

/**
 * A job's view of a schema: the same assignment (every role still competes for its column, so a
 * 客户类型 column stays a channel), showing and requiring only the job's roles.
 *
 * @param schema The full schema.
 * @param shown The job's roles, in display order.
 * @param required Those the job cannot run without.
 * @returns The job's schema.
 * @example jobRoles(CUSTOMER_LIST_ROLES, ["customer", "sales"], ["sales"])
 */
export function jobRoles<K extends string, const S extends K>(
  schema: RoleSchema<K>,
  shown: readonly S[],
  required: readonly S[] = []
): RoleSchema<K, S> {
  checkSubset(schema, shown);
  checkSubset(schema, required);
  return { ...schema, shown, required };
}
