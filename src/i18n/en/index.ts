/** The English catalogue: one file per feature namespace, assembled here. */
import type { Messages } from "../types";
import { repSheet } from "./repSheet";
import { day } from "./day";
import { compliance } from "./compliance";
import { history } from "./history";
import { valueClass } from "./valueClass";
import { value } from "./value";
import { churn } from "./churn";
import { tiering } from "./tiering";
import { plan } from "./plan";
import { columnCue } from "./columnCue";
import { rows } from "./rows";
import { app } from "./app";
import { language } from "./language";
import { cli } from "./cli";

export const en: Messages = {
  language,
  app,
  churn,
  cli,
  columnCue,
  compliance,
  day,
  history,
  plan,
  repSheet,
  rows,
  tiering,
  value,
  valueClass,
};
