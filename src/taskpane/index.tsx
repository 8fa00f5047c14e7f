/**
 * The task pane's entry (shared runtime: this page loads the custom functions bundle too).
 * Renders once Office is ready; the work itself runs in the components' own async handlers,
 * never wrapped in Office.onReady. The page may start with the pane hidden (a CRM formula
 * started the runtime): the tabs read the selection only once the pane is shown.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { OfficeHost } from "../host/officeHost";
import { localeFromOfficeLanguage } from "../i18n/locale";
import { officePaneVisibility } from "./visibility/paneVisibility";
import { PaneVisibilityContext } from "./visibility/PaneVisibilityContext";

void Office.onReady(() => {
  const el = document.getElementById("container");
  if (!el) return;
  const locale = localeFromOfficeLanguage(Office.context?.displayLanguage);
  const visibility = officePaneVisibility(Office.addin, document.visibilityState === "visible");
  createRoot(el).render(
    <PaneVisibilityContext.Provider value={visibility}>
      <App host={new OfficeHost()} initialLocale={locale} />
    </PaneVisibilityContext.Provider>
  );
});
