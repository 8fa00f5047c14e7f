/**
 * A small fake of the Excel JavaScript API for the Office.js host tests, on top of
 * office-addin-mock (the `Excel` and `Office` globals and the request context are
 * OfficeMockObjects). It keeps Office.js's batching model, which is what the tests are about:
 * - property reads throw until a `load` of them was followed by `context.sync()`;
 * - writes and loads are queued and run in order at `context.sync()`; the first failing
 *   action (e.g. a missing sheet) aborts the rest of that request;
 * - every sync is counted, with the estimated size of its request (JSON of the written data).
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock loads office-addin-manifest only for its OfficeApp enum, and that pulls
// ES-module dependencies jest cannot require (Office-Addin-Scripts #653, #989): stand in for it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

type Cell = string | number | boolean;

/** Excel on the web's limit on a request and on a response of one sync (5 MB). */
export const PAYLOAD_LIMIT = 5_000_000;

/** An error as Office.js reports it (OfficeExtension.Error: `code` + message). */
export function excelError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, name: "RichApi.Error" });
}

/** UTF-8 bytes of the JSON of a loaded value (what the response carries). */
export function responseSize(v: unknown): number {
  return v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v), "utf8");
}
export interface FakeSheet {
  name: string;
  cells: Cell[][];
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
  tables: { name: string; row: number; col: number; rows: number; cols: number }[];
  conditionalFormats: {
    row: number;
    col: number;
    rows: number;
    cols: number;
    formula1: string;
    operator: string;
    fill: string;
  }[];
  validations: { row: number; col: number; rows: number; source: string }[];
  charts: {
    type: string;
    title: string;
    series: { name: string; values: string; x: string; chartType?: string; axisGroup?: string }[];
  }[];
  frozenRows: number;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  selection = { sheet: "Sheet1", row: 0, col: 0, rows: 1, cols: 1 };
  syncs = 0;
  /** Estimated bytes of each request (written data). */
  requestBytes: number[] = [];
  /** Bytes of each response (JSON of the loaded properties), one entry per sync. */
  responseBytes: number[] = [];
  supported = new Set(["ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9"]);
  settings: Record<string, unknown> = {};
  settingsSaves = 0;
  private queue: Array<() => number | void> = [];
  private pendingBytes = 0;
  /** Loaded values handed to the proxies only once the whole request and its response passed. */
  private deliveries: Array<() => void> = [];

