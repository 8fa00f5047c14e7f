/**
 * `npm run bench`: every benchmark in one run, each printing its measurements side by side
 * with the baseline it is judged against (ratios, not absolute times: machines are noisy).
 * Pass names to run a subset: `npm run bench -- tier plan`.
 */
import { bench as tierBench } from "./tier.bench";
import { bench as clvBench } from "./clv.bench";
import { bench as planBench } from "./plan.bench";
import { bench as planTimesBench } from "./planTimes.bench";
import { bench as historyBench } from "./history.bench";
import { bench as clvhistBench } from "./clvhist.bench";
import { bench as paneBench } from "./pane.bench";
import { bench as fitsBench } from "./fits.bench";
import { bench as officeHostBench } from "./officeHost.bench";
import { bench as cliBench } from "./cli.bench";

const suites: Record<string, () => Promise<void>> = {
  tier: tierBench,
  clv: clvBench,
  plan: planBench,
  plantimes: planTimesBench,
  history: historyBench,
  clvhist: clvhistBench,
  pane: paneBench,
  fits: fitsBench,
  officehost: officeHostBench,
  cli: cliBench,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  for (const [name, run] of Object.entries(suites)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(`\n== ${name} ==`);
    await run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
