/**
 * A STRICT fake of the Excel JavaScript API for the Office.js host (tests and `npm run bench`).
 * It models only what the host uses, and enforces what real Excel does, each rule with its
 * source:
 *
 * 1. Batching: loads and writes are queued and run in order at `context.sync()`; a property can
 *    be read only after a `load` of it was followed by a sync, else `PropertyNotLoaded`
 *    (https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext#office-officeextension-clientrequestcontext-load-member(1),
 *    https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes).
 * 2. A batch is not a transaction: actions run one by one and the first failing one stops the
 *    rest, while what ran before it stays done
 *    (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * 3. Payload limits: "Excel on the web has a payload size limit for requests and responses of
 *    5MB" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 *    a request above 5 MB fails as a whole with `RequestPayloadSizeLimitExceeded`; a response
 *    above it with `ResponsePayloadSizeLimitExceeded` (its loaded values are not delivered).
 * 4. A read of more than 5 million cells returns `values` null (same page: "reading ... more than
 *    5 million cells").
 * 5. Strings written through `values` or `formulas` are parsed as typed (excelParse.ts, with its
 *    sources): numbers, dates, percentages, booleans, errors, formulas; a leading apostrophe or
 *    the Text format "@" set BEFORE the write keeps the text.
 * 6. Grid and name rules: 1,048,576 rows x 16,384 columns; sheet names (31 characters, no
 *    : \ / ? * [ ]) and table names unique (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3,
 *    https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114);
 *    a table cannot overlap another table; a table's header cells become unique texts
 *    (https://support.microsoft.com/office/overview-of-excel-tables-7ab0bb7d-3a9e-4b56-a3c9-6c94334e492c).
 * 7. Anything it does not model fails loudly: every object is a Proxy that throws
 *    "not modelled by the strict fake" on an unknown member, so the host cannot silently use an
 *    API the tests never checked.
 *
 * Not modelled (and so refused): calculation of formulas (a formula cell reads back "" as its
 * value), formats other than number formats, events.
 */
import { parseTyped, type Cell, type ErrorCell } from "./excelParse";

export type { Cell, ErrorCell };
export { serialOf as serialOfDate } from "./excelParse";

/** Excel on the web's limit on a request and on a response of one sync (5 MB). */
export const PAYLOAD_LIMIT = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const READ_CELL_LIMIT = 5_000_000;
/** Bytes an action adds to a request besides its data (object path, method, ids). */
const ACTION_BYTES = 100;

/** An error as Office.js reports it (OfficeExtension.Error: `code` + message). */
export function excelError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, name: "RichApi.Error" });
}

/** UTF-8 bytes of the JSON of a value (what a request or response carries). */
export function jsonSize(v: unknown): number {
  return v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v), "utf8");
}

/** Members every object may be asked for by the runtime or by jest without being "used". */
const TOLERATED = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "constructor",
  "_isMockFunction",
]);

/** Wraps a fake object: unknown members throw instead of reading as undefined. */
export function strict<T extends object>(obj: T, what: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver);
      if (TOLERATED.has(prop)) return undefined;
      throw new Error(
        `${what}.${prop} is not modelled by the strict Excel fake (testkit/strictExcel.ts)`
      );
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "symbol" || prop in target)
        return Reflect.set(target, prop, value, receiver);
      throw new Error(`setting ${what}.${String(prop)} is not modelled by the strict Excel fake`);
    },
  });
}

export interface FakeTableData {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Table.showTotals: the last row is the totals row. */
  showTotals?: boolean;
}

export interface FakeSheet {
  name: string;
  /** Stored cells: text as strings, numbers, booleans, errors ({ error }). */
  cells: Cell[][];
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
  tables: FakeTableData[];
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
  /** Column widths set through RangeFormat.columnWidth (points), by 0-based column. */
  columnWidths: Map<number, number>;
  visibility: string;
  protected: boolean;
}

type Dims = { sheet: string; row: number; col: number; rows: number; cols: number };
type Action = () => number | void;

