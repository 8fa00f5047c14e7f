/**
 * The task pane's entry (shared runtime: this page loads the custom functions bundle too).
 * Renders once Office is ready; the work itself runs in the components' own async handlers,
 * never wrapped in Office.onReady.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { OfficeHost } from "../host/officeHost";
import { localeFromOfficeLanguage } from "../i18n/locale";

void Office.onReady(() => {
  const el = document.getElementById("container");
  if (!el) return;
  const locale = localeFromOfficeLanguage(Office.context?.displayLanguage);
  createRoot(el).render(<App host={new OfficeHost()} initialLocale={locale} />);
});
