/**
 * A job as a value: what the pane's tabs (through `useListJob`) and the command line share.
 *
 * Every list job runs the same flow: read the list -> `prepare` (guess the columns, restore the
 * choices remembered for the sheet) -> the user edits the choices -> `plan` (compute, then the
 * write batch, the conflicts to confirm, the notes) -> the caller asks about the conflicts and
 * hands the ops to its WorkbookHost. A job holds no state and does no I/O but what its
 * {@link PlanContext} gives it, so a new job is one value, tested without a pane.
 */
import { columnLetter } from "../core/excel/a1";
import type { RoleSchema } from "../core/roles";
import type { RowOverride } from "../core/list/rowOverride";
import type { Locale } from "../i18n/locale";
import { formatList } from "../i18n/messages";
import type { CellValue, ListSnapshot, Rect, WorkbookHost, WriteOp } from "../host/types";
import type { JobInput, JobKind, JobOutput } from "./computeJobs";

/**
 * Where a column choice came from: the header's words, the cells' contents, the document's
 * settings, the user's choice in the form.
 */
export type RoleSource = "header" | "content" | "saved" | "user";

/** Column per role, 0-based within the list (absent: no column). */
export type RoleColumns<R extends string> = Partial<Record<R, number>>;

/** Where each chosen column came from (absent: not known, no cue is shown). */
export type RoleSources<R extends string> = Partial<Record<R, RoleSource>>;

/** What the user chose for a list: its columns by role, the job's options, the rows corrected. */
export interface Choices<R extends string, O> {
  columns: RoleColumns<R>;
  options: O;
  /**
   * The user's row correction (rows put back, rows left out; remembered per sheet under
   * `rowsSettingsKey` by the caller's write). It is already applied to the snapshot `plan` gets
   * (`withRowOverride`, by `useListJob` and the command line's `runListCommand`): a job reads
   * `snapshot.leftOut` / `withoutLeftOut` and never applies it again.
   */
  rows?: RowOverride;
}

/** A freshly read list, prepared: the guesses and defaults, overlaid by the choices remembered for it. */
export interface Prepared<R extends string, O, I = undefined> {
  columns: RoleColumns<R>;
  sources: RoleSources<R>;
  /** Options remembered for the sheet (the caller's form takes them); absent: keep the defaults. */
  options?: Partial<O>;
  /** What the job found besides the roles (e.g. the columns that could hold the sales). */
  info: I;
}

/**
 * Something the write would replace, which the user must agree to first.
 * `code` names the case for the caller's message (e.g. "existingTierColumn").
 */
export interface Conflict<C extends string = string> {
  code: C;
  /** 0-based sheet columns written over. */
  cols: number[];
  /** Non-empty cells that would be replaced. */
  cells?: number;
}

/**
 * The outcome of planning: the batch to write (empty: nothing to write, e.g. the list failed
 * its checks: `result` says why), what it would replace (ask first), notes for the user, and
 * the job's result (what the pane shows, what `--json` prints).
 */
export interface WritePlan<T, N = string, C extends string = string> {
  ops: WriteOp[];
  conflicts: Conflict<C>[];
  notes: N[];
  result: T;
}

/** Runs a computation of `computeJobs.ts` (in the pane: in a Web Worker when there is one). */
export type Compute = <K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  onProgress?: (fraction: number) => void
) => Promise<JobOutput<K>>;

/**
 * Thrown by `plan` when the choices cannot be planned for a reason the user can fix: each line
 * is a sentence for them (in the context's language), shown as is.
 */
export class JobRefusal extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join(" "));
    this.name = "JobRefusal";
  }
}

/** What a job may use while planning; everything else it gets from the snapshot and the choices. */
export interface PlanContext {
  locale: Locale;
  /** The workbook's sheet names (new sheets get unique names). */
  sheetNames: () => Promise<string[]>;
  /** The document setting under a key (what a job remembered). */
  getSetting: (key: string) => Promise<unknown>;
  /** Reads cells outside the list (e.g. what is right of it before writing there). */
  readRect: (rect: Rect) => Promise<CellValue[][]>;
  compute: Compute;
  /** Fraction of the planning done (0..1), with what is being done when it says. */
  progress: (fraction: number, label?: string) => void;
}