  addSheet(name: string, cells: Cell[][] = []): FakeSheet {
    const s: FakeSheet = {
      name,
      cells: cells.map((r) => r.slice()),
      formulas: new Map(),
      numberFormats: new Map(),
      tables: [],
      conditionalFormats: [],
      validations: [],
      charts: [],
      frozenRows: 0,
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw Object.assign(new Error(`ItemNotFound: sheet ${name}`), { code: "ItemNotFound" });
    return s;
  }

  get(sheet: string, r: number, c: number): Cell {
    const row = this.sheet(sheet).cells[r];
    const v = row ? row[c] : undefined;
    return v === undefined || v === null ? "" : v;
  }

  set(sheet: FakeSheet, r: number, c: number, v: Cell): void {
    while (sheet.cells.length <= r) sheet.cells.push([]);
    const row = sheet.cells[r];
    while (row.length < c) row.push("");
    row[c] = v;
  }

  /** Queues an action; it may return the bytes it adds to the response. */
  enqueue(action: () => number | void, bytes = 0): void {
    this.queue.push(action);
    this.pendingBytes += bytes;
  }

  /** Queues the delivery of loaded values (done only when the sync succeeds). */
  deliver(f: () => void): void {
    this.deliveries.push(f);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const requestBytes = this.pendingBytes;
    this.requestBytes.push(requestBytes);
    this.pendingBytes = 0;
    const q = this.queue;
    this.queue = [];
    this.deliveries = [];
    // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
    // "Excel on the web has a payload size limit for requests and responses of 5MB."
    if (requestBytes > PAYLOAD_LIMIT) {
      this.responseBytes.push(0);
      throw excelError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    let responseBytes = 0;
    try {
      for (const action of q) responseBytes += action() || 0; // throws on the first failure: the rest is not run
    } finally {
      this.responseBytes.push(responseBytes);
    }
    if (responseBytes > PAYLOAD_LIMIT) {
      this.deliveries = [];
      throw excelError("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    }
    for (const d of this.deliveries) d();
    this.deliveries = [];
  }

  /** The Excel.run context: an OfficeMockObject whose sync runs this book's queue. */
  context(): unknown {
    const ctx = new OfficeMockObject({ sync: async () => this.sync() }) as unknown as Record<
      string,
      unknown
    >;
    ctx.workbook = new FakeWorkbook(this);
    return ctx;
  }

  /** Installs the `Excel` and `Office` globals. */
  install(): void {
    const g = globalThis as unknown as Record<string, unknown>;
    g.Excel = new OfficeMockObject({
      run: async (cb: (ctx: unknown) => Promise<unknown>) => cb(this.context()),
    });
    g.Office = new OfficeMockObject({
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        requirements: {
          isSetSupported: (set: string, v: string) => this.supported.has(`${set} ${v}`),
        },
        document: {
          settings: {
            get: (k: string) => (k in this.settings ? this.settings[k] : null),
            set: (k: string, v: unknown) => {
              this.settings[k] = v;
            },
            remove: (k: string) => {
              delete this.settings[k];
            },
            saveAsync: (cb: (r: { status: string }) => void) => {
              this.settingsSaves++;
              cb({ status: "succeeded" });
            },
          },
        },
      },
    });
  }
}

/** Loadable proxy: properties listed in `load` become readable after the next sync. */
class Loadable {
  protected loaded = new Set<string>();
  constructor(protected book: FakeBook) {}
  protected resolve(_prop: string): unknown {
    return undefined;
  }
  protected loadedValues = new Map<string, unknown>();
  load(props?: string | string[]): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : (props ?? []);
    this.book.enqueue(() => {
      let bytes = 0;
      const got = list.map((p) => {
        const v = this.resolve(p);
        bytes += responseSize(v) + p.length + 4;
        return v;
      });
      this.book.deliver(() =>
        list.forEach((p, i) => {
          this.loadedValues.set(p, got[i]);
          this.loaded.add(p);
        })
      );
      return bytes;
    }, 100);
    return this;
  }
  protected read(prop: string): unknown {
    if (!this.loaded.has(prop))
      throw excelError("PropertyNotLoaded", `${prop} (load it and sync first)`);
    return this.loadedValues.get(prop);
  }
}

class FakeWorkbook {
  worksheets: FakeWorksheets;
  constructor(private book: FakeBook) {
    this.worksheets = new FakeWorksheets(book);
  }
  getSelectedRange(): FakeRange {
    const s = this.book.selection;
    return new FakeRange(this.book, () => ({ ...s }));
  }
}

class FakeWorksheets extends Loadable {
  constructor(book: FakeBook) {
    super(book);
  }
  protected resolve(p: string): unknown {
    if (p === "items/name") return this.book.sheets.map((s) => ({ name: s.name }));
    return undefined;
  }
  get items(): { name: string }[] {
    return this.read("items/name") as { name: string }[];
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.book, name);
  }
  add(name: string): FakeWorksheet {
    this.book.enqueue(() => {
      if (this.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new Error(`ItemAlreadyExists: ${name}`);
      this.book.addSheet(name);
    }, 100);
    return new FakeWorksheet(this.book, name);
  }
}

type Dims = { sheet: string; row: number; col: number; rows: number; cols: number };

class FakeWorksheet extends Loadable {
  constructor(
    book: FakeBook,
    readonly sheetName: string
  ) {
    super(book);
  }
  protected resolve(p: string): unknown {
    if (p === "name") return this.book.sheet(this.sheetName).name; // throws ItemNotFound
    return undefined;
  }
  get name(): string {
    return this.read("name") as string;
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.book, () => ({ sheet: this.sheetName, row, col, rows, cols }));
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.book, () => ({ sheet: this.sheetName, ...parseA1(address) }));
  }
  activate(): void {
    this.book.enqueue(() => void this.book.sheet(this.sheetName));
  }
  get tables() {
    const book = this.book;
    const sheetName = this.sheetName;
    let items: FakeTable[] | null = null;
    return {
      /** The sheet's tables (ExcelApi before 1.9: the `clear` op reads their ranges itself). */
      load: () => {
        book.enqueue(() => {
          items = book.sheet(sheetName).tables.map((t) => fakeTable(book, sheetName, t));
        });
      },
      get items() {
        if (!items) throw new Error("PropertyNotLoaded: items");
        return items;
      },
      add(range: FakeRange, _hasHeaders: boolean) {
        const t = { name: "" };
        book.enqueue(() => {
          const d = range.dims();
          const s = book.sheet(sheetName);
          s.tables.push({
            name: t.name || `Table${s.tables.length + 1}`,
            row: d.row,
            col: d.col,
            rows: d.rows,
            cols: d.cols,
          });
        }, 100);
        return t;
      },
    };
  }
  get freezePanes() {
    const book = this.book;
    const s = () => book.sheet(this.sheetName);
    return {
      unfreeze: () => book.enqueue(() => void (s().frozenRows = 0)),
      freezeRows: (n: number) => book.enqueue(() => void (s().frozenRows = n)),
      freezeColumns: () => undefined,
      freezeAt: () => undefined,
    };
  }
  get charts() {
    const book = this.book;
    const sheetName = this.sheetName;
    return {
      add(type: string, source: FakeRange) {
        const chart = {
          title: { text: "" },
          legend: { position: "" },
          series: {
            list: [] as {
              name: string;
              values: string;
              x: string;
              chartType?: string;
              axisGroup?: string;
            }[],
            getItemAt(i: number) {
              return seriesProxy(this.list, i);
            },
            add(name: string) {
              this.list.push({ name, values: "", x: "" });
              return seriesProxy(this.list, this.list.length - 1);
            },
          },
          setPosition: () => undefined,
        };
        chart.series.list.push({ name: "", values: "", x: "" });
        book.enqueue(() => {
          void source.dims();
          book.sheet(sheetName).charts.push({
            type,
            get title() {
              return chart.title.text;
            },
            series: chart.series.list,
          } as FakeSheet["charts"][number]);
        }, 1000);
        return chart;
      },
    };
  }
}

