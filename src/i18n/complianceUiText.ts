/** @deprecated Kept while the Visit plan tab is being rewritten: use `messages(locale).compliance.pane`. */
import type { Locale } from "./locale";
import { messages } from "./messages";
import type { ComplianceUiText } from "./types";

export type { ComplianceInputCode, ComplianceUiText } from "./types";

export function complianceUiText(locale: Locale): ComplianceUiText {
  return messages(locale).compliance.pane;
}
