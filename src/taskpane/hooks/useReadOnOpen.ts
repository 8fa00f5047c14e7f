import * as React from "react";

/**
 * Reads the list once when the tab opens, and gives the handler of the tab's "Read again" button.
 * @param guard the tab's work wrapper (busy flag, error line).
 * @param read the tab's list reader; its result is not used here.
 * @returns `readAgain`: runs `read` under `guard`.
 */
export function useReadOnOpen(
  guard: (work: () => Promise<void>) => Promise<void>,
  read: () => Promise<unknown>
): () => Promise<void> {
  const readAgain = () => guard(async () => void (await read()));
  React.useEffect(() => {
    void readAgain();
    // Only on mount: later reads are the user's (Read again) or part of a write.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return readAgain;
}
