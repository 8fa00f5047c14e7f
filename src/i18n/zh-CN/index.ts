/** The Simplified Chinese (zh-CN) catalogue: one file per feature namespace, assembled here. */
import type { Messages } from "../types";
import { repSheet } from "./repSheet";

export const zhCN: Messages = { repSheet };
