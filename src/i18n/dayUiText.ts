/** @deprecated Kept while the Visit plan tab is being rewritten: use `messages(locale).day.pane`. */
import type { Locale } from "./locale";
import { messages } from "./messages";
import type { DayUiText } from "./types";

export type { DayUiText } from "./types";

export function dayUiText(locale: Locale): DayUiText {
  return messages(locale).day.pane;
}
