#!/usr/bin/env node
// The `crm` command: compiled from src/cli by `npm run build:cli` (run by `prepare` on npm install).
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write(
      "crm: error: the command is not built yet: run `npm run build:cli` (or `npm install`) first\n"
    );
    process.exit(1);
  }
  throw e;
}
cli.run();
