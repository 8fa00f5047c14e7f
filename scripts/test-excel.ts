/**
 * `npm run test:excel`: the in-workbook suite (src/excelTests/suite.ts) inside real Excel, the
 * pattern of Microsoft's templates: office-addin-test-server listens on port 4201,
 * office-addin-debugging starts the dev server and sideloads a test copy of the add-in whose
 * page is excel-tests.html (functions.js + the suite, one shared runtime); the page runs the
 * suite in the open workbook and posts its results, judged here. Needs Excel (Windows/macOS
 * desktop, or Excel on the web with --web) and the dev certificates (`npx office-addin-dev-certs
 * install`).
 *
 *   npm run test:excel                          desktop Excel
 *   npm run test:excel -- --web <document-url>  Excel on the web (a workbook in OneDrive/SharePoint)
 *
 * The same suite runs on the preview's in-memory workbook in every `npm test`
 * (test/browser/selfTest.test.ts), so a failure here is Excel behaving differently.
 */
import * as fs from "fs";
import * as path from "path";
import { TestServer } from "office-addin-test-server";
import { startDebugging, stopDebugging, AppType } from "office-addin-debugging";
import { SELF_TESTS } from "../src/excelTests/suite";

const ROOT = path.resolve(__dirname, "..");
const PORT = 4201; // office-addin-test-server's default, as in src/excelTests/excel.ts
const TIMEOUT_MS = 300_000;
/** The test copy's own id, so it never replaces the developer's sideloaded add-in. */
const TEST_ADDIN_ID = "4f3c2a8e-6b1d-4c55-9a1e-7d2b0c9e5f10";

/** manifest.xml with the runtime's page switched to the test page and its own id and name. */
function writeTestManifest(): string {
  const xml = fs
    .readFileSync(path.join(ROOT, "manifest.xml"), "utf8")
    .split("https://localhost:3000/taskpane.html")
    .join("https://localhost:3000/excel-tests.html")
    .replace(/<Id>[^<]+<\/Id>/, `<Id>${TEST_ADDIN_ID}</Id>`)
    .replace(
      /<DisplayName DefaultValue="[^"]*"/,
      '<DisplayName DefaultValue="Customer Tiering (tests)"'
    );
  const dir = path.join(ROOT, "test-output", "excel");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml);
  return file;
}

async function main(): Promise<number> {
  const webIndex = process.argv.indexOf("--web");
  const document = webIndex >= 0 ? process.argv[webIndex + 1] : undefined;
  if (webIndex >= 0 && !document) throw new Error("--web needs the URL of a workbook");
  const manifest = writeTestManifest();
  const server = new TestServer(PORT);
  if (!(await server.startTestServer(true)))
    throw new Error(`test server did not start on ${PORT}`);
  try {
    await startDebugging(manifest, {
      appType: document ? AppType.Web : AppType.Desktop,
      document,
      devServerCommandLine: "npm run dev-server",
      devServerPort: Number(process.env.npm_package_config_dev_server_port || 3000),
      enableDebugging: false,
    });
    const results = (await Promise.race([
      server.getTestResults(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("no results from Excel in 5 minutes")), TIMEOUT_MS)
      ),
    ])) as unknown as Array<{ Name: string; Value: string }>;
    const cases = results.filter((r) => r.Name !== "UserAgent");
    for (const r of results)
      console.log(
        `${r.Value === "pass" ? "PASS" : r.Name === "UserAgent" ? "INFO" : "FAIL"}  ${r.Name}${r.Value === "pass" ? "" : `: ${r.Value}`}`
      );
    const ok = cases.length === SELF_TESTS.length && cases.every((r) => r.Value === "pass");
    console.log(ok ? `all ${cases.length} cases passed in Excel` : "FAILED in Excel");
    return ok ? 0 : 1;
  } finally {
    await stopDebugging(manifest).catch(() => undefined);
    await server.stopTestServer().catch(() => false);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`test:excel: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
);
