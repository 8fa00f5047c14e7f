/**
 * The sheet-layout builder: a job places blocks (a title, lines of text, a key-value block, a
 * table with its header, a formula that spills, a chart) in flows that run top to bottom or
 * side by side with gaps, and gets back where each block landed, so formulas and chart series
 * refer to what was placed instead of hand-set row and column numbers.
 *
 *   const sheet = SheetLayout.newSheet("Tier summary", names, { activate: true });
 *   const left = sheet.down({ row: 0, col: 0 });
 *   left.title("Sales by tier");
 *   const tiers = left.table({ header, rows });
 *   const right = sheet.down({ row: tiers.row, col: left.right + 1 });
 *   ...
 *   sheet.chart(area, { ..., series: [{ x: tiers.columnRange(0), ... }] });
 *   host.apply(sheet.ops());
 *
 * Blocks are sized when placed; their content may be given later (a function called by
 * `ops()`), for formulas that refer to blocks placed after them. `ops()` returns the writes in
 * the order the blocks and the sheet's own ops (freeze, autofit) were added.
 *
 * New sheets get unique names through {@link SheetNames} (Excel's rules, `uniqueSheetName`);
 * writing into cells that are not empty is decided with the user first (see `conflicts.ts`).
 */
import { a1, rangeA1, sheetRangeA1 } from "../../core/excel/a1";
import {
  uniqueSheetName,
  type CellInput,
  type ChartSpec,
  type Rect,
  type WriteOp,
} from "../../host/types";

/** Content known now, or computed when the ops are made (it may refer to blocks placed later). */
export type Later<T> = T | (() => T);

function now<T>(x: Later<T>): T {
  return typeof x === "function" ? (x as () => T)() : x;
}

/** The sheet names of a workbook plus those claimed for the batch being planned. */
export class SheetNames {
  private readonly taken: string[];
  constructor(existing: readonly string[]) {
    this.taken = [...existing];
  }
  /** A name not taken yet (`base`, else `base (2)`, ...), claimed for this batch. */
  claim(base: string): string {
    const name = uniqueSheetName(base, this.taken);
    this.taken.push(name);
    return name;
  }
  /** Every name, existing and claimed. */
  all(): readonly string[] {
    return this.taken;
  }
}

/** A placed rectangle of a sheet, with its A1 references. Rows and columns are 0-based. */
export class Block {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number
  ) {}

  /** First row under the block and first column right of it. */
  get bottom(): number {
    return this.row + this.rows;
  }
  get right(): number {
    return this.col + this.cols;
  }

  rect(): Rect {
    return { sheet: this.sheet, row: this.row, col: this.col, rows: this.rows, cols: this.cols };
  }

  /** A1 of the block's cell (r, c), 0-based within the block ("D2", or "$D$2" when absolute). */
  cell(r = 0, c = 0, absolute = false): string {
    return a1(this.row + r, this.col + c, absolute);
  }

  /** A1 of a rectangle within the block (the whole block by default). */
  range(r = 0, c = 0, rows = this.rows - r, cols = this.cols - c, absolute = false): string {
    return rangeA1(this.row + r, this.col + c, rows, cols, absolute);
  }

  /** A rectangle within the block, as a block (e.g. one chart's place in a reserved grid). */
  sub(r: number, c: number, rows: number, cols: number): Block {
    return new Block(this.sheet, this.row + r, this.col + c, rows, cols);
  }

  /** Sheet-qualified absolute range within the block, as chart series want it. */
  sheetRange(r: number, c: number, rows: number, cols = 1): string {
    return sheetRangeA1(this.sheet, this.row + r, this.col + c, rows, cols);
  }
}

/** A block with a header row over `dataRows` rows. */
export class TableBlock extends Block {
  /** Sheet row of the first data row. */
  get dataRow(): number {
    return this.row + 1;
  }
  get dataRows(): number {
    return this.rows - 1;
  }
  /** A1 of data cell (i, k): row i (0-based) of column k. */
  dataCell(i: number, k: number, absolute = false): string {
    return this.cell(1 + i, k, absolute);
  }
  /** Sheet-qualified absolute range of column k's data rows (for chart series). */
  columnRange(k: number): string {
    return this.sheetRange(1, k, this.dataRows);
  }
}

