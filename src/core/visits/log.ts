/**
 * The visit log (issue 13 part 3): the visits reps report as done, one row each, from a sheet or
 * a CSV exported from a field app. A header row names the rep, the customer and the date
 * (English or Chinese; an optional time of day); dates are real dates, Excel serials or ISO-like
 * text. Reading is strict: a row without a readable date or customer is reported by row number,
 * never guessed.
 */
import { isEmptyCell } from "../excel/cell";
import { guessColumns, guessOrderColumns } from "../list/columns";
import { isoFromSerial, toSerialDay } from "../excel/dates";
import { isoToDayNumber } from "../plan/calendar";
import { defineRoles, exactHeaders, headerScore, normalizeHeader, roleDef } from "../roles";
import { nameKey } from "./names";

/** One visit as logged. */
export interface LoggedVisit {
  /** 0-based data row of the log (row numbers in messages are the caller's to add). */
  readonly row: number;
  /** The rep as typed, normalised by {@link nameKey} ("" when the log has no rep column). */
  readonly rep: string;
  /** The customer name or id as typed, normalised by {@link nameKey}. */
  readonly customer: string;
  /** ISO date of the visit. */
  readonly date: string;
  /** Time of day "hh:mm" when the log gives one (in the date cell or a time column). */
  readonly time?: string;
}

/** Which log column (0-based) holds what. */
export interface VisitLogColumns {
  rep?: number;
  customer: number;
  date: number;
  time?: number;
}

/** Why a log row was not read. */
export type LogProblemCode = "NO_CUSTOMER" | "NO_DATE" | "BAD_DATE";

export interface LogProblem {
  readonly row: number;
  readonly code: LogProblemCode;
  /** The offending cell as text. */
  readonly value: string;
}

/** What {@link readVisitLog} made of the rows. */
export interface VisitLog {
  readonly visits: LoggedVisit[];
  readonly problems: LogProblem[];
  /** Entirely empty rows skipped. */
  readonly blankRows: number;
}

/**
 * The log's own roles, as data: the visit date and the time of day, matched as whole headers
 * (after case, width, brackets and punctuation are folded). Rep and customer headers are the
 * customer list's (the same `guessColumns` words: 业务员, 客户名称, Rep ...); a date the visit
 * words do not name is found by the order table's date words (`guessOrderColumns`: 日期, Date ...).
 */
export const VISIT_LOG_ROLES = defineRoles([
  {
    key: "visitDate",
    kind: "date",
    words: exactHeaders([
      "visit date",
      "visited",
      "visited on",
      "date of visit",
      "check in",
      "check-in",
      "拜访日期",
      "拜访时间",
      "走访日期",
      "巡店日期",
      "签到日期",
      "签到时间",
      "到店日期",
    ]),
  },
  {
    key: "time",
    kind: "text",
    words: exactHeaders(["time", "visit time", "check-in time", "时间", "到店时间", "拜访时刻"]),
  },
]);

/**
 * Finds the log's columns from its header row: the rep and the customer as the customer-list
 * guess finds them (an id/code column counts as the customer when no name column exists), the
 * date from visit-date words, then the order table's date words. Only header matches count: a
 * log without a recognisable header is refused rather than read by position.
 *
 * @param header Header texts.
 * @param rows Data rows (used to check that a date column holds dates).
 * @returns The columns found, and the roles missing (`rep` is reported missing but optional for
 *   the caller to require).
 * @example guessVisitLogColumns(["业务员", "客户名称", "拜访日期"], [["王伟", "红旗连锁", 45965]])
 * // { columns: { rep: 0, customer: 1, date: 2 }, missing: [] }
 * Cost: O(min(rows, 5000) x columns).
 */
export function guessVisitLogColumns(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>
): { columns: Partial<VisitLogColumns>; missing: ("rep" | "customer" | "date")[] } {
  const normal = header.map((h) => normalizeHeader(h));
  /** Columns whose header is one of the role's words. */
  const named = (role: "visitDate" | "time"): number[] => {
    const words = roleDef(VISIT_LOG_ROLES, role).words;
    return normal.flatMap((h, i) => (headerScore(h, words) > 0 ? [i] : []));
  };
  const list = guessColumns(header, rows);
  const order = guessOrderColumns(header, rows);
  const cols: Partial<VisitLogColumns> = {};
  const fromHeader = <R extends string>(
    g: { roles: Partial<Record<R, number>>; sources: Partial<Record<R, "header" | "content">> },
    r: R
  ): number | undefined => (g.sources[r] === "header" ? g.roles[r] : undefined);

  let date = named("visitDate")[0] ?? -1;
  if (date < 0) date = fromHeader(order, "date") ?? -1;
  if (date >= 0) cols.date = date;
  const rep = fromHeader(list, "rep");
  if (rep !== undefined && rep !== date) cols.rep = rep;
  let customer = fromHeader(list, "customer");
  if (customer === undefined || customer === rep || customer === date) {
    const c = fromHeader(order, "customer"); // ids: 客户编号, Customer ID
    customer = c !== undefined && c !== rep && c !== date ? c : undefined;
  }
  if (customer !== undefined) cols.customer = customer;
  const time = named("time").find((i) => i !== cols.date && i !== cols.rep && i !== cols.customer);
  if (time !== undefined) cols.time = time;
  const missing = (["rep", "customer", "date"] as const).filter((r) => cols[r] === undefined);
  return { columns: cols, missing };
}

