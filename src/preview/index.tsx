/**
 * The browser preview: the real pane (App) on the in-memory host loaded with the sample list,
 * next to a small grid of the in-memory sheet. `?lang=zh` / `?lang=en` picks the language;
 * `?list=<name>` starts on one of the messy lists of messyLists.ts instead (e.g. `?list=messy`).
 * `window.__crmHost` exposes the host to the browser tests; `?selftest=1` runs the in-Excel
 * test suite on the in-memory workbook.
 */
import "./customFunctionsStub"; // first: before anything loads src/functions/functions.ts
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/components/App";
import type { MemoryHost } from "../host/memoryHost";
import { workbookFromCells } from "../host/memoryWorkbook";
import { isLocale, type Locale } from "../i18n/locale";
import { sampleCustomerCells } from "./sampleList";
import { MESSY_LISTS, type PreviewList } from "./messyLists";
import { previewHost } from "./evaluate";
import { SheetGrid } from "./SheetGrid";
import { computeStats } from "../taskpane/compute/client";

const params = new URLSearchParams(window.location.search);
const lang = params.get("lang");
const locale: Locale = isLocale(lang)
  ? lang
  : navigator.language.toLowerCase().startsWith("zh")
    ? "zh"
    : "en";
// ?pane=320: the pane's width in px (Excel's task pane is 320 px at its narrowest; default 380).
const paneWidth = Math.min(800, Math.max(280, Number(params.get("pane")) || 380));

const listName = params.get("list");
const start: PreviewList = (listName && MESSY_LISTS[listName]?.(locale)) || {
  sheet: locale === "zh" ? "客户清单" : "Customers",
  cells: sampleCustomerCells(),
  selection: { row: 1, col: 0 },
};
const data = workbookFromCells(start.sheet, start.cells);
data.selection = { sheet: start.sheet, ...start.selection, rows: 1, cols: 1 };
const host = previewHost(data);
(window as unknown as { __crmHost: MemoryHost }).__crmHost = host;
// Which path the pane's long computations took (worker or main thread), for the browser tests.
(window as unknown as { __crmCompute: typeof computeStats }).__crmCompute = computeStats;

function Preview(): React.JSX.Element {
  return (
    <div style={{ display: "flex", gap: 12, alignItems: "flex-start", padding: 8 }}>
      <div
        data-testid="pane"
        style={{ width: paneWidth, flex: "none", border: "1px solid #ddd", borderRadius: 4 }}
      >
        <App host={host} initialLocale={locale} />
      </div>
      <FluentProvider
        theme={webLightTheme}
        style={{ flex: 1, minWidth: 0, position: "sticky", top: 8 }}
      >
        <SheetGrid host={host} maxRows={40} />
      </FluentProvider>
    </div>
  );
}

const el = document.getElementById("container");
if (el) createRoot(el).render(<Preview />);

// ?selftest=1: the in-Excel test suite (src/excelTests) on this in-memory workbook, its
// results in window.__crmSelfTest for test/browser/selfTest.test.ts. Loaded only when asked.
if (params.has("selftest")) {
  void import("../excelTests/suite").then(async ({ runSelfTests }) => {
    const results = await runSelfTests(host);
    (window as unknown as { __crmSelfTest: unknown }).__crmSelfTest = results;
  });
}