function seriesProxy(
  list: { name: string; values: string; x: string; chartType?: string; axisGroup?: string }[],
  i: number
) {
  const s = list[i];
  return {
    set name(v: string) {
      s.name = v;
    },
    set chartType(v: string) {
      s.chartType = v;
    },
    set axisGroup(v: string) {
      s.axisGroup = v;
    },
    setValues(r: FakeRange) {
      s.values = r.describe();
    },
    setXAxisValues(r: FakeRange) {
      s.x = r.describe();
    },
  };
}

/** "B2:C10" -> 0-based position and size. */
export function parseA1(a: string): { row: number; col: number; rows: number; cols: number } {
  const cell = (x: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x.toUpperCase());
    if (!m) throw new Error(`bad address ${x}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: c - 1 };
  };
  const [p, q] = a.split(":");
  const s = cell(p);
  const e = q ? cell(q) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

class FakeRange extends Loadable {
  constructor(
    book: FakeBook,
    readonly dims: () => Dims
  ) {
    super(book);
  }
  describe(): string {
    const d = this.dims();
    return `${d.sheet}!R${d.row}C${d.col}:${d.rows}x${d.cols}`;
  }
  protected resolve(p: string): unknown {
    const d = this.dims();
    const sheet = this.book.sheet(d.sheet);
    switch (p) {
      case "rowIndex":
        return d.row;
      case "columnIndex":
        return d.col;
      case "rowCount":
        return d.rows;
      case "columnCount":
        return d.cols;
      case "values":
      case "formulas": {
        if (d.rows * d.cols > 5_000_000) return null; // Excel's read limit: values come back null
        const out: Cell[][] = [];
        for (let r = 0; r < d.rows; r++) {
          const row: Cell[] = [];
          for (let c = 0; c < d.cols; c++) {
            const f =
              p === "formulas" ? sheet.formulas.get(`${d.row + r},${d.col + c}`) : undefined;
            const line = sheet.cells[d.row + r];
            const v = line ? line[d.col + c] : undefined;
            row.push(f ?? (v === undefined || v === null ? "" : v));
          }
          out.push(row);
        }
        return out;
      }
    }
    return undefined;
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  get values(): unknown {
    return this.read("values");
  }
  set values(v: unknown) {
    this.write(v as Cell[][], false);
  }
  get formulas(): unknown {
    return this.read("formulas");
  }
  set formulas(v: unknown) {
    this.write(v as Cell[][], true);
  }
  set numberFormat(v: unknown) {
    const grid = v as string[][];
    this.book.enqueue(() => {
      const d = this.dims();
      const s = this.book.sheet(d.sheet);
      grid.forEach((row, r) =>
        row.forEach((f, c) => s.numberFormats.set(`${d.row + r},${d.col + c}`, f))
      );
    }, JSON.stringify(v).length);
  }
  private write(grid: Cell[][], asFormulas: boolean): void {
    this.book.enqueue(() => {
      const d = this.dims();
      if (grid.length !== d.rows || grid.some((r) => r.length !== d.cols))
        throw new Error("InvalidArgument: dimensions do not match");
      const s = this.book.sheet(d.sheet);
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          const key = `${d.row + r},${d.col + c}`;
          if (asFormulas && typeof v === "string" && v.startsWith("=")) {
            s.formulas.set(key, v);
            this.book.set(s, d.row + r, d.col + c, ""); // value not computed by the fake
          } else {
            s.formulas.delete(key);
            this.book.set(
              s,
              d.row + r,
              d.col + c,
              asFormulas && typeof v === "string" && v.startsWith("'") ? v.slice(1) : v
            );
          }
        })
      );
    }, JSON.stringify(grid).length);
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.book, this.dims().sheet);
  }
  getSurroundingRegion(): FakeRange {
    // Computed when the request runs, by a plain flood of the used cells (independent of the core).
    return new FakeRange(this.book, () => surroundingRegion(this.book, this.dims()));
  }
  getTables(_fullyContained: boolean) {
    const book = this.book;
    const dims = this.dims;
    let items: FakeTable[] | null = null;
    return {
      load: () => {
        book.enqueue(() => {
          const d = dims();
          items = book
            .sheet(d.sheet)
            .tables.filter(
              (t) =>
                t.row < d.row + d.rows &&
                d.row < t.row + t.rows &&
                t.col < d.col + d.cols &&
                d.col < t.col + t.cols
            )
            .map((t) => fakeTable(book, d.sheet, t));
        });
      },
      get items() {
        if (!items) throw new Error("PropertyNotLoaded: items");
        return items;
      },
    };
  }
  /** Range.clear: contents, formulas and number formats (any applyTo: the fake keeps no other formats). */
  clear(_applyTo?: string): void {
    this.book.enqueue(() => clearCells(this.book, this.dims()));
  }
  getEntireColumn(): FakeRange {
    return this;
  }
  get format() {
    return { autofitColumns: () => this.book.enqueue(() => undefined) };
  }
  select(): void {
    this.book.enqueue(() => {
      this.book.selection = { ...this.dims() };
    });
  }
  get conditionalFormats() {
    const book = this.book;
    const dims = this.dims;
    return {
      clearAll: () =>
        book.enqueue(() => {
          const d = dims();
          const s = book.sheet(d.sheet);
          s.conditionalFormats = s.conditionalFormats.filter((f) => !overlaps(f, d));
        }),
      add: (type: string) => {
        if (type !== "CellValue") throw new Error(`unexpected conditional format type ${type}`);
        const cf = {
          cellValue: { format: { fill: { color: "" } }, rule: { formula1: "", operator: "" } },
        };
        book.enqueue(() => {
          const d = dims();
          book.sheet(d.sheet).conditionalFormats.push({
            ...d,
            formula1: cf.cellValue.rule.formula1,
            operator: cf.cellValue.rule.operator,
            fill: cf.cellValue.format.fill.color,
          });
        }, 200);
        return cf;
      },
    };
  }
  get dataValidation() {
    const book = this.book;
    const dims = this.dims;
    return {
      clear: () =>
        book.enqueue(() => {
          const d = dims();
          const s = book.sheet(d.sheet);
          s.validations = s.validations.filter((v) => !overlaps({ ...v, cols: 1 }, d));
        }),
      set rule(rule: { list: { source: string } }) {
        book.enqueue(() => {
          const d = dims();
          book
            .sheet(d.sheet)
            .validations.push({ row: d.row, col: d.col, rows: d.rows, source: rule.list.source });
        }, 200);
      },
    };
  }
}

type Box = { row: number; col: number; rows: number; cols: number };
function overlaps(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/** Empties the cells of a box: values, formulas, number formats. */
function clearCells(book: FakeBook, d: Dims): void {
  const s = book.sheet(d.sheet);
  for (let r = d.row; r < d.row + d.rows && r < s.cells.length; r++) {
    const line = s.cells[r];
    for (let c = d.col; c < d.col + d.cols && c < line.length; c++) line[c] = "";
  }
  for (const map of [s.formulas, s.numberFormats]) {
    for (const key of [...map.keys()]) {
      const [r, c] = key.split(",").map(Number);
      if (overlaps({ row: r, col: c, rows: 1, cols: 1 }, d)) map.delete(key);
    }
  }
}

interface FakeTable {
  name: string;
  getRange: () => FakeRange;
  delete: () => void;
}

/** A table item: `delete` removes the table and its cells, as Table.delete does. */
function fakeTable(book: FakeBook, sheetName: string, t: FakeSheet["tables"][number]): FakeTable {
  return {
    name: t.name,
    getRange: () =>
      new FakeRange(book, () => ({
        sheet: sheetName,
        row: t.row,
        col: t.col,
        rows: t.rows,
        cols: t.cols,
      })),
    delete: () =>
      book.enqueue(() => {
        const s = book.sheet(sheetName);
        if (!s.tables.includes(t)) throw new Error(`ItemNotFound: table ${t.name}`);
        s.tables = s.tables.filter((x) => x !== t);
        clearCells(book, { sheet: sheetName, ...t });
      }),
  };
}

function surroundingRegion(book: FakeBook, d: Dims): Dims {
  const cells = book.sheet(d.sheet).cells;
  const filled = (r: number, c: number) => {
    const v = r >= 0 && c >= 0 && cells[r] ? cells[r][c] : undefined;
    return v !== undefined && v !== null && v !== "";
  };
  let top = d.row;
  let left = d.col;
  let bottom = d.row;
  let right = d.col;
  const sheet = book.sheet(d.sheet);
  const maxRow = sheet.cells.length;
  const maxCol = sheet.cells.reduce((m, r) => Math.max(m, r.length), 0);
  for (let grown = true; grown;) {
    grown = false;
    const tryRow = (r: number) => {
      for (let c = left - 1; c <= right + 1; c++) if (filled(r, c)) return true;
      return false;
    };
    const tryCol = (c: number) => {
      for (let r = top - 1; r <= bottom + 1; r++) if (filled(r, c)) return true;
      return false;
    };
    while (bottom + 1 < maxRow && tryRow(bottom + 1)) (bottom++, (grown = true));
    while (top > 0 && tryRow(top - 1)) (top--, (grown = true));
    while (right + 1 < maxCol && tryCol(right + 1)) (right++, (grown = true));
    while (left > 0 && tryCol(left - 1)) (left--, (grown = true));
  }
  return { sheet: d.sheet, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
