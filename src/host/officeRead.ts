/**
 * Reading cells through Office.js in syncs sized by the RESPONSE they bring back.
 *
 * Excel on the web refuses a `context.sync()` whose response is above 5 MB
 * (`ResponsePayloadSizeLimitExceeded`), and a list of the sample's shape (11 columns) passes
 * that at about 24,000 rows. The size of a response cannot be known before the read, so rows are
 * read in bands: each band is sized from the bytes per row measured on the bands already read
 * (the first from a guess), under a budget well below the limit; a band Excel still refuses is
 * halved and read again (reads change nothing, so a retry is safe). The number of syncs grows
 * with the bytes read (one per `maxResponseBytes`), never with the row count.
 *
 * Excel's own per-read limit (5 million cells) is kept too: a band never has more cells than
 * `maxReadCells`.
 */

/** What one read of a band loads: columns [col, col + cols) of each row, as values or formulas. */
export interface ReadPart {
  col: number;
  cols: number;
  prop: "values" | "formulas" | "numberFormat";
}

/** Size limits of the reads. */
export interface ReadBudget {
  /** Target response size of one sync (the limit is 5 MB: stay well below it). */
  maxResponseBytes: number;
  /** Most cells in one sync (Excel reads at most 5 million cells at once). */
  maxReadCells: number;
}

/** Response budget of one read sync: 3 MB, leaving room for a band denser than the ones before. */
export const DEFAULT_MAX_RESPONSE_BYTES = 3_000_000;
/** Cells read in one sync at most (Excel's limit is 5 million a read). */
export const DEFAULT_MAX_READ_CELLS = 1_000_000;
/** Guess of the response bytes of a cell before any was read (JSON of a short text). */
const FIRST_GUESS_BYTES_PER_CELL = 40;

/** Excel's error code for a response above its limit (OfficeExtension.Error.code). */
export const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/** Statistics of a read, for tests and the benchmark. */
export interface ReadStats {
  syncs: number;
  /** Estimated response bytes of each successful read sync. */
  bytes: number[];
  /** Bands refused by Excel as too large and read again in halves. */
  retries: number;
}

/**
 * Reads rows [row, row + rows) of `ws`, each part as its own grid (rows x part.cols), in as many
 * syncs as the response budget needs.
 *
 * @param ctx The request context (its pending requests are sent with the first band).
 * @param ws The worksheet.
 * @param row First row (0-based).
 * @param rows Number of rows (0: nothing is read, no sync).
 * @param parts What to load of each row.
 * @param budget Response and cell budgets.
 * @param stats Optional: filled with the syncs made.
 * @returns One grid per part, in the order of `parts`.
 * @throws The Excel error when a single row is still too large, or any other error of a sync.
 * Cost: O(cells read); syncs ~ total response bytes / maxResponseBytes + 1.
 */
export async function readRowBands(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  row: number,
  rows: number,
  parts: readonly ReadPart[],
  budget: ReadBudget,
  stats?: ReadStats
): Promise<unknown[][][]> {
  const out: unknown[][][] = parts.map(() => []);
  const width = Math.max(
    1,
    parts.reduce((s, p) => s + p.cols, 0)
  );
  const maxRowsByCells = Math.max(1, Math.floor(budget.maxReadCells / width));
  // Bytes per row: the densest band so far (the first band uses a guess).
  let perRow = FIRST_GUESS_BYTES_PER_CELL * width;
  let measured = false;
  let done = 0;
  while (done < rows) {
    let n = Math.min(
      rows - done,
      maxRowsByCells,
      Math.max(1, Math.floor(budget.maxResponseBytes / perRow))
    );
    for (;;) {
      const ranges = parts.map((p) => {
        const r = ws.getRangeByIndexes(row + done, p.col, n, p.cols);
        r.load(p.prop);
        return r;
      });
      try {
        await ctx.sync();
      } catch (e) {
        if (stats) stats.syncs++;
        if ((e as { code?: string }).code !== RESPONSE_TOO_LARGE || n === 1) throw e;
        // Denser than measured so far: halve the band and read it again.
        if (stats) stats.retries++;
        n = Math.max(1, Math.floor(n / 2));
        continue;
      }
      let bytes = 0;
      ranges.forEach((r, i) => {
        const grid = r[parts[i].prop] as unknown[][] | null;
        // Above Excel's cell limit `values` can come back null instead of failing.
        if (!grid || grid.length !== n)
          throw new Error(
            "Excel returned no values for part of the range (too many cells in one read)."
          );
        bytes += jsonBytes(grid);
        for (const line of grid) out[i].push(line);
      });
      if (stats) {
        stats.syncs++;
        stats.bytes.push(bytes);
      }
      perRow = Math.max(measured ? perRow : 1, bytes / n);
      measured = true;
      done += n;
      break;
    }
  }
  return out;
}

/** UTF-8 bytes of the JSON of a grid as Excel returns it (an estimate of the response). */
export function jsonBytes(grid: readonly (readonly unknown[])[]): number {
  let b = 2;
  for (const line of grid) {
    b += 3; // brackets and comma
    for (const v of line) b += cellJsonBytes(v) + 1;
  }
  return b;
}

/** UTF-8 bytes of one value in JSON (the request and response estimates share it). */
export function cellJsonBytes(v: unknown): number {
  if (typeof v === "number") return String(v).length;
  if (typeof v === "boolean") return v ? 4 : 5;
  if (typeof v !== "string") return 4; // null
  let b = 2;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c === 92) b += 2;
    else if (c < 32) b += 6;
    else if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else b += 3; // a surrogate pair counts 3 + 3 >= its 4 bytes
  }
  return b;
}
