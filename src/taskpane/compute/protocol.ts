/**
 * Messages between the pane (client.ts) and the compute worker (worker.ts), and the worker's
 * side of the exchange as a plain function so node tests can drive it without a Worker.
 */
import { JOBS, isJobKind, type JobKind, type JobInput } from "../../app/computeJobs";

/** Pane -> worker: run `kind` on `input`; replies carry the same `id`. */
export interface JobRequest<K extends JobKind = JobKind> {
  id: number;
  kind: K;
  input: JobInput<K>;
}

/** Worker -> pane. "ready" is posted once when the script has loaded (tells a load failure from a job's crash). */
export type WorkerReply =
  | { type: "ready" }
  | { type: "progress"; id: number; fraction: number }
  | { type: "result"; id: number; output: unknown }
  | { type: "error"; id: number; name: string; message: string };

/**
 * Buffers of the typed arrays in a result, found in nested plain objects (arrays are not
 * walked: the big ones hold strings or rows, and walking them would cost what we save).
 * Transferring them instead of copying saves a copy of e.g. 100,000 sales values.
 */
export function transferablesOf(value: unknown, depth = 4): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const walk = (v: unknown, d: number): void => {
    if (v === null || typeof v !== "object") return;
    if (ArrayBuffer.isView(v)) {
      // Only a view that owns its whole buffer: moving a shared buffer would empty the other views.
      // (A SharedArrayBuffer cannot be transferred; the tag test also works across realms, unlike instanceof.)
      const own = v.byteOffset === 0 && v.byteLength === v.buffer.byteLength;
      if (own && Object.prototype.toString.call(v.buffer) === "[object ArrayBuffer]")
        out.add(v.buffer as ArrayBuffer);
      return;
    }
    if (d === 0 || Array.isArray(v) || v instanceof Date) return;
    for (const x of Object.values(v)) walk(x, d - 1);
  };
  walk(value, depth);
  return [...out];
}

/**
 * Runs one request and posts its progress and then its result or error. Never throws.
 *
 * @param req The request (checked: an unknown kind is answered with an error).
 * @param post Sends a reply (with the buffers to transfer).
 */
export function handleRequest(
  req: JobRequest,
  post: (reply: WorkerReply, transfer?: ArrayBuffer[]) => void
): void {
  const id = req?.id;
  try {
    if (!isJobKind(req?.kind)) throw new TypeError(`unknown compute job "${String(req?.kind)}"`);
    const job = JOBS[req.kind] as (input: unknown, progress: (f: number) => void) => unknown;
    const output = job(req.input, (fraction) => post({ type: "progress", id, fraction }));
    post({ type: "result", id, output }, transferablesOf(output));
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ type: "error", id, name: err.name, message: err.message });
  }
}
