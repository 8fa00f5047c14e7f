// The production URL rewrite: every development URL is replaced, not only the first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, baseUrl, rewriteUrls } = require("../../scripts/addinUrl");
import * as fs from "fs";
import * as path from "path";

describe("add-in base URL", () => {
  test("development builds keep localhost", () => {
    expect(baseUrl(true, { ADDIN_BASE_URL: "https://x.example/" })).toBe(DEV_URL);
    expect(baseUrl(false, {})).toBe(DEV_URL);
  });
  test("production takes ADDIN_BASE_URL, https only, with a trailing slash", () => {
    expect(baseUrl(false, { ADDIN_BASE_URL: "https://cdn.example.com/crm" })).toBe("https://cdn.example.com/crm/");
    expect(() => baseUrl(false, { ADDIN_BASE_URL: "http://cdn.example.com/" })).toThrow(/https/);
  });
  test("every URL of the manifest is rewritten", () => {
    const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
    const count = manifest.split(DEV_URL).length - 1;
    expect(count).toBeGreaterThan(5);
    const out = rewriteUrls(manifest, "https://cdn.example.com/crm/");
    expect(out).not.toContain("localhost");
    expect(out.split("https://cdn.example.com/crm/").length - 1).toBe(count);
  });
});
