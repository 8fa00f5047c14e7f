/**
 * The in-Excel test suite (src/excelTests/suite.ts, run inside Excel by `npm run test:excel`)
 * run here, in headless Chromium, on the preview's in-memory workbook: the same test code,
 * so the harness and its expectations are exercised by every `npm test`, and a maintainer with
 * Excel runs a suite known to pass on the preview host.
 */
import { previewSuite } from "../../testkit/browser";
import { SELF_TESTS, type SelfTestResult } from "../../src/excelTests/suite";

jest.setTimeout(240_000);

describe("the in-Excel test suite on the preview host", () => {
  const preview = previewSuite();

  test("every case runs and passes, and the page reports one result per case", async () => {
    const { page, errors } = await preview.open("en", "&selftest=1");
    await page.waitForFunction(() => "__crmSelfTest" in window, undefined, { timeout: 120_000 });
    const results = await page.evaluate(
      () => (window as unknown as { __crmSelfTest: SelfTestResult[] }).__crmSelfTest
    );
    expect(results.map((r) => r.Name)).toEqual(SELF_TESTS.map(([name]) => name));
    expect(results.filter((r) => r.Value !== "pass")).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