/** One row of a key-value block: a label and its value (null: a blank row kept in its place). */
export interface KeyValueEntry<K extends string> {
  key: K;
  label: string;
  value: Later<CellInput>;
  /** Number format of the value cell (e.g. a date). */
  numberFormat?: string;
}

/** Labels in the first column, values in the second; values found by key. */
export class KeyValueBlock<K extends string> extends Block {
  constructor(
    sheet: string,
    row: number,
    col: number,
    rows: number,
    private readonly rowOf: ReadonlyMap<K, number>
  ) {
    super(sheet, row, col, rows, 2);
  }
  /** Sheet row of an entry. */
  rowOfKey(key: K): number {
    const r = this.rowOf.get(key);
    if (r === undefined) throw new RangeError(`no entry "${key}" in the block.`);
    return this.row + r;
  }
  /** A1 of an entry's value cell (absolute by default: formulas copied elsewhere keep it). */
  valueCell(key: K, absolute = true): string {
    return a1(this.rowOfKey(key), this.col + 1, absolute);
  }
  has(key: K): boolean {
    return this.rowOf.has(key);
  }
}

/** Where a block goes in a flow: the default gap before it may be overridden. */
export interface PlaceOptions {
  /** Blank rows (down) or columns (right) before this block; default the flow's gap. */
  gap?: number;
}

type Item = WriteOp | (() => WriteOp[]);

/**
 * Blocks one after another, down (under each other, left-aligned) or right (beside each other,
 * top-aligned), with `gap` blank rows or columns between them.
 */
export class Flow {
  private next: number;
  private placed = 0;
  private maxRows = 0;
  private maxCols = 0;

  constructor(
    private readonly layout: SheetLayout,
    readonly row: number,
    readonly col: number,
    readonly direction: "down" | "right",
    readonly gap: number
  ) {
    this.next = direction === "down" ? row : col;
  }

  /** Rows and columns the flow covers so far (reserved space included). */
  get rows(): number {
    return this.direction === "down" ? this.next - this.row : this.maxRows;
  }
  get cols(): number {
    return this.direction === "right" ? this.next - this.col : this.maxCols;
  }
  /** First row under the flow and first column right of it. */
  get bottom(): number {
    return this.row + this.rows;
  }
  get right(): number {
    return this.col + this.cols;
  }

  /** Places a `rows` x `cols` block; `render` makes its ops when the layout's ops are made. */
  place(rows: number, cols: number, render?: (b: Block) => WriteOp[], o: PlaceOptions = {}): Block {
    const b = this.at(rows, cols, o, (r, c) => new Block(this.layout.name, r, c, rows, cols));
    if (render) this.layout.add(() => render(b));
    return b;
  }

  /** Space kept free (e.g. for a chart drawn later with `SheetLayout.chart`); writes nothing. */
  reserve(rows: number, cols: number, o: PlaceOptions = {}): Block {
    return this.place(rows, cols, undefined, o);
  }

  /** One cell of text (a title or caption; long text overflows to the right). */
  title(text: Later<string>, o: PlaceOptions = {}): Block {
    return this.lines([text], o);
  }

  /** Lines of text (or values), one cell each, in one column: one write. */
  lines(lines: readonly Later<CellInput>[], o: PlaceOptions = {}): Block {
    return this.values(
      lines.map((l) => [l]),
      {},
      o
    );
  }

  /** A grid of values written as one range (rows must be equally long). */
  values(
    grid: readonly (readonly Later<CellInput>[])[],
    format: { numberFormat?: string; cols?: number } = {},
    o: PlaceOptions = {}
  ): Block {
    const width = format.cols ?? grid[0]?.length ?? 0;
    return this.place(
      grid.length,
      width,
      (b) => [
        {
          kind: "values",
          sheet: b.sheet,
          row: b.row,
          col: b.col,
          values: grid.map((r) => r.map(now)),
          ...(format.numberFormat ? { numberFormat: format.numberFormat } : {}),
        },
      ],
      o
    );
  }

