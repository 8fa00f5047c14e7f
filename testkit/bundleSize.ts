/**
 * What the pane's page makes Excel download and run before the CRM functions register: the
 * scripts dist/taskpane.html loads (functions.js and taskpane.js; office.js comes from
 * Microsoft's CDN and is not ours). The tabs' chunks load later, when a tab opens. Shared by
 * the size budget test (test/build/bundleSize.test.ts) and `npm run bench`.
 */
import * as fs from "fs";
import * as path from "path";

/** The budgets (bytes, minified as `npm run build` emits them). */
export const BUDGET = {
  /** All of the pane page's own initial JavaScript (issue 10: at most 1 MB). */
  paneInitialJs: 1_000_000,
  /** functions.js alone: the custom functions and the pure core they call. */
  functionsJs: 150_000,
} as const;

export interface BundleSizes {
  /** Each local script of taskpane.html with its size, in page order. */
  scripts: Array<{ file: string; bytes: number }>;
  paneInitialJs: number;
  functionsJs: number;
  /** The lazily loaded chunks (dist/chunks), summed. */
  lazyChunks: number;
}

/** Sizes of the build in `dist`. */
export function bundleSizes(dist: string): BundleSizes {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1]);
  const local = srcs.filter((s) => !/^https?:/.test(s)).map((s) => s.replace(/^\.?\//, ""));
  const scripts = local.map((file) => ({ file, bytes: fs.statSync(path.join(dist, file)).size }));
  const chunksDir = path.join(dist, "chunks");
  const lazyChunks = fs.existsSync(chunksDir)
    ? fs
        .readdirSync(chunksDir)
        .filter((f) => f.endsWith(".js"))
        .reduce((sum, f) => sum + fs.statSync(path.join(chunksDir, f)).size, 0)
    : 0;
  return {
    scripts,
    paneInitialJs: scripts.reduce((sum, s) => sum + s.bytes, 0),
    functionsJs: fs.statSync(path.join(dist, "functions.js")).size,
    lazyChunks,
  };
}
