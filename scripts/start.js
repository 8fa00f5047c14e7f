#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * `npm start`.
 * - Windows and macOS (desktop Excel can exist): sideloads as usual with office-addin-debugging
 *   (dev server over https, Excel opened with the add-in).
 * - Elsewhere (Linux, containers, CI): builds the add-in (development build) into dist/, serves
 *   dist/ over https://localhost:3000 and prints how to sideload it into Excel on the web, plus
 *   the headless demo command. Certificates: office-addin-dev-certs' own (installed and trusted
 *   when it can); when installing its CA fails (no sudo, no system trust store), certificates are
 *   generated without installing them and the server still starts (the browser must then be told
 *   to trust https://localhost:3000 once: open it and accept the warning, or import the CA).
 * `npm start -- --no-build` serves the existing build. Stop with Ctrl+C.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || process.env.PORT || 3000);
const bin = (name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

if ((process.platform === "win32" || process.platform === "darwin") && !process.env.CRM_START_WEB) {
  const r = spawnSync(bin("office-addin-debugging"), ["start", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 1);
}

async function certificates() {
  const devCerts = require("office-addin-dev-certs");
  const withTimeout = (p, ms) =>
    Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error("timed out")), ms))]);
  try {
    const o = await withTimeout(devCerts.getHttpsServerOptions(), 60000);
    return { ...o, trusted: true };
  } catch (e) {
    console.warn(
      `office-addin-dev-certs could not install its certificate (${String(e && e.message ? e.message : e).split("\n")[0]}).`
    );
    console.warn(
      "Generating certificates without installing them (the browser will ask you to trust https://localhost once)."
    );
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const ca = path.join(dir, "ca.crt");
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (!(fs.existsSync(ca) && fs.existsSync(cert) && fs.existsSync(key))) {
      fs.mkdirSync(dir, { recursive: true });
      await devCerts.generateCertificates(ca, cert, key, 30);
    }
    return {
      ca: fs.readFileSync(ca),
      cert: fs.readFileSync(cert),
      key: fs.readFileSync(key),
      trusted: false,
      caPath: ca,
    };
  }
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "text/xml; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
  ".css": "text/css",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function serve(dir, tls) {
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const url = decodeURIComponent((req.url || "/").split("?")[0]);
    const file = path.join(dir, path.normalize(url === "/" ? "/taskpane.html" : url));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-cache",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve(server));
  });
}

async function main() {
  console.log(
    "No desktop Excel on this platform: building the add-in and serving it for Excel on the web.\n"
  );
  // CRM_DIST_DIR: build and serve another folder (tests, so a shared dist/ is left alone).
  const dist = process.env.CRM_DIST_DIR
    ? path.resolve(process.env.CRM_DIST_DIR)
    : path.join(root, "dist");
  const args = [
    "--mode",
    "development",
    ...(process.env.CRM_DIST_DIR ? ["--output-path", dist] : []),
  ];
  // `npm start -- --no-build` serves what is already built.
  const build = process.argv.includes("--no-build")
    ? { status: 0 }
    : spawnSync(bin("webpack"), args, { cwd: root, stdio: "inherit" });
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) build.status = build.status || 1;
  if (build.status !== 0) {
    console.error("start: the build failed (see above).");
    process.exit(build.status || 1);
  }
  const tls = await certificates();
  try {
    await serve(dist, tls);
  } catch (e) {
    console.error(
      `start: cannot listen on port ${port}: ${e.message} (is another server running? npm stop / free the port)`
    );
    process.exit(1);
  }
  const lines = [
    "",
    `The add-in is served at https://localhost:${port}/taskpane.html`,
    tls.trusted
      ? ""
      : `  (certificate not trusted by the system: open https://localhost:${port}/taskpane.html in the browser once and accept it,\n   or import ${tls.caPath} into the browser's certificate authorities)`,
    "To use it in Excel on the web (https://www.office.com, a Microsoft 365 account):",
    "  1. Open or create a workbook in Excel on the web, in the same browser.",
    "  2. Insert > Add-ins (Office Add-ins) > Upload My Add-in (My Add-ins > Manage My Add-ins > Upload My Add-in).",
    `  3. Choose ${path.join(root, "manifest.xml")} and Upload.`,
    "  4. Home > Customer Tiering opens the pane; the =CRM.* functions work in any cell.",
    `Preview without Excel: https://localhost:${port}/preview.html (the pane on the bundled sample list).`,
    "Without Excel at all: npm run demo  (tiers and plans assets/sample-customers.xlsx into out/).",
    "Stop with Ctrl+C.",
  ].filter((l) => l !== "");
  console.log(lines.join("\n"));
}

main().catch((e) => {
  console.error(`start: ${e && e.message ? e.message : e}`);
  process.exit(1);
});
