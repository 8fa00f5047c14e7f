/** Shape of the pane shell's texts: title, language switch, tab names, errors. */

/** Texts of the pane around the tabs. */
export interface AppUiText {
  appTitle: string;
  /** Shown while a tab's code loads (the first time the tab opens). */
  loadingTab: string;
  language: string;
  tabs: { tiering: string; visitPlan: string; value: string; churn: string; orderHistory: string };
  /** The menu button holding the tabs a narrow pane cannot show. */
  moreTabs: (p: { count: number }) => string;
  error: (p: { message: string }) => string;
  dismiss: string;
}

export interface AppMessages {
  pane: AppUiText;
}
