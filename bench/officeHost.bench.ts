/**
 * Reading and tiering 100,000 rows of the sample's shape (11 columns) through OfficeHost on the
 * strict Excel fake (testkit/strictExcel.ts, which refuses any request or response above
 * 5 MB, as Excel on the web does): syncs and bytes per sync, side by side with what one sync
 * would have had to carry.
 */
import { OfficeHost } from "../src/host/officeHost";
import { StrictBook, PAYLOAD_LIMIT } from "../testkit/strictExcel";
import { addSampleList, tierThroughHost } from "../testkit/sampleShape";

const N = 100_000;
const mb = (b: number) => (b / 1e6).toFixed(2);

export async function bench(): Promise<void> {
  const book = new StrictBook();
  addSampleList(book, N);
  book.install();
  const host = new OfficeHost();
  const t0 = process.hrtime.bigint();
  await tierThroughHost(host);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const reads = host.readStats;
  const readTotal = reads.bytes.reduce((a, b) => a + b, 0);
  const syncs = book.requestBytes.length;
  const maxReq = Math.max(...book.requestBytes);
  const maxResp = Math.max(...book.responseBytes);
  console.log(
    `${N.toLocaleString("en")} rows x 11 columns read and tiered through OfficeHost (strict fake):`
  );
  console.log(
    `  syncs: ${syncs} in all; ${reads.syncs} read the cells (${reads.retries} refused and halved)`
  );
  console.log(
    `  read: ${mb(readTotal)} MB in all = ${(readTotal / PAYLOAD_LIMIT).toFixed(2)} x the 5 MB limit of one sync; ` +
      `host's estimate per read sync ${reads.bytes.map(mb).join(", ")} MB`
  );
  console.log(
    `  largest request ${mb(maxReq)} MB, largest response ${mb(maxResp)} MB ` +
      `(limit ${mb(PAYLOAD_LIMIT)} MB: ratio ${(Math.max(maxReq, maxResp) / PAYLOAD_LIMIT).toFixed(2)})`
  );
  console.log(`  requests per sync (MB): ${book.requestBytes.map(mb).join(", ")}`);
  console.log(
    `  responses per sync, measured by the fake (MB): ${book.responseBytes.map(mb).join(", ")}`
  );
  console.log(`  time in the fake: ${ms.toFixed(0)} ms (the fake's own JSON work included)`);
}
