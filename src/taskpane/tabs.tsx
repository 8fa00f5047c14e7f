/**
 * The pane's tabs. Adding a tab is one line in TABS: an id, its title (from uiText) and the
 * component, which receives the host, the locale and the texts.
 */
import * as React from "react";
import type { WorkbookHost } from "../host/types";
import type { Locale } from "../i18n/locale";
import type { UiText } from "../i18n/uiText";
import { TieringTab } from "./components/TieringTab";
import { VisitPlanTab } from "./components/VisitPlanTab";
import { OrderHistoryTab } from "./components/OrderHistoryTab";
import { ValueTab } from "./components/ValueTab";
import { ChurnTab } from "./components/ChurnTab";

export interface TabProps {
  host: WorkbookHost;
  locale: Locale;
  t: UiText;
}

export interface TabDef {
  id: string;
  title: (t: UiText) => string;
  Component: React.ComponentType<TabProps>;
}

export const TABS: readonly TabDef[] = [
  { id: "tiering", title: (t) => t.tabs.tiering, Component: TieringTab },
  { id: "visitPlan", title: (t) => t.tabs.visitPlan, Component: VisitPlanTab },
  { id: "value", title: (t) => t.tabs.value, Component: ValueTab },
  { id: "churn", title: (t) => t.tabs.churn, Component: ChurnTab },
  { id: "orderHistory", title: (t) => t.tabs.orderHistory, Component: OrderHistoryTab },
];
