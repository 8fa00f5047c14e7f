/**
 * The pane's compute client (src/taskpane/compute): the main-thread fallback (node has no
 * Worker) and the worker path (a stand-in Worker that runs the real worker-side handler on
 * structured clones, as a browser does) give the same results as calling the functions
 * directly; progress arrives; errors reject with the same class and message; a worker script
 * that does not load falls back to the main thread. The real worker in Chromium is checked by
 * test/browser/pane.test.ts.
 */
import { analyzeList } from "../../src/app/tiering";
import { planVisits, type PlanCustomer } from "../../src/core/plan";
import type { ListSnapshot } from "../../src/host/types";
import { COMPUTE_WORKER_URL, computeStats, resetCompute, runCompute } from "../../src/taskpane/compute/client";
import { JOBS, isJobKind } from "../../src/app/computeJobs";
import { handleRequest, transferablesOf, type JobRequest, type WorkerReply } from "../../src/taskpane/compute/protocol";

/** A small list: name, rep, sales (one blank, one text), with a header row at A1. */
function snapshot(): ListSnapshot {
  const sales: (number | string | null)[] = [120, 80, 300, null, 45, "n/a", 210, 95, 60, 150];
  return {
    sheet: "Customers",
    row: 0,
    col: 0,
    header: ["Customer", "Rep", "Sales"],
    rows: sales.map((s, i) => [`Shop ${i + 1}`, i % 2 ? "Li" : "Wang", s]),
    rightColumn: new Array(sales.length + 1).fill(null),
  };
}

/** 30 customers of two reps with positions, tiers A/B/C. */
function customers(): PlanCustomer[] {
  return Array.from({ length: 30 }, (_, i) => ({
    id: i,
    name: `Shop ${i}`,
    tier: "ABC"[i % 3],
    rep: i % 2 ? "Li" : "Wang",
    lat: 30.6 + (i % 7) * 0.01,
    lng: 104.0 + (i % 5) * 0.01,
  }));
}

const PLAN_OPTIONS = { startDate: "2025-11-03", weeks: 4, capacity: 6 };

