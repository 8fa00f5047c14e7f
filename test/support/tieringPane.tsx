/**
 * The set-up the Tiering tab's tests share: the pane's App with only the Tiering tab, on the real
 * MemoryHost holding a list (a cell of its first data row selected, unless told another cell).
 */
import * as React from "react";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { TABS } from "../../src/taskpane/tabs";
import type { MemoryHost } from "../../src/host/memoryHost";
import type { CellInput } from "../../src/host/types";
import type { Locale } from "../../src/i18n/locale";
import { hostWithList } from "./memoryList";

const TIERING_ONLY = TABS.filter((t) => t.id === "tiering");

/** Renders the Tiering tab on `cells` (or on `host`); returns the host. */
export function renderTieringTab(
  cells: CellInput[][],
  locale: Locale = "en",
  opts: { selection?: { row: number; col: number }; host?: MemoryHost } = {}
): MemoryHost {
  const host = opts.host ?? hostWithList(cells);
  if (opts.selection)
    host.data.selection = { sheet: "Sheet1", ...opts.selection, rows: 1, cols: 1 };
  render(<App host={host} initialLocale={locale} tabs={TIERING_ONLY} />);
  return host;
}