export class StrictBook {
  sheets: FakeSheet[] = [];
  selection = { sheet: "Sheet1", row: 0, col: 0, rows: 1, cols: 1 };
  /** The year of dates typed without one ("1-4" is 4 January of this year). */
  year = 2026;
  syncs = 0;
  /** Bytes of each request (JSON of the queued actions). */
  requestBytes: number[] = [];
  /** Bytes of each response (JSON of the loaded properties), one entry per sync. */
  responseBytes: number[] = [];
  supported = new Set(["ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9"]);
  settings: Record<string, unknown> = {};
  settingsSaves = 0;
  /**
   * Test hook standing for what no pre-check can foresee (lost connection, cell edit mode): a
   * write of cells for which it returns an error fails with it (return undefined to let it pass).
   */
  rejectWrite?: (d: {
    sheet: string;
    row: number;
    col: number;
    rows: number;
    cols: number;
  }) => Error | undefined;
  private queue: Action[] = [];
  private pendingBytes = 0;
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
      columnWidths: new Map(),
      visibility: "Visible",
      protected: false,
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw excelError("ItemNotFound", `sheet ${name}`);
    return s;
  }

  /** The stored value of a cell ("" when empty). */
  get(sheet: string, r: number, c: number): Cell {
    const row = this.sheet(sheet).cells[r];
    const v = row ? row[c] : undefined;
    return v === undefined || v === null ? "" : v;
  }

  /** Stores a cell directly (what the user typed, for tests). */
  set(sheet: FakeSheet, r: number, c: number, v: Cell): void {
    while (sheet.cells.length <= r) sheet.cells.push([]);
    const row = sheet.cells[r];
    while (row.length < c) row.push("");
    row[c] = v;
  }

  /** Queues an action (it may return the bytes it adds to the response). */
  enqueue(action: Action, requestBytes = 0): void {
    this.queue.push(action);
    this.pendingBytes += ACTION_BYTES + requestBytes;
  }

  /** Hands loaded values to their proxies, once the sync has succeeded. */
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
    if (requestBytes > PAYLOAD_LIMIT) {
      this.responseBytes.push(0);
      throw excelError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    let responseBytes = 0;
    try {
      for (const action of q) responseBytes += action() || 0; // the first failure stops the rest
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

  /** The Excel.run context. */
  context(): unknown {
    const ctx = { sync: async () => this.sync(), workbook: new FakeWorkbook(this) };
    return strict(ctx, "RequestContext");
  }

  /** The `Office` global (settings, requirement sets); the jest wrapper may replace it. */
  officeGlobal(): unknown {
    return strict(
      {
        AsyncResultStatus: strict(
          { Succeeded: "succeeded", Failed: "failed" },
          "Office.AsyncResultStatus"
        ),
        context: strict(
          {
            requirements: strict(
              { isSetSupported: (set: string, v: string) => this.supported.has(`${set} ${v}`) },
              "Office.context.requirements"
            ),
            document: strict({ settings: this.settingsObject() }, "Office.context.document"),
          },
          "Office.context"
        ),
      },
      "Office"
    );
  }

  /** Office.context.document.settings: a plain callback API over `settings` (no batching). */
  protected settingsApi() {
    return {
      get: (k: string) => (k in this.settings ? this.settings[k] : null),
      set: (k: string, v: unknown) => {
        this.settings[k] = JSON.parse(JSON.stringify(v)); // stored as JSON by Office
      },
      remove: (k: string) => {
        delete this.settings[k];
      },
      saveAsync: (cb: (r: { status: string }) => void) => {
        this.settingsSaves++;
        cb({ status: "succeeded" });
      },
    };
  }

  /** The settings object the fake's Office global hands out (subclasses may wrap it). */
  protected settingsObject(): object {
    return strict(this.settingsApi(), "Office.context.document.settings");
  }

  /** Installs the `Excel` and `Office` globals. */
  install(): void {
    const g = globalThis as unknown as Record<string, unknown>;
    g.Excel = strict(
      { run: async (cb: (ctx: unknown) => Promise<unknown>) => cb(this.context()) },
      "Excel"
    );
    g.Office = this.officeGlobal();
  }

  /** Writes a grid through `values` (false) or `formulas` (true), as Excel stores it. */
  writeGrid(d: Dims, grid: unknown[][], viaFormulas: boolean): void {
    checkDims(d);
    if (grid.length !== d.rows || grid.some((r) => r.length !== d.cols))
      throw excelError("InvalidArgument", "the dimensions of the array do not match the range");
    const s = this.sheet(d.sheet);
    if (s.protected) throw excelError("AccessDenied", `sheet ${s.name} is protected`);
    const refused = this.rejectWrite?.(d);
    if (refused) throw refused;
    grid.forEach((row, r) =>
      row.forEach((v, c) => this.writeCell(s, d.row + r, d.col + c, v, viaFormulas))
    );
  }

  private writeCell(s: FakeSheet, r: number, c: number, v: unknown, viaFormulas: boolean): void {
    const key = `${r},${c}`;
    // JSON carries the request: NaN and Infinity arrive as null, and null leaves a cell unchanged.
    if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) return;
    s.formulas.delete(key);
    if (typeof v === "number" || typeof v === "boolean") return this.set(s, r, c, v);
    if (typeof v !== "string")
      throw excelError("InvalidArgument", `a cell value must be a string, number or boolean`);
    if (v === "") return this.set(s, r, c, "");
    if (s.numberFormats.get(key) === "@") {
      if (v.length > 32_767)
        throw excelError("InvalidArgument", "text longer than 32,767 characters");
      return this.set(s, r, c, v); // a Text cell keeps any string as typed
    }
    const p = parseTyped(v, this.year);
    if (p.kind === "invalid")
      throw excelError("InvalidArgument", `${viaFormulas ? "formulas" : "values"}: ${p.reason}`);
    if (p.kind === "formula") {
      s.formulas.set(key, p.formula);
      return this.set(s, r, c, ""); // the fake does not calculate
    }
    this.set(s, r, c, p.value);
  }
}