/**
 * A list job. `R`: its column roles; `O`: its options; `T`: its result; `I`: what `prepare`
 * found besides the roles; `N`: its notes; `C`: the codes of the conflicts its plan can ask
 * about (default none: a job that writes only what is its own never asks, and a caller needs no
 * question for it; a job that can conflict names its codes, so a caller cannot forget them).
 */
export interface ListJob<
  R extends string,
  O,
  T,
  I = undefined,
  N = string,
  C extends string = never,
> {
  /** Short name ("tier", "plan"): the command's name and the tab's. */
  id: string;
  /**
   * The role schema the list is read with (`defineRoles`/`jobRoles`: header words, kinds,
   * shown and required roles), exported by the job's module. Its roles are the list's; a job
   * may choose more columns than it guesses from them (`roles`: churn's period columns).
   */
  schema: RoleSchema<string, string>;
  /** Every column the user chooses, in the order the form shows them. */
  roles: readonly R[];
  /**
   * False: the job takes no row correction (its live formulas read every row of the list, which
   * a correction could not reach: the order history); absent: it reads the corrected list.
   */
  rowCorrection?: false;
  /** Document-settings key of what the job remembers for a sheet; absent: it remembers nothing. */
  settingsKey?: (sheet: string) => string;
  /**
   * Guesses and defaults for a list read now, with the choices remembered for its sheet.
   * @param saved The settings value under `settingsKey` (anything: the job validates it).
   */
  prepare(snapshot: ListSnapshot, saved: unknown): Prepared<R, O, I>;
  /**
   * Re-reading: the choices to keep when the list read now is `relation` to the one chosen for
   * ("same": the same columns; "extended": columns added at the right). Default: keep them all.
   */
  carry?(
    kept: RoleColumns<R>,
    fresh: Prepared<R, O, I>,
    relation: "same" | "extended"
  ): RoleColumns<R>;
  /** A role chosen by the user; the columns it excludes are dropped (default: just set it). */
  choose?(columns: RoleColumns<R>, role: R, col: number | undefined): RoleColumns<R>;
  /** Computes and plans the write; throws with a clear message on input it cannot plan. */
  plan(
    snapshot: ListSnapshot,
    choices: Choices<R, O>,
    ctx: PlanContext
  ): Promise<WritePlan<T, N, C>>;
}

/**
 * How a list read now relates to the one read before: the same columns, the same columns with
 * more at the right (e.g. the Tier column a run appended), or another list.
 * @example listRelation(prev, fresh) // "extended" when fresh.header = [...prev.header, "Tier"]
 */
export function listRelation(
  prev: ListSnapshot,
  fresh: ListSnapshot
): "same" | "extended" | "other" {
  if (prev.sheet !== fresh.sheet || prev.col !== fresh.col) return "other";
  if (fresh.header.length < prev.header.length) return "other";
  if (!prev.header.every((h, i) => fresh.header[i] === h)) return "other";
  return fresh.header.length === prev.header.length ? "same" : "extended";
}

/** Default of `ListJob.choose`: sets (or clears) one role. */
export function chooseColumn<R extends string>(
  columns: RoleColumns<R>,
  role: R,
  col: number | undefined
): RoleColumns<R> {
  const next = { ...columns };
  if (col === undefined) delete next[role];
  else next[role] = col;
  return next;
}

/** "D" or "D, F" ("D、F" in Chinese): the letters of a conflict's columns, for the question to the user. */
export function conflictLetters(c: Conflict, locale: Locale): string {
  return formatList(locale, c.cols.map(columnLetter));
}

/**
 * The planning context of a workbook host (the pane's and the command line's).
 * @param compute How computations run (the pane: its worker client; else `computeHere`).
 */
export function hostContext(
  host: Pick<WorkbookHost, "sheetNames" | "getSetting" | "readRect">,
  locale: Locale,
  compute: Compute,
  progress: PlanContext["progress"] = () => undefined
): PlanContext {
  return {
    locale,
    sheetNames: () => host.sheetNames(),
    getSetting: (key) => host.getSetting(key),
    readRect: (rect) => host.readRect(rect),
    compute,
    progress,
  };
}
