/**
 * Runs the pane's long computations (app/computeJobs.ts) in a Web Worker so the pane keeps painting its
 * progress bar and Office does not warn about a busy core (desktop Excel does after ~15 s).
 *
 * The worker is dist/compute.js, next to the pane's page. Where there is no Worker (jsdom
 * tests, old hosts) or its script does not load, the same job function runs on the main
 * thread after one turn of the event loop, so a progress bar set just before still paints.
 */
import { JOBS, type JobInput, type JobKind, type JobOutput } from "../../app/computeJobs";
import type { JobRequest, WorkerReply } from "./protocol";

/** Where the worker script is, relative to the page (webpack entry "compute"). */
export const COMPUTE_WORKER_URL = "compute.js";

/** How many jobs finished on each path since the page loaded (the browser tests read it). */
export const computeStats = { worker: 0, mainThread: 0 };

interface Pending {
  kind: JobKind;
  input: unknown;
  onProgress?: (fraction: number) => void;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

interface WorkerState {
  worker: Worker;
  /** Set by the worker's "ready" message: an error before it means the script did not load. */
  ready: boolean;
  pending: Map<number, Pending>;
}

let current: WorkerState | null = null;
/** Set once the worker could not be created or loaded: later jobs go straight to the main thread. */
let unavailable = false;
let nextId = 1;

const ERROR_TYPES: Record<string, new (message: string) => Error> = {
  RangeError,
  TypeError,
  SyntaxError,
  ReferenceError,
};

/** An Error like the worker's (same class for the built-in ones, same name and message). */
function rebuildError(name: string, message: string): Error {
  const e = new (ERROR_TYPES[name] ?? Error)(message);
  if (e.name !== name) e.name = name;
  return e;
}

/** Runs the job on this thread after yielding once to the event loop (lets the browser paint). */
function runHere(
  kind: JobKind,
  input: unknown,
  onProgress?: (fraction: number) => void
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        const job = JOBS[kind] as (input: unknown, progress: (f: number) => void) => unknown;
        const output = job(input, (f) => onProgress?.(f));
        computeStats.mainThread++;
        resolve(output);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
  });
}

/** Drops the worker; its pending jobs either move to the main thread or fail with `error`. */
function dropWorker(state: WorkerState, error?: Error): void {
  state.worker.terminate();
  if (current === state) current = null;
  const jobs = [...state.pending.values()];
  state.pending.clear();
  for (const p of jobs) {
    if (error) p.reject(error);
    else runHere(p.kind, p.input, p.onProgress).then(p.resolve, p.reject);
  }
}

function startWorker(): WorkerState | null {
  if (unavailable || typeof Worker === "undefined") return null;
  let worker: Worker;
  try {
    worker = new Worker(COMPUTE_WORKER_URL);
  } catch {
    // e.g. SecurityError on a page whose origin may not start workers.
    unavailable = true;
    return null;
  }
  const state: WorkerState = { worker, ready: false, pending: new Map() };
  worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
    const m = ev.data;
    if (m.type === "ready") {
      state.ready = true;
      return;
    }
    const p = state.pending.get(m.id);
    if (!p) return;
    if (m.type === "progress") {
      p.onProgress?.(m.fraction);
      return;
    }
    state.pending.delete(m.id);
    if (m.type === "result") {
      computeStats.worker++;
      p.resolve(m.output);
    } else p.reject(rebuildError(m.name, m.message));
  };
  worker.onerror = (ev: ErrorEvent) => {
    ev.preventDefault();
    if (!state.ready) {
      // The script did not load (404, wrong MIME type, blocked): use the main thread from now on.
      unavailable = true;
      dropWorker(state);
    } else {
      // An uncaught error inside the worker (jobs catch their own): fail what was running, start afresh next time.
      dropWorker(state, new Error(ev.message || "the compute worker failed"));
    }
  };
  worker.onmessageerror = () => dropWorker(state, new Error("a compute result could not be read"));
  return state;
}

/**
 * Runs a job of app/computeJobs.ts off the pane's thread when it can, else on it after a yield.
 *
 * @param kind The job ("analyzeList", "planVisits").
 * @param input Its input: must survive structured clone (plain data, typed arrays, Dates).
 * @param onProgress Called with the fraction done (0..1) when the job reports progress.
 * @returns The job's output (a structured clone of it when it ran in the worker).
 * @throws Rejects with an error of the same class and message as the job threw.
 * @example
 * const plan = await runCompute("planVisits", { customers, options: { startDate: "2025-01-06" } }, (f) => setProgress(f));
 */
export function runCompute<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  onProgress?: (fraction: number) => void
): Promise<JobOutput<K>> {
  const state = current ?? (current = startWorker());
  if (!state) return runHere(kind, input, onProgress) as Promise<JobOutput<K>>;
  return new Promise<JobOutput<K>>((resolve, reject) => {
    const id = nextId++;
    const request: JobRequest<K> = { id, kind, input };
    state.pending.set(id, {
      kind,
      input,
      onProgress,
      resolve: resolve as (o: unknown) => void,
      reject,
    });
    try {
      state.worker.postMessage(request);
    } catch {
      // DataCloneError: the input holds something a worker cannot receive; the job still runs here.
      state.pending.delete(id);
      runHere(kind, input, onProgress).then(resolve as (o: unknown) => void, reject);
    }
  });
}

/** Terminates the worker and forgets a load failure (tests). Jobs still pending are rejected. */
export function resetCompute(): void {
  if (current) dropWorker(current, new Error("the compute worker was reset"));
  current = null;
  unavailable = false;
}
