/**
 * The in-Excel test page's script (dist/excel-tests.html, loaded with functions.js as the
 * shared runtime's page by the test manifest that scripts/test-excel.js writes). The pattern of
 * Microsoft's templates: when office-addin-test-server answers on its port, run the suite in
 * the open workbook through the pane's own OfficeHost and post the results to the server,
 * which `npm run test:excel` reads and judges. Without a server (the page opened by hand) it
 * runs anyway and shows the results on the page.
 */
import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { OfficeHost } from "../host/officeHost";
import { runSelfTests, type SelfTestResult } from "./suite";

/** office-addin-test-server's port (its default; scripts/test-excel.js uses the same). */
export const TEST_SERVER_PORT = 4201;

function show(results: SelfTestResult[]): void {
  const el = document.getElementById("container");
  if (!el) return;
  el.textContent = "";
  for (const r of results) {
    const line = document.createElement("div");
    line.textContent = `${r.Value === "pass" ? "PASS" : "FAIL"}  ${r.Name}${r.Value === "pass" ? "" : `: ${r.Value}`}`;
    el.appendChild(line);
  }
}

void Office.onReady(async () => {
  const server = await pingTestServer(TEST_SERVER_PORT).then(
    (r) => r.status === 200,
    () => false
  );
  const results = [
    { Name: "UserAgent", Value: navigator.userAgent },
    ...(await runSelfTests(new OfficeHost())),
  ];
  show(results);
  if (server) await sendTestResults(results, TEST_SERVER_PORT);
});