function checkDims(d: Dims): void {
  if (
    d.row < 0 ||
    d.col < 0 ||
    d.rows < 1 ||
    d.cols < 1 ||
    d.row + d.rows > MAX_ROWS ||
    d.col + d.cols > MAX_COLS
  )
    throw excelError(
      "InvalidArgument",
      `range (${d.row}, ${d.col}) ${d.rows} x ${d.cols} is outside the grid`
    );
}

/** Loadable proxy: properties listed in `load` become readable after the next successful sync. */
class Loadable {
  protected loadedValues = new Map<string, unknown>();
  constructor(protected book: StrictBook) {}
  protected resolve(prop: string): unknown {
    throw new Error(`loading "${prop}" is not modelled by the strict Excel fake`);
  }
  load(props: string | string[]): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : props;
    if (list.length === 0 || list.some((p) => !p))
      throw new Error("load() without property names is not modelled (and slow in Excel)");
    this.book.enqueue(() => {
      let bytes = 0;
      const got = list.map((p) => {
        const v = this.resolve(p);
        bytes += jsonSize(v) + p.length + 4;
        return v;
      });
      this.book.deliver(() => list.forEach((p, i) => this.loadedValues.set(p, got[i])));
      return bytes;
    }, jsonSize(list));
    return this;
  }
  protected read(prop: string): unknown {
    if (!this.loadedValues.has(prop))
      throw excelError("PropertyNotLoaded", `${prop} (load it and sync first)`);
    return this.loadedValues.get(prop);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  constructor(private book: StrictBook) {
    this.worksheets = strict(new FakeWorksheets(book), "Workbook.worksheets");
    return strict(this, "Workbook");
  }
  getSelectedRange(): FakeRange {
    const s = { ...this.book.selection };
    return rangeOf(this.book, () => s);
  }
  get tables(): FakeTables {
    return strict(new FakeTables(this.book, null), "Workbook.tables");
  }
}