  /**
   * A formula whose result spills over `rows` x `cols` cells from it (a dynamic array): the
   * block covers the spill so nothing else is placed there.
   */
  spill(formula: Later<string>, size: { rows: number; cols: number }, o: PlaceOptions = {}): Block {
    return this.place(
      size.rows,
      size.cols,
      (b) => [
        {
          kind: "values",
          sheet: b.sheet,
          row: b.row,
          col: b.col,
          values: [[{ formula: now(formula) }]],
        },
      ],
      o
    );
  }

  /** An Excel table (header row, filter buttons) of `rows` under `header`. */
  table(
    t: {
      header: readonly string[];
      rows: Later<CellInput[][]>;
      /** Data rows when `rows` is given later. */
      count?: number;
      numberFormats?: (string | null)[];
      name?: string;
    },
    o: PlaceOptions = {}
  ): TableBlock {
    const b = this.headedBlock(t, o);
    this.layout.add(() => [
      {
        kind: "table",
        sheet: b.sheet,
        row: b.row,
        col: b.col,
        header: [...t.header],
        rows: now(t.rows),
        ...(t.numberFormats ? { numberFormats: t.numberFormats } : {}),
        ...(t.name ? { name: t.name } : {}),
      },
    ]);
    return b;
  }

  /**
   * A header row over rows written as plain cells, not an Excel table (a table cannot hold a
   * spilling formula): two writes, the header and the rows (with their number format).
   */
  grid(
    t: {
      header: readonly CellInput[];
      rows: Later<CellInput[][]>;
      count?: number;
      numberFormat?: string;
    },
    o: PlaceOptions = {}
  ): TableBlock {
    const b = this.headedBlock(t, o);
    this.layout.add(() => [
      { kind: "values", sheet: b.sheet, row: b.row, col: b.col, values: [[...t.header]] },
      {
        kind: "values",
        sheet: b.sheet,
        row: b.row + 1,
        col: b.col,
        values: now(t.rows),
        ...(t.numberFormat ? { numberFormat: t.numberFormat } : {}),
      },
    ]);
    return b;
  }

  /**
   * Labels and values, one entry a row (null: a blank row kept in its place). Consecutive
   * entries with the same number format are written together: without one, label and value as
   * one range; with one, the labels, then the values with the format.
   */
  keyValue<K extends string>(
    entries: readonly (KeyValueEntry<K> | null)[],
    o: PlaceOptions = {}
  ): KeyValueBlock<K> {
    const rowOf = new Map<K, number>();
    entries.forEach((e, i) => {
      if (e) rowOf.set(e.key, i);
    });
    const b = this.at(
      entries.length,
      2,
      o,
      (r, c) => new KeyValueBlock<K>(this.layout.name, r, c, entries.length, rowOf)
    );
    this.layout.add(() => {
      const ops: WriteOp[] = [];
      let i = 0;
      while (i < entries.length) {
        const first = entries[i];
        if (!first) {
          i++;
          continue;
        }
        let j = i;
        while (j < entries.length && entries[j] && entries[j]!.numberFormat === first.numberFormat)
          j++;
        const run = entries.slice(i, j) as KeyValueEntry<K>[];
        const at = { kind: "values" as const, sheet: b.sheet, row: b.row + i };
        if (first.numberFormat) {
          ops.push({ ...at, col: b.col, values: run.map((e) => [e.label]) });
          ops.push({
            ...at,
            col: b.col + 1,
            values: run.map((e) => [now(e.value)]),
            numberFormat: first.numberFormat,
          });
        } else ops.push({ ...at, col: b.col, values: run.map((e) => [e.label, now(e.value)]) });
        i = j;
      }
      return ops;
    });
    return b;
  }

