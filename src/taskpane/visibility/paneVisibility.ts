/**
 * Whether the task pane is on screen. In the shared runtime the page and the React app start
 * when a CRM formula first calculates, with the pane hidden, and live until the workbook
 * closes; work that depends on what the user sees (reading the selected list) must wait until
 * the pane is shown, and run again each time it is shown, or the pane shows the list that was
 * selected when the workbook opened.
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in
 */

/** The pane's visibility as the tabs see it. */
export interface PaneVisibility {
  /** True while the pane is on screen. */
  isVisible(): boolean;
  /** Calls `shown` each time the pane goes from hidden to shown; returns the unsubscribe. */
  onShown(shown: () => void): () => void;
}

/** A pane that is always on screen: the browser preview and the tests outside Excel. */
export const ALWAYS_VISIBLE: PaneVisibility = {
  isVisible: () => true,
  onShown: () => () => undefined,
};

/** The part of Office.addin this module uses (a seam for tests). */
export interface AddinVisibilityApi {
  onVisibilityModeChanged(
    handler: (message: { visibilityMode: string }) => void
  ): Promise<() => Promise<void>>;
}

/**
 * The pane's visibility in Excel: Office.addin.onVisibilityModeChanged reports every change
 * ("Taskpane" shown, "Hidden"). Office has no call that returns the current mode, so the
 * start comes from the page itself: the Page Visibility API of the pane's web view
 * (`document.visibilityState`), which is "hidden" while the runtime runs without its pane.
 * @param addin Office.addin (SharedRuntime 1.1).
 * @param startVisible whether the pane is on screen when the page starts.
 */
export function officePaneVisibility(
  addin: AddinVisibilityApi,
  startVisible: boolean
): PaneVisibility {
  let visible = startVisible;
  const listeners = new Set<() => void>();
  void addin.onVisibilityModeChanged(({ visibilityMode }) => {
    const now = visibilityMode === "Taskpane";
    const shown = now && !visible;
    visible = now;
    if (shown) for (const l of [...listeners]) l();
  });
  return {
    isVisible: () => visible,
    onShown(shown) {
      listeners.add(shown);
      return () => listeners.delete(shown);
    },
  };
}