class FakeWorksheets extends Loadable {
  protected resolve(p: string): unknown {
    if (p === "items/name") return this.book.sheets.map((s) => ({ name: s.name }));
    return super.resolve(p);
  }
  get items(): FakeWorksheet[] {
    const items = this.read("items/name") as { name: string }[];
    return items.map((i) => {
      const ws = sheetOf(this.book, i.name);
      ws.preload("name", i.name);
      return ws;
    });
  }
  getItem(name: string): FakeWorksheet {
    return sheetOf(this.book, name);
  }
  add(name: string): FakeWorksheet {
    this.book.enqueue(() => {
      if (
        !name ||
        name.length > 31 ||
        /[:\\/?*[\]]/.test(name) ||
        name.startsWith("'") ||
        name.endsWith("'")
      )
        throw excelError("InvalidArgument", `invalid sheet name "${name}"`);
      if (this.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw excelError("ItemAlreadyExists", `sheet ${name}`);
      this.book.addSheet(name);
    }, jsonSize(name));
    return sheetOf(this.book, name);
  }
}

function sheetOf(book: StrictBook, name: string): FakeWorksheet {
  return strict(new FakeWorksheet(book, name), `Worksheet("${name}")`);
}

class FakeWorksheet extends Loadable {
  constructor(
    book: StrictBook,
    readonly sheetName: string
  ) {
    super(book);
  }
  /** Values known without a load (the `items` of a loaded collection). */
  preload(prop: string, v: unknown): void {
    this.loadedValues.set(prop, v);
  }
  protected resolve(p: string): unknown {
    const s = this.book.sheet(this.sheetName); // ItemNotFound for a missing sheet
    if (p === "name") return s.name;
    if (p === "visibility") return s.visibility;
    return super.resolve(p);
  }
  get name(): string {
    return this.read("name") as string;
  }
  set visibility(v: string) {
    this.book.enqueue(() => void (this.book.sheet(this.sheetName).visibility = v));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return rangeOf(this.book, () => ({ sheet: this.sheetName, row, col, rows, cols }));
  }
  getRange(address: string): FakeRange {
    return rangeOf(this.book, () => ({ sheet: this.sheetName, ...parseA1(address) }));
  }
  /**
   * Worksheet.getUsedRangeOrNullObject(valuesOnly): the smallest range holding every cell with
   * a value (the fake stores values only, so valuesOnly changes nothing), or a null object for
   * an empty sheet; `isNullObject` is readable after a load and a sync
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1),
   * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- Excel's signature
  getUsedRangeOrNullObject(_valuesOnly?: boolean): UsedRange {
    const book = this.book;
    const name = this.sheetName;
    const used = (): Dims | null => {
      let top = -1;
      let bottom = -1;
      let left = Infinity;
      let right = -1;
      book.sheet(name).cells.forEach((line, r) =>
        line?.forEach((v, c) => {
          if (v === undefined || v === null || v === "") return;
          if (top < 0) top = r;
          bottom = r;
          left = Math.min(left, c);
          right = Math.max(right, c);
        })
      );
      return top < 0
        ? null
        : { sheet: name, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
    };
    return strict(
      new UsedRange(
        book,
        () => used() ?? { sheet: name, row: 0, col: 0, rows: 1, cols: 1 },
        () => used() === null
      ),
      "Worksheet.getUsedRangeOrNullObject()"
    );
  }
  activate(): void {
    this.book.enqueue(() => void this.book.sheet(this.sheetName));
  }
  delete(): void {
    this.book.enqueue(() => {
      const s = this.book.sheet(this.sheetName);
      this.book.sheets = this.book.sheets.filter((x) => x !== s);
    });
  }
  get protection() {
    const book = this.book;
    const sheetName = this.sheetName;
    class Protection extends Loadable {
      protected resolve(p: string): unknown {
        if (p === "protected") return book.sheet(sheetName).protected;
        return super.resolve(p);
      }
      get protected(): boolean {
        return this.read("protected") as boolean;
      }
    }
    return strict(new Protection(book), `Worksheet("${sheetName}").protection`);
  }
  get tables(): FakeTables {
    return strict(
      new FakeTables(this.book, this.sheetName),
      `Worksheet("${this.sheetName}").tables`
    );
  }
  get freezePanes() {
    const book = this.book;
    const s = () => book.sheet(this.sheetName);
    return strict(
      {
        unfreeze: () => book.enqueue(() => void (s().frozenRows = 0)),
        freezeRows: (n: number) => book.enqueue(() => void (s().frozenRows = n)),
      },
      "Worksheet.freezePanes"
    );
  }
  get charts() {
    const book = this.book;
    const sheetName = this.sheetName;
    return strict(
      {
        add(type: string, source: FakeRange) {
          const list: FakeSheet["charts"][number]["series"] = [{ name: "", values: "", x: "" }];
          const chart = {
            title: strict({ text: "" }, "Chart.title"),
            legend: strict({ position: "" }, "Chart.legend"),
            series: strict(
              {
                getItemAt: (i: number) => seriesProxy(list, i),
                add: (name: string) => {
                  list.push({ name, values: "", x: "" });
                  return seriesProxy(list, list.length - 1);
                },
              },
              "Chart.series"
            ),
            setPosition: () => undefined,
          };
          book.enqueue(() => {
            checkDims(source.dims());
            book.sheet(sheetName).charts.push({
              type,
              get title() {
                return chart.title.text;
              },
              series: list,
            });
          }, 1000);
          return strict(chart, "Chart");
        },
      },
      "Worksheet.charts"
    );
  }
}

function seriesProxy(list: FakeSheet["charts"][number]["series"], i: number) {
  const s = list[i];
  return strict(
    {
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
    },
    "ChartSeries"
  );
}

/** Tables of a sheet (or of the workbook, sheet null). */
class FakeTables extends Loadable {
  constructor(
    book: StrictBook,
    private readonly sheetName: string | null,
    private readonly within?: () => Dims
  ) {
    super(book);
  }
  private list(): { sheet: string; t: FakeTableData }[] {
    const sheets = this.sheetName === null ? this.book.sheets : [this.book.sheet(this.sheetName)];
    const all = sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.name, t })));
    if (!this.within) return all;
    const d = this.within();
    return all.filter((x) => x.sheet.toLowerCase() === d.sheet.toLowerCase() && overlaps(x.t, d));
  }
  protected resolve(p: string): unknown {
    if (p === "items/name") return this.list().map((x) => ({ name: x.t.name }));
    if (p === "items/showTotals")
      return this.list().map((x) => ({ showTotals: x.t.showTotals === true }));
    return super.resolve(p);
  }
  private snapshot: FakeTable[] = [];
  load(props: string | string[]): this {
    super.load(props);
    // The items are the tables as they were when the load ran (one array, as Office.js keeps).
    this.book.enqueue(() => {
      const now = this.list().map((x) => tableOf(this.book, x.sheet, x.t));
      this.book.deliver(() => (this.snapshot = now));
    });
    return this;
  }
  get items(): FakeTable[] {
    this.read("items/name");
    return this.snapshot;
  }
  add(range: FakeRange, hasHeaders: boolean): FakeTable {
    const pending = { name: "" };
    const book = this.book;
    book.enqueue(() => {
      const d = range.dims();
      checkDims(d);
      const s = book.sheet(d.sheet);
      if (this.sheetName !== null && s.name.toLowerCase() !== this.sheetName.toLowerCase())
        throw excelError("InvalidArgument", "the range is not on this sheet");
      if (s.tables.some((t) => overlaps(t, d)))
        throw excelError("InvalidOperation", "a table cannot overlap another table");
      let n = 1;
      const taken = () => book.sheets.flatMap((x) => x.tables.map((t) => t.name.toLowerCase()));
      while (taken().includes(`table${n}`)) n++;
      const t: FakeTableData = { name: `Table${n}`, ...d };
      if (hasHeaders) uniqueHeaders(book, s, d);
      s.tables.push(t);
      pending.name = t.name;
      table = t;
    }, 100);
    let table: FakeTableData | null = null;
    const sheetName = () => range.dims().sheet;
    return strict(
      {
        get name() {
          return pending.name;
        },
        set name(v: string) {
          book.enqueue(() => {
            if (!table) throw excelError("InvalidArgument", "table not created");
            renameTable(book, table, v);
            pending.name = v;
          });
        },
        getRange: () => rangeOf(book, () => ({ sheet: sheetName(), ...(table as FakeTableData) })),
        delete: () => book.enqueue(() => deleteTable(book, sheetName(), table as FakeTableData)),
      },
      "Table"
    ) as unknown as FakeTable;
  }
}