  /** A native chart over `size` cells (its series usually refer to blocks placed elsewhere). */
  chart(
    spec: Later<Omit<ChartSpec, "anchor">>,
    size: { rows: number; cols: number },
    o: PlaceOptions = {}
  ): Block {
    const area = this.reserve(size.rows, size.cols, o);
    this.layout.chart(area, spec);
    return area;
  }

  /** Computes the next block's position, then advances past it. */
  /** The place of a header row over its rows (`count` of them, else as many as `rows` holds now). */
  private headedBlock(
    t: { header: readonly unknown[]; rows: Later<CellInput[][]>; count?: number },
    o: PlaceOptions
  ): TableBlock {
    const n = t.count ?? (now(t.rows) as CellInput[][]).length;
    return this.at(
      1 + n,
      t.header.length,
      o,
      (r, c) => new TableBlock(this.layout.name, r, c, 1 + n, t.header.length)
    );
  }

  private at<B extends Block>(
    rows: number,
    cols: number,
    o: PlaceOptions,
    make: (row: number, col: number) => B
  ): B {
    const gap = this.placed > 0 ? (o.gap ?? this.gap) : (o.gap ?? 0);
    const start = this.next + gap;
    const b = this.direction === "down" ? make(start, this.col) : make(this.row, start);
    this.next = start + (this.direction === "down" ? rows : cols);
    this.placed++;
    this.maxRows = Math.max(this.maxRows, this.direction === "down" ? this.next - this.row : rows);
    this.maxCols = Math.max(this.maxCols, this.direction === "right" ? this.next - this.col : cols);
    return b;
  }
}

/** The ops of one sheet, laid out by flows of blocks. */
export class SheetLayout {
  private readonly items: Item[] = [];

  private constructor(readonly name: string) {}

  /**
   * A new sheet named `base` (made unique among `names`), added by the first op.
   * @example SheetLayout.newSheet("Tier summary", new SheetNames(["Tier summary"])).name // "Tier summary (2)"
   */
  static newSheet(
    base: string,
    names: SheetNames | readonly string[],
    o: { activate?: boolean } = {}
  ): SheetLayout {
    const registry = names instanceof SheetNames ? names : new SheetNames(names);
    const layout = new SheetLayout(registry.claim(base));
    layout.add({ kind: "addSheet", name: layout.name, ...(o.activate ? { activate: true } : {}) });
    return layout;
  }

  /** A sheet that exists: blocks are written into it (decide conflicts with the user first). */
  static existingSheet(name: string): SheetLayout {
    return new SheetLayout(name);
  }

  /** A flow of blocks under each other from `at`, `gap` blank rows apart. */
  down(at: { row: number; col: number }, gap = 1): Flow {
    return new Flow(this, at.row, at.col, "down", gap);
  }

  /** A flow of blocks beside each other from `at`, `gap` blank columns apart. */
  right(at: { row: number; col: number }, gap = 1): Flow {
    return new Flow(this, at.row, at.col, "right", gap);
  }

  /** An op of this sheet (or ops made later), written in the order added. */
  add(item: WriteOp | (() => WriteOp[])): void {
    this.items.push(item);
  }

  /** A chart over a block placed (or reserved) before. */
  chart(area: Block, spec: Later<Omit<ChartSpec, "anchor">>): void {
    this.add(() => [
      { kind: "chart", sheet: this.name, spec: { ...now(spec), anchor: area.rect() } },
    ]);
  }

  /** Freezes the first `rows` rows (and `cols` columns). */
  freeze(rows: number, cols?: number): void {
    this.add({ kind: "freeze", sheet: this.name, rows, ...(cols !== undefined ? { cols } : {}) });
  }

  /** Fits the widths of `cols` columns from `col`. */
  autofit(col: number, cols: number): void {
    this.add({ kind: "autofit", sheet: this.name, col, cols });
  }

  /** The writes, in the order added; content given as functions is computed now. */
  ops(): WriteOp[] {
    const out: WriteOp[] = [];
    for (const item of this.items) {
      if (typeof item === "function") out.push(...item());
      else out.push(item);
    }
    return out;
  }
}
