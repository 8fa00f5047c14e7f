/**
 * Pane load benchmark (issue 10): the size of the pane page's initial JavaScript (what Excel
 * downloads and runs before the CRM functions register in the shared runtime) and the time
 * from page load to every CRM function associated, in headless Chromium on the built
 * dist/taskpane.html with Office.js replaced by a stub (no Excel here): the stub's
 * CustomFunctions.associate records when each function registers. Side by side: the same
 * page's DOMContentLoaded, and the sizes against the 1 MB budget and the 19 MB of the
 * CommonJS build.
 */
import * as fs from "fs";
import { startPreview } from "../testkit/browser";
import { distPath, ensureBuild } from "../testkit/ensureBuild";
import { BUDGET, bundleSizes } from "../testkit/bundleSize";

const LOADS = 7;
/** The pane bundle of the CommonJS build this replaced (issue 10). */
const BEFORE_BYTES = 19_000_000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Office.js stand-in: onReady resolves at once, the pane stays hidden (no visibility change),
 * and associate records a timestamp per function id.
 */
const OFFICE_STUB = `
window.__associated = [];
window.CustomFunctions = {
  associate: function (id) { window.__associated.push([id, performance.now()]); },
  Error: class extends Error { constructor(code, message) { super(message); this.code = code; } },
  ErrorCode: {},
};
window.Office = {
  onReady: function (cb) { return Promise.resolve().then(function () { return cb && cb({ host: "Excel" }); }); },
  context: { displayLanguage: "en-US" },
  addin: { onVisibilityModeChanged: function () { return Promise.resolve(function () { return Promise.resolve(); }); } },
};`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

export async function bench(): Promise<void> {
  ensureBuild();
  const sizes = bundleSizes(distPath());
  for (const s of sizes.scripts) console.log(`  ${s.file.padEnd(14)} ${kb(s.bytes)}`);
  console.log(
    `pane initial JS: ${kb(sizes.paneInitialJs)} = ${(sizes.paneInitialJs / BUDGET.paneInitialJs).toFixed(2)} x the 1 MB budget, ` +
      `${(BEFORE_BYTES / sizes.paneInitialJs).toFixed(0)} x smaller than the 19 MB CommonJS build; ` +
      `tabs loaded on open: ${kb(sizes.lazyChunks)}`
  );

  const ids = (
    JSON.parse(fs.readFileSync(distPath("functions.json"), "utf8")) as {
      functions: Array<{ id: string }>;
    }
  ).functions.map((f) => f.id);
  const preview = await startPreview();
  try {
    const all: number[] = [];
    const dom: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await preview.browser.newPage();
      await page.route(OFFICE_JS, (route) =>
        route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB })
      );
      await page.goto(`${preview.base}/taskpane.html`);
      await page.waitForFunction((n) => (window as any).__associated.length >= n, ids.length);
      const r = await page.evaluate(() => ({
        associated: (window as any).__associated as Array<[string, number]>,
        dcl: performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming,
      }));
      const got = new Set(r.associated.map(([id]) => id));
      if (ids.some((id) => !got.has(id))) throw new Error("a CRM function was not associated");
      all.push(Math.max(...r.associated.map(([, t]) => t)));
      dom.push(r.dcl.domContentLoadedEventEnd);
      await page.close();
    }
    const a = median(all);
    const d = median(dom);
    console.log(
      `all ${ids.length} CRM functions associated ${a.toFixed(0)} ms after navigation start ` +
        `(median of ${LOADS} loads; DOMContentLoaded ${d.toFixed(0)} ms, ratio ${(a / d).toFixed(2)})`
    );
  } finally {
    await preview.close();
  }
}
