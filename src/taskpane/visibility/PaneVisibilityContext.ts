import * as React from "react";
import { ALWAYS_VISIBLE, type PaneVisibility } from "./paneVisibility";

/**
 * The pane's visibility for every tab, without threading it through each tab's props: Excel's
 * entry (src/taskpane/index.tsx) provides the Office one; elsewhere the pane is always visible.
 */
export const PaneVisibilityContext = React.createContext<PaneVisibility>(ALWAYS_VISIBLE);
