/**
 * @jest-environment jsdom
 *
 * The list-job hook (src/taskpane/hooks/useListJob.ts) against the in-memory host: it reads the
 * list when mounted, guesses and restores, keeps the user's choices while it is the same list
 * and starts afresh on another one, asks once before writing over cells (no: nothing written),
 * refuses a run with problems, and writes a plan's ops.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput } from "../../src/host/types";
import { computeHere } from "../../src/app/computeJobs";
import { tieringJob, type TieringOptions } from "../../src/app/tieringJob";
import { messages } from "../../src/i18n/messages";
import { useListJob } from "../../src/taskpane/hooks/useListJob";

const SLOW = { timeout: 15000 };

/** Two lists on one sheet: customers at A1 (with a total row), products at F1. */
const CELLS: CellInput[][] = [
  ["Customer", "Sales", "Owner", null, null, "Product", "Units"],
  ["Ann", 500, "Li", null, null, "Tea", 3],
  ["Bob", 300, "Wang", null, null, "Rice", 5],
  ["Cat", 100, "Li"],
  ["Total", 900, null],
];

const VALUES: TieringOptions = { method: "rank", output: "values" };

function setup(cells: CellInput[][] = CELLS) {
  const data = workbookFromCells("Sheet1", cells);
  data.selection = { sheet: "Sheet1", row: 1, col: 0, rows: 1, cols: 1 };
  const host = new MemoryHost(data);
  const onRestore = jest.fn();
  const onNewList = jest.fn();
  const hook = renderHook(() =>
    useListJob(tieringJob, {
      host,
      locale: "en",
      t: messages("en"),
      describeConflicts: (cs) => `replace ${cs.map((c) => c.code).join(",")}?`,
      cancelledText: "cancelled",
      onRestore,
      onNewList,
      compute: computeHere,
    })
  );
  return { host, data, hook, onRestore, onNewList };
}

const tierCells = (host: MemoryHost) =>
  host.readRect({ sheet: "Sheet1", row: 0, col: 3, rows: 5, cols: 1 });

