/** Shape of the compliance texts (issue 13 part 3): the "Visit compliance" sheet and the Visit plan tab's "Visits done" section. */

/** Headers of the four counts and the rate, shared by every table of the sheet. */
export interface ComplianceCountHeaders {
  planned: string;
  onPlan: string;
  offPlan: string;
  missed: string;
  compliance: string;
}

export interface ComplianceSheetText {
  /** Base name of the sheet (made unique with uniqueSheetName). */
  sheetName: string;
  /** Title line: which plan, as of when. */
  title: (p: { plan: string; asOf: string }) => string;
  /** The definitions, one line under the title, so the figures explain themselves. */
  definitions: string;
  counts: ComplianceCountHeaders;
  /** Caption and first column(s) of each table. */
  byRep: { caption: string; rep: string };
  byWeek: { caption: string; rep: string; week: string };
  byTier: { caption: string; tier: string };
  total: string;
  missedTop: {
    caption: (p: { tier: string }) => string;
    rep: string;
    customer: string;
    date: string;
    week: string;
    doneOn: string;
    none: string;
  };
  unmatched: {
    caption: string;
    row: string;
    rep: string;
    customer: string;
    date: string;
    problem: string;
    nearMisses: string;
    none: string;
    /** Problem texts by code (match codes and log-reading codes). */
    codes: Record<
      | "UNKNOWN_CUSTOMER"
      | "AMBIGUOUS_CUSTOMER"
      | "UNKNOWN_REP"
      | "NO_CUSTOMER"
      | "NO_DATE"
      | "BAD_DATE",
      string
    >;
  };
}

/**
 * Why a plan sheet or a visit log cannot be read (the compliance job's error codes; declared
 * here, where each gets its message, because i18n may not import the app layer).
 */
export type ComplianceInputCode =
  "NO_PLAN_SHEET" | "PLAN_COLUMNS" | "EMPTY_PLAN" | "LOG_HEADERLESS" | "LOG_COLUMNS" | "EMPTY_LOG";

export interface ComplianceUiText {
  title: string;
  intro: string;
  readLog: string;
  /** "1,034 visits read from sheet 拜访记录 (业务员, 客户名称, 拜访日期); 3 rows without a date". */
  logFound: (p: { visits: number; sheet: string; columns: string; problems: number }) => string;
  planSheet: string;
  noPlanSheet: string;
  asOf: string;
  check: string;
  checking: string;
  replanFrom: string;
  replanHint: string;
  replan: string;
  /** Shown after a compliance check. */
  written: (p: { sheet: string }) => string;
  /** Shown after a re-plan, before the plan's own message. */
  replanned: (p: { from: string; counted: number; customers: number }) => string;
  notCounted: (p: { rows: number }) => string;
  table: {
    rep: string;
    planned: string;
    onPlan: string;
    offPlan: string;
    missed: string;
    compliance: string;
    total: string;
  };
  missedA: (p: { visits: number }) => string;
  errors: Record<ComplianceInputCode, (p: { detail: string }) => string> & {
    noLog: string;
    badDate: (p: { value: string }) => string;
    fromOutside: (p: { start: string; end: string }) => string;
    noListForReplan: string;
  };
  /** Roles named in the "no ... column" message. */
  logRoles: { rep: string; customer: string; date: string };
  /** Between the names of a list ("Rep, Date"). */
  listSep: string;
}

export interface ComplianceMessages {
  sheet: ComplianceSheetText;
  pane: ComplianceUiText;
}
