/**
 * Adapters for CRM.TIER and CRM.PARETO: parse Excel's arguments, call the tiering core
 * (src/core/tier), and lay the results out in the shape of the input.
 */
import {
  assignTiers,
  concentration,
  resolveTierOptions,
  type GroupKey,
  type ResolvedTierOptions,
  type TierMethod,
} from "../core/tier";
import {
  ArgError,
  asGrid,
  cfError,
  isErrorCell,
  isOmitted,
  numberCell,
  optionalNumber,
  optionalText,
  plainRows,
  shapeOf,
  vector,
  type Cell,
  type OutCell,
} from "./args";
import { isEmptyCell } from "../core/excel/cell";

/**
 * The values range as a grid. Excel already passes a rectangular 2-D array: check that in one
 * plain loop and use it as is but for rich values and errors made plain (asGrid copies the
 * outer array, which costs tens of ms at a million rows); anything else goes through asGrid's
 * normalisation and messages.
 */
function valuesGrid(values: unknown): Cell[][] {
  if (Array.isArray(values) && values.length > 0 && Array.isArray(values[0])) {
    const width = (values[0] as unknown[]).length;
    let ok = width > 0;
    for (let r = 0; ok && r < values.length; r++) {
      const row: unknown = values[r];
      ok = Array.isArray(row) && row.length === width;
    }
    if (ok) return plainRows(values as unknown[][]);
  }
  return asGrid(values, "values");
}

/** Where a cell sits in the values range, for messages: "Row 7", "Column 3" or "Row 2, column 3". */
function where(r: number, c: number, rows: number, cols: number): string {
  if (cols === 1) return `Row ${r + 1}`;
  if (rows === 1) return `Column ${c + 1}`;
  return `Row ${r + 1}, column ${c + 1}`;
}

/** Text for a message, shortened. */
function quote(s: string): string {
  return `"${s.length > 30 ? `${s.slice(0, 27)}...` : s}"`;
}

/**
 * Reads the values range into one number per cell in row-major order: NaN for cells that are
 * not customers (blank, text, boolean, error), and the per-cell result for those that are not
 * ranked ("" for blank, the sheet's error passed through, #VALUE! naming the row for text).
 */
function readValues(
  grid: Cell[][],
  rows: number,
  cols: number
): { values: Float64Array; bad: Map<number, OutCell> } {
  const values = new Float64Array(rows * cols);
  const bad = new Map<number, OutCell>();
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const v = row[c];
      if (typeof v === "number" && Number.isFinite(v)) {
        values[i] = v;
        continue;
      }
      values[i] = NaN;
      if (isEmptyCell(v)) bad.set(i, "");
      else if (isErrorCell(v)) bad.set(i, v);
      else if (typeof v === "string") {
        const n = numberCell(v, "");
        // Numbers pasted as text ("1,200.5") count, as everywhere in the add-in.
        if (typeof n === "number") values[i] = n;
        else
          bad.set(
            i,
            cfError(
              "value",
              `${where(r, c, rows, cols)}: expected a number (sales), got text ${quote(v)}.`
            )
          );
      } else if (typeof v === "boolean") {
        bad.set(
          i,
          cfError(
            "value",
            `${where(r, c, rows, cols)}: expected a number (sales), got ${v ? "TRUE" : "FALSE"}.`
          )
        );
      } else {
        bad.set(i, cfError("value", `${where(r, c, rows, cols)}: expected a number (sales).`));
      }
    }
  }
  return { values, bad };
}

/** Runs the core's option validation, turning its errors into argument errors. */
function resolveOptions(
  method: TierMethod,
  cuts: number[] | undefined,
  labels: string[] | undefined
): ResolvedTierOptions {
  try {
    return resolveTierOptions({ method, cuts, labels });
  } catch (e) {
    // Out-of-range numbers (RangeError) and wrong text (TypeError) alike: #VALUE!, message shown.
    if (e instanceof RangeError || e instanceof TypeError) throw new ArgError("value", e.message);
    throw e;
  }
}

function readMethod(method: unknown): TierMethod {
  const m = optionalText(method, "rank", "method").toLowerCase();
  if (m !== "rank" && m !== "pareto")
    throw new ArgError("value", `method must be "rank" or "pareto", got "${m}".`);
  return m;
}

function readCuts(cuts: unknown): number[] | undefined {
  if (isOmitted(cuts)) return undefined;
  return vector(cuts, "cuts").map((c, i) => {
    const n = numberCell(c, `cuts item ${i + 1}`);
    if (typeof n === "number") return n;
    const got =
      typeof c === "string"
        ? `text ${quote(c)}`
        : typeof c === "boolean"
          ? c
            ? "TRUE"
            : "FALSE"
          : "an error";
    throw new ArgError("value", `cuts item ${i + 1} must be a number, got ${got}.`);
  });
}

function readLabels(labels: unknown): string[] | undefined {
  if (isOmitted(labels)) return undefined;
  return vector(labels, "labels").map((c, i) => {
    if (typeof c === "string") return c.trim();
    if (typeof c === "number") return String(c);
    if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
    throw new ArgError("value", `labels item ${i + 1} must be text, got an error value.`);
  });
}