/** Excel makes a table's header cells unique, non-empty texts ("Column1", "Notes2", ...). */
function uniqueHeaders(book: StrictBook, s: FakeSheet, d: Dims): void {
  const seen = new Set<string>();
  for (let c = 0; c < d.cols; c++) {
    const v = book.get(s.name, d.row, d.col + c);
    const key = `${d.row},${d.col + c}`;
    let text = s.formulas.has(key) ? "" : typeof v === "object" ? v.error : String(v);
    if (text === "") text = `Column${c + 1}`;
    let name = text;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${text}${k}`;
    seen.add(name.toLowerCase());
    s.formulas.delete(key);
    book.set(s, d.row, d.col + c, name);
  }
}

function renameTable(book: StrictBook, t: FakeTableData, name: string): void {
  // Table names: letter, underscore or backslash first; letters, digits, periods, underscores;
  // no cell references (A1, R1C1); at most 255 characters; unique in the workbook.
  if (
    !/^[A-Za-z_\\\u0080-\uffff][\w.\u0080-\uffff]*$/.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$|^R\d*C\d*$/i.test(name)
  )
    throw excelError("InvalidArgument", `invalid table name "${name}"`);
  const clash = book.sheets.some((s) =>
    s.tables.some((x) => x !== t && x.name.toLowerCase() === name.toLowerCase())
  );
  if (clash) throw excelError("ItemAlreadyExists", `table ${name}`);
  t.name = name;
}

function deleteTable(book: StrictBook, sheetName: string, t: FakeTableData): void {
  const s = book.sheet(sheetName);
  if (!s.tables.includes(t)) throw excelError("ItemNotFound", `table ${t.name}`);
  s.tables = s.tables.filter((x) => x !== t);
  clearCells(book, { sheet: sheetName, ...t });
}

interface FakeTable {
  name: string;
  getRange: () => FakeRange;
  delete: () => void;
}

/** A table of a loaded collection. */
function tableOf(book: StrictBook, sheetName: string, t: FakeTableData): FakeTable {
  return strict(
    {
      name: t.name,
      showTotals: t.showTotals === true,
      getRange: () =>
        rangeOf(book, () => ({
          sheet: sheetName,
          row: t.row,
          col: t.col,
          rows: t.rows,
          cols: t.cols,
        })),
      delete: () => book.enqueue(() => deleteTable(book, sheetName, t)),
    },
    `Table("${t.name}")`
  );
}

/** "B2:C10" -> 0-based position and size. */
export function parseA1(a: string): { row: number; col: number; rows: number; cols: number } {
  const cell = (x: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x.toUpperCase());
    if (!m) throw excelError("InvalidArgument", `bad address ${x}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: c - 1 };
  };
  const [p, q] = a.split(":");
  const s = cell(p);
  const e = q ? cell(q) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

