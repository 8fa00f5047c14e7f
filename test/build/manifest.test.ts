/**
 * @jest-environment jsdom
 */
// The manifest and the generated custom-function metadata, checked on the build's output.
import * as fs from "fs";
import * as path from "path";
import { distPath, ensureBuild } from "../../testkit/ensureBuild";

const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const EXPECTED_FUNCTIONS = ["TIER", "PARETO", "CLV", "SEGMENT", "SCORE", "VISITS"];

function parseXml(file: string): Document {
  const doc = new DOMParser().parseFromString(fs.readFileSync(file, "utf8"), "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

function resource(doc: Document, kind: string, id: string): string | null {
  const items = Array.from(doc.getElementsByTagNameNS(BT_NS, kind));
  return items.find((e) => e.getAttribute("id") === id)?.getAttribute("DefaultValue") ?? null;
}

beforeAll(() => ensureBuild(), 900_000);

describe("manifest.xml", () => {
  const doc = parseXml(path.resolve(__dirname, "..", "..", "manifest.xml"));

  test("declares the shared runtime with a long lifetime", () => {
    const sets = Array.from(doc.getElementsByTagNameNS(OFFICE_NS, "Set"));
    expect(sets.map((s) => s.getAttribute("Name"))).toContain("SharedRuntime");
    const runtimes = Array.from(doc.getElementsByTagNameNS(OVERRIDES_NS, "Runtime"));
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    // The custom functions page and the task pane are the same page: one runtime.
    const runtimeUrl = resource(doc, "Url", runtimes[0].getAttribute("resid")!);
    expect(runtimeUrl).toMatch(/taskpane\.html$/);
    const page = doc.getElementsByTagNameNS(OVERRIDES_NS, "Page")[0];
    expect(
      page.getElementsByTagNameNS(OVERRIDES_NS, "SourceLocation")[0].getAttribute("resid")
    ).toBe(runtimes[0].getAttribute("resid"));
  });

  test("registers the custom functions under the CRM namespace", () => {
    const ns = doc.getElementsByTagNameNS(OVERRIDES_NS, "Namespace")[0];
    expect(resource(doc, "String", ns.getAttribute("resid")!)).toBe("CRM");
  });

  test("asks for minimal permissions and has a ribbon button that opens the pane", () => {
    expect(doc.getElementsByTagNameNS(OFFICE_NS, "Permissions")[0].textContent).toBe(
      "ReadWriteDocument"
    );
    const actions = Array.from(doc.getElementsByTagNameNS(OVERRIDES_NS, "Action"));
    const show = actions.filter(
      (a) =>
        a.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") === "ShowTaskpane"
    );
    expect(show).toHaveLength(1);
    // Shared runtime guidance: the button shows the runtime's page (same resid as <Runtime>),
    // with no TaskpaneId, which would make it a second task pane container.
    const runtime = doc.getElementsByTagNameNS(OVERRIDES_NS, "Runtime")[0];
    expect(
      show[0].getElementsByTagNameNS(OVERRIDES_NS, "SourceLocation")[0].getAttribute("resid")
    ).toBe(runtime.getAttribute("resid"));
    expect(show[0].getElementsByTagNameNS(OVERRIDES_NS, "TaskpaneId")).toHaveLength(0);
    // Ribbon commands run in the same runtime too.
    const functionFile = doc.getElementsByTagNameNS(OVERRIDES_NS, "FunctionFile")[0];
    expect(functionFile.getAttribute("resid")).toBe(runtime.getAttribute("resid"));
  });

  test("every icon it names exists in assets/", () => {
    const images = Array.from(doc.getElementsByTagNameNS(BT_NS, "Image"))
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((v): v is string => !!v);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const url of images) {
      const file = path.resolve(__dirname, "..", "..", url.replace("https://localhost:3000/", ""));
      expect(fs.existsSync(file)).toBe(true);
    }
  });
});

describe("the build's dist/", () => {
  test("functions.json is generated and lists every CRM function with described parameters", () => {
    const meta = JSON.parse(fs.readFileSync(distPath("functions.json"), "utf8")) as {
      functions: Array<{
        id: string;
        name: string;
        helpUrl?: string;
        parameters: Array<{ name: string; description?: string; dimensionality?: string }>;
        result: { dimensionality?: string };
      }>;
    };
    const ids = meta.functions.map((f) => f.id);
    for (const id of EXPECTED_FUNCTIONS) expect(ids).toContain(id);
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.helpUrl).toMatch(/help\.html#crm/);
      for (const p of f.parameters)
        expect(p.description && p.description.length).toBeGreaterThan(5);
      // Every function spills an array (a range in, a range out).
      expect(f.result.dimensionality).toBe("matrix");
    }
    const tier = meta.functions.find((f) => f.id === "TIER")!;
    expect(tier.parameters.map((p) => p.name)).toEqual([
      "values",
      "method",
      "cuts",
      "labels",
      "groups",
    ]);
    expect(tier.parameters[0].dimensionality).toBe("matrix");
  });

  test("the pane page loads the custom functions bundle too (shared runtime)", () => {
    const html = fs.readFileSync(distPath("taskpane.html"), "utf8");
    expect(html).toMatch(/functions\.js/);
    expect(html).toMatch(/taskpane\.js/);
  });

  test("dist/manifest.xml and help.html are there, the help page has an anchor per function", () => {
    expect(fs.existsSync(distPath("manifest.xml"))).toBe(true);
    const help = fs.readFileSync(distPath("help.html"), "utf8");
    // (attribute quotes may be minified away)
    for (const id of EXPECTED_FUNCTIONS)
      expect(help).toMatch(new RegExp(`id="?crm${id.toLowerCase()}"?[ >]`));
  });
});
