/** The Simplified Chinese (zh-CN) catalogue: one file per feature namespace, assembled here. */
import type { Messages } from "../types";
import { repSheet } from "./repSheet";
import { day } from "./day";
import { compliance } from "./compliance";
import { history } from "./history";
import { valueClass } from "./valueClass";

export const zhCN: Messages = { compliance, day, history, repSheet, valueClass };
