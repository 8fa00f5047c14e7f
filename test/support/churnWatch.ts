/**
 * One run of the Churn watch as the job makes it (src/app/churnJob.ts): the previous watch read
 * from the workbook, the new table planned over it, the ops applied through the host under test
 * (an OfficeHost on the strict fake, or a MemoryHost).
 */
import {
  buildChurnWatch,
  readChurnWatch,
  type ChurnWatchOptions,
  type ChurnWatchPlan,
} from "../../src/app/churn";
import type { LapsedCustomer } from "../../src/core/churn";
import type { WorkbookHost } from "../../src/host/types";

/**
 * Writes the watch of `lapsed` (English unless `options` say otherwise) through `host`, keeping
 * what the user typed in a previous one: the plan applied.
 */
export async function runChurnWatch(
  host: WorkbookHost,
  lapsed: readonly LapsedCustomer[],
  options: Partial<Omit<ChurnWatchOptions, "existing" | "sheetNames">> = {}
): Promise<ChurnWatchPlan> {
  const existing = await readChurnWatch(host);
  const plan = buildChurnWatch(lapsed, {
    existing,
    locale: "en",
    sheetNames: await host.sheetNames(),
    ...options,
  });
  await host.apply(plan.ops);
  return plan;
}