function rangeOf(book: StrictBook, dims: () => Dims): FakeRange {
  return strict(new FakeRange(book, dims), "Range");
}

class FakeRange extends Loadable {
  constructor(
    book: StrictBook,
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
    checkDims(d);
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
      case "numberFormat": {
        if (d.rows * d.cols > READ_CELL_LIMIT) return null;
        return Array.from({ length: d.rows }, (_, r) =>
          Array.from(
            { length: d.cols },
            (_, c) => sheet.numberFormats.get(`${d.row + r},${d.col + c}`) ?? "General"
          )
        );
      }
      case "values":
      case "formulas": {
        if (d.rows * d.cols > READ_CELL_LIMIT) return null;
        const out: unknown[][] = [];
        for (let r = 0; r < d.rows; r++) {
          const line = sheet.cells[d.row + r];
          const row: unknown[] = new Array(d.cols);
          for (let c = 0; c < d.cols; c++) {
            const f =
              p === "formulas" ? sheet.formulas.get(`${d.row + r},${d.col + c}`) : undefined;
            const v = line ? line[d.col + c] : undefined;
            // Error cells read as their text ("#N/A"); text stored with an apostrophe reads
            // without it through both properties (the stricter reading: a host that writes
            // `formulas` back would lose the apostrophe and have the text re-parsed).
            row[c] =
              f ?? (v === undefined || v === null ? "" : typeof v === "object" ? v.error : v);
          }
          out.push(row);
        }
        return out;
      }
    }
    return super.resolve(p);
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
    const grid = v as unknown[][];
    this.book.enqueue(() => this.book.writeGrid(this.dims(), grid, false), jsonSize(grid));
  }
  get formulas(): unknown {
    return this.read("formulas");
  }
  get numberFormat(): unknown {
    return this.read("numberFormat");
  }
  set formulas(v: unknown) {
    const grid = v as unknown[][];
    this.book.enqueue(() => this.book.writeGrid(this.dims(), grid, true), jsonSize(grid));
  }
  set numberFormat(v: unknown) {
    const grid = v as string[][];
    this.book.enqueue(() => {
      const d = this.dims();
      checkDims(d);
      if (grid.length !== d.rows || grid.some((r) => r.length !== d.cols))
        throw excelError("InvalidArgument", "the dimensions of the array do not match the range");
      const s = this.book.sheet(d.sheet);
      grid.forEach((row, r) =>
        row.forEach((f, c) => {
          const key = `${d.row + r},${d.col + c}`;
          if (f === "General") s.numberFormats.delete(key);
          else if (f !== null) s.numberFormats.set(key, f);
        })
      );
    }, jsonSize(v));
  }
  get worksheet(): FakeWorksheet {
    return sheetOf(this.book, this.dims().sheet);
  }
  getSurroundingRegion(): FakeRange {
    // Computed when the request runs, by a plain flood of the used cells (independent of the core).
    return rangeOf(this.book, () => surroundingRegion(this.book, this.dims()));
  }
  getTables(): FakeTables {
    return strict(new FakeTables(this.book, null, this.dims), "Range.getTables()");
  }
  /** Range.clear: contents, formulas and number formats (the fake keeps no other formats). */
  clear(): void {
    this.book.enqueue(() => clearCells(this.book, this.dims()));
  }
  getEntireColumn(): FakeRange {
    const dims = this.dims;
    return rangeOf(this.book, () => ({ ...dims(), row: 0, rows: MAX_ROWS }));
  }
  get format() {
    const book = this.book;
    const dims = this.dims;
    return strict(
      {
        autofitColumns: () => book.enqueue(() => void checkDims(dims())),
        // RangeFormat.columnWidth (points): Excel takes 0 to 255 characters' worth, ~1789 pt.
        set columnWidth(points: number) {
          book.enqueue(() => {
            const d = dims();
            checkDims(d);
            if (!(points >= 0 && points <= 1789))
              throw new Error(`InvalidArgument: column width ${points} pt is out of range.`);
            for (let c = d.col; c < d.col + d.cols; c++)
              book.sheet(d.sheet).columnWidths.set(c, points);
          });
        },
      },
      "Range.format"
    );
  }
  select(): void {
    this.book.enqueue(() => {
      this.book.selection = { ...this.dims() };
    });
  }
  get conditionalFormats() {
    const book = this.book;
    const dims = this.dims;
    return strict(
      {
        clearAll: () =>
          book.enqueue(() => {
            const d = dims();
            const s = book.sheet(d.sheet);
            s.conditionalFormats = s.conditionalFormats.filter((f) => !overlaps(f, d));
          }),
        add: (type: string) => {
          if (type !== "CellValue") throw new Error(`conditional format ${type} is not modelled`);
          const cf = {
            cellValue: strict(
              {
                format: strict({ fill: strict({ color: "" }, "fill") }, "format"),
                rule: { formula1: "", operator: "" },
              },
              "ConditionalFormat.cellValue"
            ),
          };
          book.enqueue(() => {
            const d = dims();
            checkDims(d);
            book.sheet(d.sheet).conditionalFormats.push({
              ...d,
              formula1: cf.cellValue.rule.formula1,
              operator: cf.cellValue.rule.operator,
              fill: cf.cellValue.format.fill.color,
            });
          }, 200);
          return strict(cf, "ConditionalFormat");
        },
      },
      "Range.conditionalFormats"
    );
  }
  get dataValidation() {
    const book = this.book;
    const dims = this.dims;
    return strict(
      {
        clear: () =>
          book.enqueue(() => {
            const d = dims();
            const s = book.sheet(d.sheet);
            s.validations = s.validations.filter((v) => !overlaps({ ...v, cols: 1 }, d));
          }),
        set rule(rule: { list: { source: string } }) {
          book.enqueue(() => {
            const d = dims();
            checkDims(d);
            book
              .sheet(d.sheet)
              .validations.push({ row: d.row, col: d.col, rows: d.rows, source: rule.list.source });
          }, jsonSize(rule));
        },
      },
      "Range.dataValidation"
    );
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
function clearCells(book: StrictBook, d: Dims): void {
  checkDims(d);
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

function surroundingRegion(book: StrictBook, d: Dims): Dims {
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

/** The range of getUsedRangeOrNullObject: a FakeRange that may be a null object. */
class UsedRange extends FakeRange {
  private nullness: boolean | undefined = undefined;
  constructor(
    book: StrictBook,
    dims: () => Dims,
    private readonly isNull: () => boolean
  ) {
    super(book, dims);
  }
  load(props: string | string[]): this {
    super.load(props);
    this.book.enqueue(() => {
      const v = this.isNull();
      this.book.deliver(() => (this.nullness = v));
    });
    return this;
  }
  get isNullObject(): boolean {
    if (this.nullness === undefined)
      throw excelError("PropertyNotLoaded", "isNullObject (load it and sync first)");
    return this.nullness;
  }
}
