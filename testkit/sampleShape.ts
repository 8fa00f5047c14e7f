/**
 * A customer list of the sample's shape (11 columns: id, name, region, city, rep, phone,
 * address, sales, orders, last order, notes) in the strict Excel fake, and one tiering run
 * through OfficeHost: shared by the real-size host test and `npm run bench` (no jest here).
 */
import { OfficeHost } from "../src/host/officeHost";
import { isListProblem } from "../src/host/types";
import { analyzeList, buildTierWrite } from "../src/app/tiering";
import { guessColumns } from "../src/core/list/columns";
import type { Cell, StrictBook } from "./strictExcel";

export const SAMPLE_HEADER = [
  "Customer ID",
  "Customer",
  "Region",
  "City",
  "Rep",
  "Phone",
  "Address",
  "Sales",
  "Orders",
  "Last order",
  "Notes",
];

/** Row i (0-based) of the list; sales are a permutation of 1..n (distinct: exact tier sizes). */
export function sampleRow(i: number, n: number): Cell[] {
  const regions = ["华北", "华东", "华南", "West"];
  return [
    String(i + 1).padStart(6, "0"), // ids with leading zeros, stored as text
    `Customer ${i + 1} 有限公司`,
    regions[i % 4],
    ["Beijing", "Shanghai", "Chengdu", "Wuhan"][i % 4],
    `Rep ${i % 40}`,
    `138${String(10_000_000 + ((i * 7_919) % 90_000_000)).slice(0, 8)}`,
    `${(i % 900) + 1} Renmin Road, District ${i % 17}`,
    ((i * 7919) % n) + 1,
    (i % 23) + 1,
    45_000 + (i % 700),
    i % 5 === 0 ? "- called twice" : "",
  ];
}

/** Adds the list at A1 of sheet "Customers" and selects a cell in it. */
export function addSampleList(book: StrictBook, n: number): void {
  const s = book.addSheet("Customers");
  s.cells.push(SAMPLE_HEADER.slice());
  for (let i = 0; i < n; i++) s.cells.push(sampleRow(i, n));
  book.selection = { sheet: "Customers", row: 5, col: 1, rows: 1, cols: 1 };
}

/** Reads the list, tiers it by sales and writes the Tier column, as the pane does. */
export async function tierThroughHost(host: OfficeHost) {
  const snap = await host.readList();
  if (isListProblem(snap)) throw new Error(snap.problem);
  const g = guessColumns(snap.header, snap.rows.slice(0, 200));
  const sales = snap.header.indexOf("Sales");
  const result = analyzeList(snap, { sales, customer: g.roles.customer, rep: g.roles.rep });
  const plan = buildTierWrite(snap, result, {
    output: "values",
    locale: "en",
    replaceExisting: false,
  });
  await host.apply(plan.ops);
  return { snap, result, plan };
}
