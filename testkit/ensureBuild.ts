/**
 * Makes sure dist/ holds a build of the current sources, building it (production mode, as
 * `npm run build` does) when it is missing or older than any source file. Tests that check
 * the build's output (functions.json, the preview page) call this so `npm test` works on a
 * fresh clone without a separate build step.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const MARKERS = [
  "functions.json",
  "functions.js",
  "taskpane.html",
  "preview.html",
  "compute.js",
  "manifest.xml",
];
const SOURCES = ["src", "manifest.xml", "webpack.config.js", "README.md", "assets"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newestMtime(path.join(p, f))), st.mtimeMs);
}

/** A path inside dist/. */
export function distPath(...parts: string[]): string {
  return path.join(DIST, ...parts);
}

function isFresh(): boolean {
  const built = MARKERS.map((m) => path.join(DIST, m));
  const oldest = Math.min(...built.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  return oldest > 0 && oldest >= newestSource;
}

const LOCK = path.join(ROOT, ".dist-build.lock");
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds dist/ unless it is fresh; test files in parallel workers take turns through a lock folder. */
export function ensureBuild(): void {
  if (isFresh()) return;
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building: wait, then use its build.
      if (Date.now() > deadline)
        throw new Error(`waited 10 minutes for ${LOCK}; remove it if no build is running`);
      sleep(500);
      if (isFresh()) return;
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
      {
        cwd: ROOT,
        stdio: "pipe",
        env: { ...process.env, ADDIN_BASE_URL: "" },
      }
    );
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
