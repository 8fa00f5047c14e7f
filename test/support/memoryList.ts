/**
 * The set-up the job tests share: a list on one sheet of the in-memory host (the real
 * MemoryHost, not a copy of its operations) and the snapshot it reads at the selection.
 */
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellValue } from "../../src/core/excel/cell";
import { isListProblem, type CellInput, type ListSnapshot } from "../../src/host/types";

/** A MemoryHost with `cells` from A1 of `sheet`, a cell of the list's first data row selected. */
export function hostWithList(cells: CellInput[][], sheet = "Sheet1"): MemoryHost {
  const data = workbookFromCells(sheet, cells);
  data.selection = { sheet, row: 1, col: 0, rows: 1, cols: 1 };
  return new MemoryHost(data);
}

/** The list the host reads at its selection; a list problem fails the test. */
export async function readListOrFail(host: MemoryHost): Promise<ListSnapshot> {
  const snap = await host.readList();
  if (isListProblem(snap)) throw new Error(`no list: ${snap.problem}`);
  return snap;
}

/** Both at once: the host with the list on `sheet`, and the list read from it. */
export async function hostAndList(
  cells: CellInput[][],
  sheet = "Data"
): Promise<{ host: MemoryHost; snap: ListSnapshot }> {
  const host = hostWithList(cells, sheet);
  return { host, snap: await readListOrFail(host) };
}

/**
 * A list as a reader would hand it over, made by hand (sheet "S", header in A1): for tests of
 * what is done with a list's header and rows, not of how it is read.
 */
export function snapshotOf(header: string[], rows: CellValue[][]): ListSnapshot {
  return { sheet: "S", row: 0, col: 0, header, rows, rightColumn: [] };
}
