/**
 * Shared set-up of the browser tests: build the preview page (the real pane on the in-memory
 * host with the sample list) with webpack into a folder, serve it on 127.0.0.1, launch Debian's
 * chromium with playwright-core. Same approach as pane.test.ts.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const OUT = path.join(ROOT, "test-output");
export const CHROMIUM = "/usr/bin/chromium";

/** Builds only the preview entry (development mode) into `dir`. */
export async function buildPreview(dir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const config = {
    mode: "development",
    context: ROOT,
    devtool: false,
    entry: { preview: "./src/preview/index.tsx" },
    output: { path: dir, filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] })],
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    })
  );
}

/** Serves `dir` on a free port of 127.0.0.1. */
export function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = http.createServer((req, res) => {
    const p = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!p.startsWith(dir) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(p)] ?? "application/octet-stream" });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Headless chromium (throws with the install hint when it is missing). */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
