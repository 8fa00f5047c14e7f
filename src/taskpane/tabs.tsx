/**
 * The pane's tabs. Adding a tab is one line in TABS: an id, its title (from the catalogue, `t.app.pane.tabs`) and the
 * component, which receives the host, the locale and the texts.
 *
 * Each tab's component is its own chunk, loaded the first time the tab opens (React.lazy):
 * the shared runtime loads the pane's page, and the CRM functions register only after its
 * initial bundle has run, so that bundle holds only the frame (App, tab list, language switch).
 * The budget is checked by test/build/bundleSize.test.ts.
 */
import * as React from "react";
import type { WorkbookHost } from "../host/types";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";

export interface TabProps {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
}

export interface TabDef {
  id: string;
  title: (t: Messages) => string;
  Component: React.ComponentType<TabProps>;
}

/** A tab component loaded on first render from its own chunk. */
function lazyTab<K extends string>(
  load: () => Promise<Record<K, React.ComponentType<TabProps>>>,
  name: K
): React.ComponentType<TabProps> {
  return React.lazy(async () => {
    const Component: React.ComponentType<TabProps> = (await load())[name];
    return { default: Component };
  });
}

export const TABS: readonly TabDef[] = [
  {
    id: "tiering",
    title: (t) => t.app.pane.tabs.tiering,
    Component: lazyTab(() => import("./components/TieringTab"), "TieringTab"),
  },
  {
    id: "visitPlan",
    title: (t) => t.app.pane.tabs.visitPlan,
    Component: lazyTab(() => import("./components/VisitPlanTab"), "VisitPlanTab"),
  },
  {
    id: "value",
    title: (t) => t.app.pane.tabs.value,
    Component: lazyTab(() => import("./components/ValueTab"), "ValueTab"),
  },
  {
    id: "churn",
    title: (t) => t.app.pane.tabs.churn,
    Component: lazyTab(() => import("./components/ChurnTab"), "ChurnTab"),
  },
  {
    id: "orderHistory",
    title: (t) => t.app.pane.tabs.orderHistory,
    Component: lazyTab(() => import("./components/OrderHistoryTab"), "OrderHistoryTab"),
  },
];
