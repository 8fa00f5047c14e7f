#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * `npm run demo`: the "see it work" command on a machine without Excel. Runs `crm tier`,
 * `crm plan`, `crm value`, `crm churn` and `crm history` (the compiled bin, as a user would) on
 * the bundled sample and writes out/:
 *   out/sample-customers.tiered.xlsx   the list + Tier column + "分级汇总" (Tier summary)
 *   out/sample-customers.plan.xlsx     the list + "拜访计划 <date>" (visit plan) + route data
 *   out/sample-customers.value.xlsx    the list + Segment, Value class and CLV columns
 *   out/sample-customers.churn.xlsx    + "流失预警" (Churn watch)
 *   out/sample-customers.history.xlsx  + "订单历史 <date>" (the order-history formula chain)
 * Existing demo outputs are replaced (--force): out/ is scratch space (gitignored).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const bin = path.join(root, "bin", "crm.js");
const sample = path.join(root, "assets", "sample-customers.xlsx");
const out = path.join(root, "out");
fs.mkdirSync(out, { recursive: true });

function crm(args) {
  console.log(
    `\n$ crm ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : path.isAbsolute(a) ? path.relative(root, a) : a)).join(" ")}`
  );
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status || 1);
}

const tiered = path.join(out, "sample-customers.tiered.xlsx");
const plan = path.join(out, "sample-customers.plan.xlsx");
crm(["tier", sample, "-o", tiered, "--force"]);
crm(["plan", sample, "-o", plan, "--force"]);
const more = ["value", "churn", "history"].map((job) => {
  const file = path.join(out, `sample-customers.${job}.xlsx`);
  crm([job, sample, "-o", file, "--force"]);
  return file;
});
console.log(
  `\nDone. Open the workbooks in Excel or LibreOffice:\n  ${[tiered, plan, ...more].join("\n  ")}`
);
console.log(
  "English headers: the same with assets/sample-customers-en.xlsx (e.g. npx crm tier assets/sample-customers-en.xlsx -o out/en.xlsx)."
);