/** The message a direct call throws (so the test compares like with like). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a throw");
}

afterEach(() => {
  resetCompute();
  delete (globalThis as { Worker?: unknown }).Worker;
});

describe("the job table", () => {
  test("knows exactly the two jobs", () => {
    expect(Object.keys(JOBS).sort()).toEqual(["analyzeList", "planVisits"]);
    expect(isJobKind("planVisits")).toBe(true);
    expect(isJobKind("toString")).toBe(false);
  });

  test("outputs survive structured clone unchanged (what the worker sends back)", () => {
    const t = JOBS.analyzeList({ snapshot: snapshot(), columns: { sales: 2, customer: 0, rep: 1 } }, () => {});
    expect(t.tierIndex).toBeInstanceOf(Int32Array);
    expect(structuredClone(t)).toEqual(t);
    const p = JOBS.planVisits({ customers: customers(), options: PLAN_OPTIONS }, () => {});
    expect(p.visits.length).toBeGreaterThan(0);
    expect(structuredClone(p)).toEqual(p);
  });

  test("transferablesOf finds the typed arrays' own buffers, not shared ones", () => {
    const t = JOBS.analyzeList({ snapshot: snapshot(), columns: { sales: 2 } }, () => {});
    const bufs = transferablesOf(t);
    expect(bufs).toContain(t.tierIndex.buffer);
    expect(bufs).toContain(t.sales.values.buffer);
    const shared = new Float64Array(8);
    expect(transferablesOf({ a: shared.subarray(2) })).toEqual([]);
  });
});

describe("main-thread fallback (no Worker)", () => {
  test("analyzeList: same result as the direct call", async () => {
    const before = computeStats.mainThread;
    const columns = { sales: 2, customer: 0, rep: 1 };
    const got = await runCompute("analyzeList", { snapshot: snapshot(), columns, options: { method: "pareto" } });
    expect(got).toEqual(analyzeList(snapshot(), columns, { method: "pareto" }));
    expect(computeStats.mainThread).toBe(before + 1);
  });

  test("planVisits: same result, progress reported, and nothing runs before the event loop turns", async () => {
    const seen: number[] = [];
    const done = runCompute("planVisits", { customers: customers(), options: PLAN_OPTIONS }, (f) => seen.push(f));
    // planVisits reports 0 first thing: none yet means the job has not started synchronously...
    expect(seen).toEqual([]);
    await Promise.resolve();
    // ...nor in a microtask: it waits for a macrotask (setTimeout 0), so the browser can paint first.
    expect(seen).toEqual([]);
    const got = await done;
    expect(got).toEqual(planVisits(customers(), PLAN_OPTIONS));
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  test("errors reject with the same class and message", async () => {
    const bad = { snapshot: snapshot(), columns: { sales: 7 } };
    const direct = thrown(() => analyzeList(bad.snapshot, bad.columns));
    await expect(runCompute("analyzeList", bad)).rejects.toThrow(direct.message);
    await expect(runCompute("analyzeList", bad)).rejects.toBeInstanceOf(direct.constructor as typeof Error);
    const badPlan = { customers: customers(), options: { ...PLAN_OPTIONS, weeks: 0 } };
    const directPlan = thrown(() => planVisits(badPlan.customers, badPlan.options));
    await expect(runCompute("planVisits", badPlan)).rejects.toThrow(directPlan.message);
  });
});

/** Minimal stand-in for a browser Worker running worker.ts's handler; `load: false` acts as a 404. */
function installFakeWorker(load: boolean): { created: string[] } {
  const log = { created: [] as string[] };
  class FakeWorker {
    onmessage: ((ev: { data: WorkerReply }) => void) | null = null;
    onerror: ((ev: { message: string; preventDefault(): void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    private dead = false;
    constructor(url: string) {
      log.created.push(url);
      setTimeout(() => {
        if (load) this.reply({ type: "ready" });
        else this.onerror?.({ message: "", preventDefault() {} });
      }, 0);
    }
    private reply(m: WorkerReply): void {
      if (!this.dead) this.onmessage?.({ data: structuredClone(m) });
    }
    postMessage(req: JobRequest): void {
      const copy = structuredClone(req); // throws DataCloneError as a browser would
      setTimeout(() => {
        if (load) handleRequest(copy, (m) => this.reply(m));
      }, 1);
    }
    terminate(): void {
      this.dead = true;
    }
  }
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  return log;
}

describe("worker path (stand-in Worker)", () => {
  test("results equal the direct call, progress arrives, one worker serves several jobs", async () => {
    const log = installFakeWorker(true);
    const before = { ...computeStats };
    const columns = { sales: 2, customer: 0 };
    const seen: number[] = [];
    const [t, p] = await Promise.all([
      runCompute("analyzeList", { snapshot: snapshot(), columns }),
      runCompute("planVisits", { customers: customers(), options: PLAN_OPTIONS }, (f) => seen.push(f)),
    ]);
    expect(t).toEqual(analyzeList(snapshot(), columns));
    expect(p).toEqual(planVisits(customers(), PLAN_OPTIONS));
    expect(seen[seen.length - 1]).toBe(1);
    expect(computeStats.worker).toBe(before.worker + 2);
    expect(computeStats.mainThread).toBe(before.mainThread);
    expect(log.created).toEqual([COMPUTE_WORKER_URL]);
  });

  test("a job's error comes back as the same class and message", async () => {
    installFakeWorker(true);
    const bad = { snapshot: snapshot(), columns: { sales: 7 } };
    const direct = thrown(() => analyzeList(bad.snapshot, bad.columns));
    const err = await runCompute("analyzeList", bad).then(
      () => null,
      (e: Error) => e
    );
    expect(err).toBeInstanceOf(direct.constructor as typeof Error);
    expect(err?.message).toBe(direct.message);
  });

  test("a worker script that does not load: the job runs on the main thread, and later ones too", async () => {
    const log = installFakeWorker(false);
    const before = { ...computeStats };
    const columns = { sales: 2 };
    expect(await runCompute("analyzeList", { snapshot: snapshot(), columns })).toEqual(analyzeList(snapshot(), columns));
    expect(await runCompute("analyzeList", { snapshot: snapshot(), columns })).toEqual(analyzeList(snapshot(), columns));
    expect(computeStats.mainThread).toBe(before.mainThread + 2);
    expect(computeStats.worker).toBe(before.worker);
    expect(log.created).toHaveLength(1);
  });
});

describe("worker-side handler", () => {
  test("an unknown kind is answered with an error, not a throw", () => {
    const replies: WorkerReply[] = [];
    handleRequest({ id: 5, kind: "nope", input: {} } as unknown as JobRequest, (m) => replies.push(m));
    expect(replies).toEqual([{ type: "error", id: 5, name: "TypeError", message: 'unknown compute job "nope"' }]);
  });
});