const YMD =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?:[T\s]+(\d{1,2})[:：](\d{2}))?/;
const HM = /^(\d{1,2})[:：](\d{2})(?::\d{2})?$/;

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * A date cell as an ISO date and, when the cell carries one, a time of day: a Date (the .xlsx
 * and CSV readers give UTC midnight for a whole day, so UTC fields are read), an Excel serial
 * (the fraction is the time), or text "2025-11-03", "2025/11/3", "2025年11月3日", optionally
 * followed by "14:30".
 *
 * @param v The cell.
 * @returns The date and time, or null when the cell is not a date.
 * @example cellDate(45964.5) // { date: "2025-11-03", time: "12:00" }
 */
export function cellDate(v: unknown): { date: string; time?: string } | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const date = v.toISOString().slice(0, 10);
    const mins = v.getUTCHours() * 60 + v.getUTCMinutes();
    return mins === 0
      ? { date }
      : { date, time: `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}` };
  }
  if (typeof v === "number") {
    // Serials of 1950..2099 only: a bare number elsewhere is an id or an amount, not a date.
    if (!Number.isFinite(v) || v < 18264 || v >= 73051) return null;
    const day = toSerialDay(v);
    if (day === undefined) return null;
    const mins = Math.round((v - day) * 1440);
    const date = isoFromSerial(day);
    return mins === 0 || mins >= 1440
      ? { date }
      : { date, time: `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}` };
  }
  if (typeof v !== "string") return null;
  const m = YMD.exec(nameKey(v));
  if (!m) return null;
  const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  try {
    isoToDayNumber(iso); // rejects 2025-02-30
  } catch {
    return null;
  }
  if (m[4] !== undefined && Number(m[4]) < 24)
    return { date: iso, time: `${pad(Number(m[4]))}:${m[5]}` };
  return { date: iso };
}

/** A time-of-day cell: "14:30" text or an Excel time fraction. */
function cellTime(v: unknown): string | undefined {
  if (typeof v === "number" && v >= 0 && v < 1) {
    const mins = Math.round(v * 1440);
    return mins < 1440 ? `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}` : undefined;
  }
  if (v instanceof Date && !Number.isNaN(v.getTime()))
    return `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
  if (typeof v === "string") {
    const m = HM.exec(nameKey(v));
    if (m && Number(m[1]) < 24) return `${pad(Number(m[1]))}:${m[2]}`;
  }
  return undefined;
}

/**
 * Reads the log's rows.
 *
 * @param rows Data rows under the header.
 * @param columns Where rep, customer, date (and time) are.
 * @returns The visits in row order, the rows not read with the reason, and the blank rows.
 * @example readVisitLog([["王伟", "红旗连锁", "2025-11-03"]], { rep: 0, customer: 1, date: 2 }).visits[0].date // "2025-11-03"
 * Cost: O(rows).
 */
export function readVisitLog(
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  columns: VisitLogColumns
): VisitLog {
  const visits: LoggedVisit[] = [];
  const problems: LogProblem[] = [];
  let blankRows = 0;
  rows.forEach((r, row) => {
    if (!r || r.every((v) => isEmptyCell(v))) {
      blankRows++;
      return;
    }
    const customer = nameKey(r[columns.customer]);
    const rawDate = r[columns.date];
    if (customer === "") {
      problems.push({ row, code: "NO_CUSTOMER", value: "" });
      return;
    }
    if (isEmptyCell(rawDate)) {
      problems.push({ row, code: "NO_DATE", value: "" });
      return;
    }
    const d = cellDate(rawDate);
    if (!d) {
      problems.push({ row, code: "BAD_DATE", value: nameKey(rawDate) });
      return;
    }
    const time = (columns.time !== undefined ? cellTime(r[columns.time]) : undefined) ?? d.time;
    visits.push({
      row,
      rep: columns.rep !== undefined ? nameKey(r[columns.rep]) : "",
      customer,
      date: d.date,
      ...(time !== undefined ? { time } : {}),
    });
  });
  return { visits, problems, blankRows };
}

/** Headers of a customer id/code column: "Customer ID", "Code", "客户编号", "门店编码" ... */
const ID_HEADER =
  /^((customer|client|account|store|outlet|shop|cust)\s*)?(id|code|no\.?|number|#)$|^(客户|门店|终端|网点|店铺|商户)?(编号|代码|编码|id|号)$/i;

/**
 * The customer id column of a list, found by its header, so a log may name customers by id.
 *
 * @param header Header texts.
 * @returns The 0-based column, or undefined when the list has none.
 * @example customerIdColumn(["客户编号", "客户名称"]) // 0
 */
export function customerIdColumn(header: readonly string[]): number | undefined {
  const i = header.findIndex((h) => ID_HEADER.test(nameKey(h)));
  return i < 0 ? undefined : i;
}
