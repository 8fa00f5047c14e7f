/**
 * Shared set-up of the browser tests: the preview page (the real pane on the in-memory host
 * with the sample list) from the build in dist/ (built once for all tests by ensureBuild),
 * served on 127.0.0.1, opened in Debian's chromium driven by playwright-core.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import { distPath, ensureBuild } from "./ensureBuild";

export const ROOT = path.resolve(__dirname, "..");
/** Screenshots and dumps go here (gitignored). */
export const OUT = path.join(ROOT, "test-output");
export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

/** Serves `dir` on a free port of 127.0.0.1. */
function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const p = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!p.startsWith(dir) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(p)] ?? "application/octet-stream" });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export interface Preview {
  /** e.g. http://127.0.0.1:41234 ; the page is `${base}/preview.html?lang=en`. */
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds (if stale), serves dist/ and launches chromium; fails with the install hint when chromium is missing. */
export async function startPreview(): Promise<Preview> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests.`
    );
  }
  ensureBuild();
  const server = await serve(distPath());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  fs.mkdirSync(OUT, { recursive: true });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** The preview for one test file: started before its tests, closed after them. */
export interface PreviewSuite {
  /** A new page on the preview in `lang`, sized like a pane next to a sheet, with the page's uncaught errors (collected from before it loads). */
  open(lang: string, query?: string): Promise<{ page: Page; errors: string[] }>;
}

/** Registers the suite's beforeAll/afterAll; call it at the top of a describe block. */
export function previewSuite(): PreviewSuite {
  let preview: Preview | undefined;
  // The first browser test builds dist/ when it is stale (a few minutes on a busy machine).
  beforeAll(async () => {
    preview = await startPreview();
  }, 900_000);
  afterAll(async () => {
    await preview?.close();
  });
  return {
    async open(lang: string, query = "") {
      if (!preview) throw new Error("the preview did not start (see the beforeAll error)");
      const page = await preview.browser.newPage({ viewport: { width: 1400, height: 1100 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(`${preview.base}/preview.html?lang=${lang}${query}`);
      return { page, errors };
    },
  };
}