/**
 * Group keys in row-major order. Text is trimmed and compared ignoring case (as Excel's
 * COUNTIF and pivot tables do) and the number 101 and the text "101" are one group; blank
 * cells form one "(blank)" group. An error cell in groups makes that customer's result the
 * error (recorded in `bad`).
 */
function readGroups(
  groups: unknown,
  rows: number,
  cols: number,
  bad: Map<number, OutCell>
): GroupKey[] | undefined {
  if (isOmitted(groups)) return undefined;
  const grid = asGrid(groups, "groups");
  const [gr, gc] = shapeOf(grid);
  if (gr !== rows || gc !== cols) {
    throw new ArgError(
      "value",
      `groups must have the same shape as values (${rows} x ${cols}), got ${gr} x ${gc}.`
    );
  }
  const keys = new Array<GroupKey>(rows * cols);
  const seen = new Map<unknown, string>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const g = grid[r][c];
      if (isEmptyCell(g)) keys[i] = null;
      else if (isErrorCell(g)) {
        keys[i] = null;
        if (!bad.has(i)) bad.set(i, g);
      } else {
        // Group columns repeat a few keys many times: normalise each distinct cell once.
        let k = seen.get(g);
        if (k === undefined) {
          k = String(g).trim().toLowerCase();
          seen.set(g, k);
        }
        keys[i] = k;
      }
    }
  }
  return keys;
}

/**
 * CRM.TIER: tier label per cell of `values`, in its shape.
 *
 * @param values The values range (column, row or block) as Excel passes it.
 * @param method "rank" (default) or "pareto".
 * @param cuts Cumulative cuts (row, column or array constant); default by method.
 * @param labels Tier labels, one more than the cuts; default A, B, C, ...
 * @param groups Group key per cell, same shape as values.
 * @returns Labels; "" for blank cells; per-cell errors for text or error cells.
 * @throws {ArgError} For bad arguments (guard turns it into a 1 x 1 error).
 */
export function tierImpl(
  values: unknown,
  method?: unknown,
  cuts?: unknown,
  labels?: unknown,
  groups?: unknown
): OutCell[][] {
  const grid = valuesGrid(values);
  const [rows, cols] = shapeOf(grid);
  const opts = resolveOptions(readMethod(method), readCuts(cuts), readLabels(labels));
  const { values: nums, bad } = readValues(grid, rows, cols);
  const keys = readGroups(groups, rows, cols, bad);
  if (keys) for (const i of bad.keys()) nums[i] = NaN; // an error in groups: not a customer
  const tiers = assignTiers(nums, opts, keys);
  const names = opts.labels;
  const out = new Array<OutCell[]>(rows);
  if (cols === 1) {
    // A column (the usual case, up to 1,048,576 rows): rows with the same label share one
    // frozen one-cell row instead of allocating a million arrays (the result is only read).
    const shared = names.map((l) => Object.freeze([l]) as OutCell[]);
    const blank = Object.freeze([""]) as OutCell[];
    for (let r = 0; r < rows; r++) {
      const t = tiers[r];
      out[r] =
        t >= 0 ? shared[t] : bad.has(r) && bad.get(r) !== "" ? [bad.get(r) as OutCell] : blank;
    }
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const line = new Array<OutCell>(cols);
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const t = tiers[i];
      line[c] = t >= 0 ? names[t] : (bad.get(i) ?? "");
    }
    out[r] = line;
  }
  return out;
}

/**
 * CRM.PARETO: share of total positive value held by the top `topShare` of customers.
 *
 * Like SUM over a range, text and boolean cells are skipped (they are not customers) and an
 * error cell in the range is returned as the result.
 *
 * @param values The values range as Excel passes it.
 * @param topShare Share of customers counted as top, in (0, 1]; default 0.2.
 * @returns `[[share]]`, or `[[#N/A]]` with the reason when no value is positive (no data to
 *   measure; a #DIV/0! would hide the message, see args.ts).
 * @throws {ArgError} For a topShare that is not a number or out of range.
 */
export function paretoImpl(values: unknown, topShare?: unknown): OutCell[][] {
  const grid = valuesGrid(values);
  const share = optionalNumber(topShare, 0.2, "topShare");
  if (!(share > 0 && share <= 1))
    throw new ArgError("value", `topShare must be between 0 and 1 (0 excluded), got ${share}.`);
  const [rows, cols] = shapeOf(grid);
  const nums = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      let x = NaN;
      if (typeof v === "number") x = v;
      else if (isErrorCell(v)) return [[v]];
      else if (typeof v === "string" && !isEmptyCell(v)) {
        const n = numberCell(v, "");
        if (typeof n === "number") x = n;
      }
      nums[r * cols + c] = Number.isFinite(x) ? x : NaN;
    }
  }
  const result = concentration(nums, share);
  if (Number.isNaN(result))
    return [[cfError("na", "No positive values: the concentration is undefined.")]];
  return [[result]];
}
