import * as React from "react";
import { PaneVisibilityContext } from "../visibility/PaneVisibilityContext";

/**
 * Reads the list when the tab opens on screen, again each time the pane is shown (the shared
 * runtime keeps the tab mounted while the pane is hidden, and the user may have selected
 * another list meanwhile), never while the pane is hidden; and gives the handler of the
 * tab's "Read again" button.
 * @param guard the tab's work wrapper (busy flag, error line).
 * @param read the tab's list reader; its result is not used here.
 * @returns `readAgain`: runs `read` under `guard`.
 */
export function useReadOnOpen(
  guard: (work: () => Promise<void>) => Promise<void>,
  read: () => Promise<unknown>
): () => Promise<void> {
  const visibility = React.useContext(PaneVisibilityContext);
  const readAgain = () => guard(async () => void (await read()));
  // The latest closure, for reads started by the pane being shown.
  const latest = React.useRef(readAgain);
  latest.current = readAgain;
  React.useEffect(() => {
    if (visibility.isVisible()) void latest.current();
    return visibility.onShown(() => void latest.current());
  }, [visibility]);
  return readAgain;
}
