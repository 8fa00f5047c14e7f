/* eslint-disable no-undef */
/* global require, module, process, __dirname */
/**
 * Builds the add-in into dist/: the shared-runtime page (taskpane.html loads the pane and the
 * custom functions bundles: one page, one runtime), functions.json generated from the JSDoc of
 * src/functions/functions.ts, the manifest, the icons, help.html (the README rendered, the
 * target of every function's help link) and preview.html (the pane on an in-memory workbook,
 * for browsers without Excel and for the browser tests).
 *
 * The manifest, functions.json and help links are authored for https://localhost:3000/. A
 * production build rewrites every occurrence (global RegExp) to ADDIN_BASE_URL:
 *   ADDIN_BASE_URL=https://addin.example.com/crm/ npm run build
 */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin, Compilation, sources } = require("webpack");

const { baseUrl, rewriteUrls } = require("./scripts/addinUrl");
const { FunctionsMetadataFlagsPlugin } = require("./scripts/functionsMetadata");

/** Rewrites the localhost URLs in emitted JSON/XML/HTML assets (functions.json is emitted by a plugin). */
class RewriteUrlsPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(json|xml|html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            const next = rewriteUrls(text, this.url);
            if (next !== text) compilation.updateAsset(name, new sources.RawSource(next));
          }
        }
      );
    });
  }
}

/** README.md rendered to help.html, with GitHub-style heading ids (#crmtier ...). */
async function renderHelp() {
  const { marked } = await import("marked");
  const md = fs.readFileSync(path.join(__dirname, "README.md"), "utf8");
  const slug = (text) =>
    text
      .toLowerCase()
      .replace(/<[^>]+>/g, "")
      .replace(/[^\w\u4e00-\u9fff\- ]/g, "")
      .trim()
      .replace(/ /g, "-");
  const renderer = new marked.Renderer();
  renderer.heading = function ({ tokens, depth }) {
    const text = this.parser.parseInline(tokens);
    return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`;
  };
  const body = marked.parse(md, { renderer });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Customer Tiering for Excel: help</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;max-width:920px;margin:2em auto;padding:0 1em;line-height:1.5}code,pre{background:#f4f4f4}pre{padding:.6em;overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>
</head><body>${body}</body></html>`;
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const url = baseUrl(dev);
  const helpHtml = await renderHelp();

  const config = {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      preview: "./src/preview/index.tsx",
      // The pane's Web Worker (src/taskpane/compute): loaded with new Worker("compute.js"), so no page lists it as a chunk.
      compute: "./src/taskpane/compute/worker.ts",
      // The in-Excel tests' page (npm run test:excel; src/excelTests).
      excelTests: "./src/excelTests/excel.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The tabs' code, loaded when a tab first opens (src/taskpane/tabs.tsx).
      chunkFilename: "chunks/[id].[contenthash:8].js",
      clean: true,
      // Rewrite unchanged files too: testkit/ensureBuild.ts judges freshness by their mtimes.
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              // ES modules for webpack, so it can tree-shake Fluent UI and split the tabs into
              // chunks (tsconfig.json keeps CommonJS for jest, ts-node and the CLI). With
              // CommonJS the pane bundle was 19 MB, 17.7 MB of it @fluentui/react-icons.
              compilerOptions: { module: "es2020" },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // allowErrorForDataTypeAny, which the generator cannot emit (scripts/functionsMetadata.js).
      new FunctionsMetadataFlagsPlugin("functions.json"),
      new DefinePlugin({ "process.env.ADDIN_BASE_URL": JSON.stringify(url) }),
      // The pane's page, also the preview's (without Office.js): one template, two pages.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        title: "Customer tiering",
        officeJs: true,
        // Shared runtime: the pane page loads the functions bundle too, first, so the CRM
        // functions register before the pane's own script runs ("manual": in this order).
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "excel-tests.html",
        template: "./src/excelTests/excel-tests.html",
        // The test manifest makes this the shared runtime's page: it must register the functions too.
        chunks: ["functions", "excelTests"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/taskpane.html",
        title: "Customer tiering: preview on a sample list",
        officeJs: false,
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("HelpPage", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "HelpPage", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
              () => {
                compilation.emitAsset("help.html", new sources.RawSource(helpHtml));
              }
            );
          });
        },
      },
      new RewriteUrlsPlugin(url),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };

  if (options.https !== false && process.env.WEBPACK_SERVE) {
    const devCerts = require("office-addin-dev-certs");
    const https = await devCerts.getHttpsServerOptions();
    config.devServer.server = {
      type: "https",
      options: { ca: https.ca, key: https.key, cert: https.cert },
    };
  }

  return config;
};
