/**
 * Makes sure dist/ holds a build of the current sources, building it (production mode, as
 * `npm run build` does) when it is missing or older than any source file. Tests that check
 * the build's output (functions.json, the preview page) call this so `npm test` works on a
 * fresh clone without a separate build step.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const MARKERS = ["functions.json", "functions.js", "taskpane.html", "preview.html", "manifest.xml"];
const SOURCES = ["src", "manifest.xml", "webpack.config.js", "README.md", "assets"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newestMtime(path.join(p, f))), st.mtimeMs);
}

export function distPath(...parts: string[]): string {
  return path.join(DIST, ...parts);
}

export function ensureBuild(): void {
  const built = MARKERS.map((m) => path.join(DIST, m));
  const oldest = Math.min(...built.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (oldest > 0 && oldest >= newestSource) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, ADDIN_BASE_URL: "" },
  });
}
