/**
 * The compute worker (webpack entry "compute" -> dist/compute.js, loaded by client.ts with
 * `new Worker("compute.js")`, never by a page's <script>). Runs the jobs of app/computeJobs.ts off the
 * pane's thread so the pane keeps painting and Office does not flag a busy core.
 */
import { handleRequest, type JobRequest, type WorkerReply } from "./protocol";

/** The dedicated worker scope (tsconfig's lib is DOM, not WebWorker). */
const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (ev) =>
  handleRequest(ev.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.postMessage({ type: "ready" });
