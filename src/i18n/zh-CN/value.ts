import { valuePane } from "./valuePane";
import { valueSheet } from "./valueSheet";
import type { ValueMessages } from "../types";

export const value: ValueMessages = { pane: valuePane, sheet: valueSheet };
