import * as React from "react";
import type { Messages } from "../../i18n/messages";

/** What a tab shows while and after it works: the busy flag, progress, errors and the success message. */
export interface TabWork<P> {
  busy: boolean;
  /** null: no bar. */
  progress: P | null;
  setProgress: (p: P | null) => void;
  errors: string[];
  setErrors: (e: string[]) => void;
  message: string | null;
  setMessage: (m: string | null) => void;
  /**
   * Runs one piece of work: busy while it runs, earlier errors and message cleared first,
   * an exception turned into the localized error line, the bar removed at the end.
   */
  guard: (work: () => Promise<void>) => Promise<void>;
}

/**
 * The busy/progress/errors/message state every tab shares, with its `guard` wrapper.
 * @param t the pane's texts (for the localized "Something went wrong: …" line).
 * @returns the state, its setters and `guard`.
 */
export function useTabWork<P = number>(t: Messages): TabWork<P> {
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<P | null>(null);
  const [errors, setErrors] = React.useState<string[]>([]);
  const [message, setMessage] = React.useState<string | null>(null);

  const guard = React.useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setErrors([]);
      setMessage(null);
      try {
        await work();
      } catch (e) {
        setErrors([t.app.pane.error({ message: e instanceof Error ? e.message : String(e) })]);
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [t]
  );

  return { busy, progress, setProgress, errors, setErrors, message, setMessage, guard };
}
