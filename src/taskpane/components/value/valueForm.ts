/**
 * The Value tab's form: what the user types (as text) for each write, read into the job's
 * settings (`ValueWrite`, src/app/valueJob.ts), or null while a field is not a valid number.
 */
import { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON } from "../../../core/clv";
import type { SegmentMatrix } from "../../../core/segment";
import { DEFAULT_TOP_SHARE } from "../../../core/valueClass";
import type { JobList } from "../../hooks/useListJob";
import type { OutputMode } from "../../../app/value";
import type { ValueRole, ValueWrite } from "../../../app/valueJob";
import type { ValueList } from "../../../app/valueGuess";
import type { ScoreIndicatorChoice } from "./ScoreBuilder";
import type { Locale } from "../../../i18n/locale";

/** The list as the Value tab holds it: the columns by role, and the list's customers and numbers. */
export type ValueJobList = JobList<ValueRole, ValueList>;

export interface ValueForm {
  matrix: SegmentMatrix;
  /** Cuts of the matrix's axes ("": the median). */
  cuts: { x: string; y: string };
  output: OutputMode;
  /** Retention and discount in %, horizon in periods (0: no end). */
  clv: { retention: string; discount: string; horizon: string };
  /** The most valuable customers' share, in %. */
  top: string;
  /** Horizon in periods (>= 1) and discount in %. */
  current: { periods: string; discount: string };
  score: ScoreIndicatorChoice[];
}

export const DEFAULT_VALUE_FORM: ValueForm = {
  matrix: "loyalty",
  cuts: { x: "", y: "" },
  output: "formulas",
  clv: { retention: "80", discount: "10", horizon: "5" },
  top: String(DEFAULT_TOP_SHARE * 100),
  current: { periods: String(DEFAULT_HORIZON), discount: String(DEFAULT_DISCOUNT_RATE * 100) },
  score: [],
};

/** The form for another list: the choices about its columns start afresh, the settings stay. */
export function formForNewList(f: ValueForm): ValueForm {
  const d = DEFAULT_VALUE_FORM;
  return { ...f, cuts: d.cuts, top: d.top, current: d.current, score: d.score };
}

/** A cut: "" -> undefined (the median); a number ("1,200" too); NaN when not a number. */
export function readCut(s: string): number | undefined {
  const v = s.trim().replace(/,/g, "");
  if (v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : NaN;
}

/** A percentage 0..100 as a 0..1 rate; NaN when not one. */
export function readPercent(s: string): number {
  const n = Number(s.trim());
  return s.trim() !== "" && n >= 0 && n <= 100 ? n / 100 : NaN;
}

/** A whole number of at least `min`; NaN when not one. */
function readWhole(s: string, min: number): number {
  const n = Number(s);
  return s.trim() !== "" && Number.isInteger(n) && n >= min ? n : NaN;
}

const valid = (...xs: (number | undefined)[]) => xs.every((x) => !Number.isNaN(x));

/** The value-class write (null: the top share is not above 0 and at most 100%). */
export function classWrite(f: ValueForm): Extract<ValueWrite, { kind: "class" }> | null {
  const topShare = f.top.trim() === "" ? NaN : Number(f.top) / 100;
  return topShare > 0 && topShare <= 1 ? { kind: "class", topShare } : null;
}

/** The CLV write (null: a rate is not a percentage, or the horizon not a whole number >= 0). */
export function clvWrite(f: ValueForm): Extract<ValueWrite, { kind: "clv" }> | null {
  const retention = readPercent(f.clv.retention);
  const discount = readPercent(f.clv.discount);
  const periods = readWhole(f.clv.horizon, 0);
  return valid(retention, discount, periods) ? { kind: "clv", retention, discount, periods } : null;
}

/** The current-value write (null: the horizon is not a whole number >= 1, or the rate not a percentage). */
export function currentWrite(f: ValueForm): Extract<ValueWrite, { kind: "current" }> | null {
  const periods = readWhole(f.current.periods, 1);
  const discount = readPercent(f.current.discount);
  return valid(periods, discount) ? { kind: "current", periods, discount } : null;
}

/** The score write (null: no indicator weighs anything). */
export function scoreWrite(f: ValueForm): Extract<ValueWrite, { kind: "score" }> | null {
  if (!f.score.some((i) => i.weight > 0)) return null;
  const indicators = f.score.map((i) => ({
    col: i.col,
    weight: i.weight,
    direction: (i.lowerIsBetter ? -1 : 1) as 1 | -1,
  }));
  return { kind: "score", indicators };
}

/** What every section of the Value tab gets. */
export interface ValueSectionProps {
  list: ValueJobList;
  form: ValueForm;
  onForm: (f: ValueForm) => void;
  setColumn: (role: ValueRole, col: number | undefined) => void;
  locale: Locale;
  busy: boolean;
  /** Runs the job for one write. */
  onWrite: (w: ValueWrite) => void;
}