describe("useListJob", () => {
  test("reads and guesses when mounted; a run writes the plan's ops, the total row left out", async () => {
    const { host, hook } = setup();
    await waitFor(() => expect(hook.result.current.list).not.toBeNull(), SLOW);
    const list = hook.result.current.list!;
    expect(list.columns).toMatchObject({ customer: 0, sales: 1, rep: 2 });
    expect(list.snapshot.leftOut).toEqual([{ index: 3, reason: "total" }]);
    let run: Awaited<ReturnType<typeof hook.result.current.run>> = null;
    await act(async () => {
      run = await hook.result.current.run(VALUES);
    });
    expect(run!.written).toBe(true);
    expect((await tierCells(host)).map((r) => r[0])).toEqual(["Tier", "A", "B", "C", ""]);
    expect(hook.result.current.busy).toBe(false);
    expect(hook.result.current.progress).toBeNull();
  });

  test("the user's choice stays on the same list (also with a column added) and goes with another list", async () => {
    const { data, hook } = setup();
    await waitFor(() => expect(hook.result.current.list).not.toBeNull(), SLOW);
    act(() => hook.result.current.setColumn("rep", undefined));
    act(() => hook.result.current.setColumn("customer", 2));
    expect(hook.result.current.list!.columns.rep).toBeUndefined();
    expect(hook.result.current.list!.sources).toMatchObject({ customer: "user" });
    expect(hook.result.current.list!.sources.rep).toBeUndefined();
    // The run re-reads the list: same list, the choice stays (Owner is the customer column now).
    await act(async () => void (await hook.result.current.run(VALUES)));
    expect(hook.result.current.list!.columns).toMatchObject({ customer: 2, sales: 1 });
    // The Tier column now extends the list: still the same list for the choices.
    await act(async () => hook.result.current.readAgain());
    expect(hook.result.current.list!.snapshot.header).toEqual([
      "Customer",
      "Sales",
      "Owner",
      "Tier",
    ]);
    expect(hook.result.current.list!.columns.customer).toBe(2);
    // Another list: fresh guesses.
    data.selection = { sheet: "Sheet1", row: 1, col: 5, rows: 1, cols: 1 };
    await act(async () => hook.result.current.readAgain());
    expect(hook.result.current.list!.snapshot.header).toEqual(["Product", "Units"]);
    expect(hook.result.current.list!.columns.customer).not.toBe(2);
  });

  test("onNewList: told of the first list and of another one, not of the same list grown", async () => {
    const { data, hook, onNewList } = setup();
    await waitFor(() => expect(onNewList).toHaveBeenCalledTimes(1), SLOW);
    expect(onNewList.mock.calls[0][0].snapshot.header).toEqual(["Customer", "Sales", "Owner"]);
    // Set first: a column chosen in the callback sticks.
    expect(onNewList.mock.calls[0][0]).toBe(hook.result.current.list);
    await act(async () => void (await hook.result.current.run(VALUES)));
    await act(async () => hook.result.current.readAgain());
    expect(hook.result.current.list!.snapshot.header).toHaveLength(4); // + Tier: the same list
    expect(onNewList).toHaveBeenCalledTimes(1);
    data.selection = { sheet: "Sheet1", row: 1, col: 5, rows: 1, cols: 1 };
    await act(async () => hook.result.current.readAgain());
    expect(onNewList).toHaveBeenCalledTimes(2);
    expect(onNewList.mock.calls[1][0].snapshot.header).toEqual(["Product", "Units"]);
  });

  test("asks once before writing over cells: no writes nothing, yes writes", async () => {
    const { host, hook } = setup();
    await waitFor(() => expect(hook.result.current.list).not.toBeNull(), SLOW);
    await act(async () => void (await hook.result.current.run(VALUES)));
    // The user typed over an earlier run's Tier column.
    await host.apply([{ kind: "values", sheet: "Sheet1", row: 1, col: 3, values: [["kept"]] }]);
    const before = host.batches.length;
    let pending!: Promise<unknown>;
    act(() => {
      pending = hook.result.current.run(VALUES);
    });
    await waitFor(
      () => expect(hook.result.current.asking).toBe("replace existingTierColumn?"),
      SLOW
    );
    await act(async () => {
      hook.result.current.answer(false);
      await pending;
    });
    expect(hook.result.current.message).toBe("cancelled");
    expect(host.batches.length).toBe(before);
    expect((await tierCells(host))[1][0]).toBe("kept");

    act(() => {
      pending = hook.result.current.run(VALUES);
    });
    await waitFor(() => expect(hook.result.current.asking).not.toBeNull(), SLOW);
    await act(async () => {
      hook.result.current.answer(true);
      await pending;
    });
    expect(hook.result.current.asking).toBeNull();
    expect((await tierCells(host)).map((r) => r[0])).toEqual(["Tier", "A", "B", "C", ""]);
  });

  test("a run with problems shows them as error lines and writes nothing", async () => {
    const { host, hook } = setup();
    await waitFor(() => expect(hook.result.current.list).not.toBeNull(), SLOW);
    await act(async () => {
      const r = await hook.result.current.run(VALUES, {
        problems: (l) => (l.columns.customer === 0 ? ["first problem", "second problem"] : []),
      });
      expect(r).toBeNull();
    });
    expect(hook.result.current.errors).toEqual(["first problem", "second problem"]);
    expect(host.batches).toHaveLength(0);
  });

  test("a remembered choice is restored when the list is read afresh", async () => {
    const first = setup();
    await waitFor(() => expect(first.hook.result.current.list).not.toBeNull(), SLOW);
    await act(async () => {
      first.hook.result.current.setColumn("customer", 2);
      await first.hook.result.current.run({ method: "pareto", output: "values" });
    });
    first.hook.unmount();
    // A new pane on the same workbook.
    const host2 = new MemoryHost(first.data);
    const hook2 = renderHook(() =>
      useListJob(tieringJob, {
        host: host2,
        locale: "en",
        t: messages("en"),
        describeConflicts: () => "",
        cancelledText: "",
        onRestore: first.onRestore,
        compute: computeHere,
      })
    );
    await waitFor(() => expect(hook2.result.current.list).not.toBeNull(), SLOW);
    expect(hook2.result.current.list!.columns.customer).toBe(2);
    expect(hook2.result.current.list!.sources.customer).toBe("saved");
    expect(first.onRestore).toHaveBeenLastCalledWith({
      method: "pareto",
      cuts: undefined,
      output: "values",
    });
  });

  test("no list around the selection: the problem, no list", async () => {
    const { hook } = setup([["", ""]]);
    await waitFor(() => expect(hook.result.current.problem).not.toBeNull(), SLOW);
    expect(hook.result.current.list).toBeNull();
  });
});
