/**
 * The jobs' long computations, one table for every way of running them: the pane's Web Worker
 * (taskpane/compute/worker.ts), its main-thread fallback (taskpane/compute/client.ts) and
 * `computeHere` (the command line, tests). Each job is a pure function of a
 * structured-clone-safe input (plain objects, arrays, strings, numbers, Dates, typed arrays:
 * no functions, no class instances) to a structured-clone-safe output; progress goes through
 * the `progress` argument instead of a callback inside the input.
 */
import { analyzeList, type AnalyzeOptions, type ListColumns, type TieringResult } from "./tiering";
import { planVisits, type PlanCustomer, type PlanOptions, type VisitPlan } from "../core/plan";
import type { ListSnapshot } from "../host/types";

/** Input of the "analyzeList" job: the arguments of `analyzeList`. */
export interface AnalyzeListInput {
  snapshot: ListSnapshot;
  columns: ListColumns;
  options?: AnalyzeOptions;
}

/** Input of the "planVisits" job: the arguments of `planVisits`, progress reported separately. */
export interface PlanVisitsInput {
  customers: readonly PlanCustomer[];
  options: Omit<PlanOptions, "onProgress">;
}

/** Input and output types per job kind. */
export interface JobTypes {
  analyzeList: { input: AnalyzeListInput; output: TieringResult };
  planVisits: { input: PlanVisitsInput; output: VisitPlan };
}

export type JobKind = keyof JobTypes;
export type JobInput<K extends JobKind> = JobTypes[K]["input"];
export type JobOutput<K extends JobKind> = JobTypes[K]["output"];

/** A job: input and a progress reporter (fraction done, 0..1) in, output out; throws on bad input. */
export type Job<K extends JobKind> = (
  input: JobInput<K>,
  progress: (fraction: number) => void
) => JobOutput<K>;

/** kind -> pure function. */
export const JOBS: { readonly [K in JobKind]: Job<K> } = {
  analyzeList: (input) => analyzeList(input.snapshot, input.columns, input.options),
  planVisits: (input, progress) =>
    planVisits(input.customers, { ...input.options, onProgress: progress }),
};

/** True for a job kind of the table (messages from outside are checked with this). */
export function isJobKind(kind: unknown): kind is JobKind {
  return typeof kind === "string" && Object.prototype.hasOwnProperty.call(JOBS, kind);
}

/**
 * Runs a computation of the table on this thread (the command line; tests): the default
 * {@link import("./job").Compute} of a job's plan.
 */
export function computeHere<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  onProgress?: (fraction: number) => void
): Promise<JobOutput<K>> {
  return new Promise((resolve) => resolve(JOBS[kind](input, (f) => onProgress?.(f))));
}
