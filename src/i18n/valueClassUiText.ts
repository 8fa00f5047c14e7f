/** @deprecated Kept while `crm value` is being written: use `messages(locale).valueClass.pane`. */
import type { Locale } from "./locale";
import { messages } from "./messages";
import type { ValueClassUiText } from "./types";

export type { ValueClassUiText } from "./types";

export function valueClassUiText(locale: Locale): ValueClassUiText {
  return messages(locale).valueClass.pane;
}
