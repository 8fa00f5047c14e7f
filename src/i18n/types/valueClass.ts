/** Shape of the pane texts of issue 15's additions: the Value tab's value classes and current/potential value, the Churn tab's "declining" list, the Tiering tab's migration matrix. (Class labels written into cells are in value.sheet.) */

import type { ValueClassId } from "../../core/valueClass";
import type { ShareTableHead } from "./valuePane";

type Fmt<P> = (p: P) => string;

export interface ValueClassUiText {
  classes: {
    title: string;
    hint: string;
    value: string;
    cost: string;
    potential: string;
    none: string;
    topShare: string;
    topShareInvalid: string;
    /** The check the literature invites: do the top x% really bring ~40%? */
    headline: Fmt<{ top: string; customers: number; share: string }>;
    table: { cls: string } & ShareTableHead;
    /** Label (value.sheet.classes': what the cells get) and one-line action per class. */
    names: Record<ValueClassId, { label: string; action: string }>;
    missing: Fmt<{ count: number }>;
    write: string;
    written: Fmt<{ column: string }>;
  };
  current: {
    title: string;
    hint: string;
    profit: string;
    potential: string;
    none: string;
    periods: string;
    discount: string;
    invalid: string;
    write: string;
    written: Fmt<{ columns: string }>;
  };
  declining: {
    title: string;
    hint: string;
    firstPeriod: string;
    lastPeriod: string;
    tier: string;
    none: string;
    window: string;
    threshold: string;
    invalid: string;
    needPeriods: Fmt<{ needed: number; have: number }>;
    summary: Fmt<{ count: number; a: number; value: string }>;
    noneDeclining: string;
    table: { customer: string; tier: string; trend: string; value: string };
    valueHint: string;
    /** Added to the Churn tab's "written" message. */
    written: Fmt<{ count: number }>;
  };
  migration: {
    title: string;
    /** Row/column header corner: previous tier down, current across. */
    corner: string;
    newRow: string;
    goneCol: string;
    /** What a cell shows. */
    legend: string;
    cell: Fmt<{ from: string; to: string; count: number; sales: string }>;
  };
}

export interface ValueClassMessages {
  pane: ValueClassUiText;
}
