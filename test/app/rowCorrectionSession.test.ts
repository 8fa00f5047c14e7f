/**
 * The pane session's row corrections (src/app/rowCorrectionSession.ts): one per host, told to
 * every subscriber at once, read back for the same list only, rows that changed dropped.
 */
import { rowCorrectionSession } from "../../src/app/rowCorrectionSession";
import { NO_ROW_OVERRIDE } from "../../src/core/list/rowOverride";
import { hostAndList, readListOrFail } from "../support/memoryList";

const CELLS = [
  ["Customer", "Sales"],
  ["Ann", 100],
  ["Bob", 50],
  ["合计", 150],
  ["Dan", 20],
];

describe("rowCorrectionSession", () => {
  test("one session per host; a correction is read back for the same list and told to subscribers", async () => {
    const { host, snap } = await hostAndList(CELLS);
    const session = rowCorrectionSession(host);
    expect(rowCorrectionSession(host)).toBe(session);
    const other = await hostAndList(CELLS);
    expect(rowCorrectionSession(other.host)).not.toBe(session);

    expect(session.rowsFor(snap)).toBeUndefined(); // none yet: the settings say
    const heard: Array<[string, unknown]> = [];
    const stop = session.subscribe((sheet, origin) => heard.push([sheet, origin]));
    const tab = {};
    session.set(snap, { include: [4], exclude: [5] }, tab);
    expect(heard).toEqual([["Data", tab]]);
    expect(session.rowsFor(snap)).toEqual({ include: [4], exclude: [5] });
    expect(rowCorrectionSession(other.host).rowsFor(other.snap)).toBeUndefined();

    // Undone: the session says "as read", which overrides what the settings may still hold.
    session.set(snap, NO_ROW_OVERRIDE, tab);
    expect(session.rowsFor(snap)).toEqual(NO_ROW_OVERRIDE);
    stop();
    session.set(snap, { include: [], exclude: [2] });
    expect(heard).toHaveLength(2);
  });

  test("another list on the sheet gets nothing; a row that changed since is dropped", async () => {
    const { host, snap } = await hostAndList(CELLS);
    const session = rowCorrectionSession(host);
    session.set(snap, { include: [4], exclude: [2] });
    expect(session.rowsFor({ ...snap, col: snap.col + 3 })).toBeUndefined();
    // Row 2 now holds another customer: only the 合计 row stays put back.
    host.sheet("Data")!.cells[1][0] = "Eve";
    expect(session.rowsFor(await readListOrFail(host))).toEqual({ include: [4], exclude: [] });
  });
});
