/**
 * The size budget of the built add-in (issue 10): in the shared runtime the CRM functions
 * register only once the pane page's scripts have loaded, on every workbook open where a CRM
 * formula calculates, so that JavaScript must stay small. It was 19 MB when ts-loader emitted
 * CommonJS and webpack could not tree-shake Fluent UI.
 */
import { distPath, ensureBuild } from "../../testkit/ensureBuild";
import { BUDGET, bundleSizes } from "../../testkit/bundleSize";

beforeAll(() => ensureBuild(), 900_000);

describe("bundle size budget", () => {
  test("the pane page loads functions.js and taskpane.js, nothing else of ours", () => {
    expect(bundleSizes(distPath()).scripts.map((s) => s.file)).toEqual([
      "functions.js",
      "taskpane.js",
    ]);
  });

  test(`the pane's initial JavaScript is at most ${BUDGET.paneInitialJs} bytes`, () => {
    expect(bundleSizes(distPath()).paneInitialJs).toBeLessThanOrEqual(BUDGET.paneInitialJs);
  });

  test(`functions.js is at most ${BUDGET.functionsJs} bytes`, () => {
    expect(bundleSizes(distPath()).functionsJs).toBeLessThanOrEqual(BUDGET.functionsJs);
  });

  test("the tabs are split off into chunks loaded when a tab opens", () => {
    // Five tabs, each with its own code: if the lazy imports were lost this would be 0.
    expect(bundleSizes(distPath()).lazyChunks).toBeGreaterThan(100_000);
  });
});
