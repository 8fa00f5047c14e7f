import * as React from "react";
import type { ListProblem, ListSnapshot, WorkbookHost } from "../../host/types";
import { isListProblem } from "../../host/types";
import {
  chooseColumn,
  hostContext,
  JobRefusal,
  listRelation,
  type Compute,
  type Conflict,
  type ListJob,
  type RoleColumns,
  type RoleSources,
  type WritePlan,
} from "../../app/job";
import type { Locale } from "../../i18n/locale";
import type { Messages } from "../../i18n/messages";
import {
  fitRowOverride,
  isEmptyOverride,
  NO_ROW_OVERRIDE,
  type RowOverride,
  type RowOverrideProblem,
} from "../../core/list/rowOverride";
import {
  rowOverrideSetting,
  rowProblemLines,
  rowSpan,
  rowsSettingsKey,
  savedRowOverride,
  withRowOverride,
} from "../../app/customerRows";
import { rowCorrectionSession } from "../../app/rowCorrectionSession";
import { runCompute } from "../compute/client";
import { useTabWork, type TabWork } from "./useTabWork";
import { useReadOnOpen } from "./useReadOnOpen";

/** The list a tab works on: what was read, the columns chosen per role and where they came from. */
export interface JobList<R extends string, I> {
  /** The list with the user's row correction applied (`withRowOverride`): what the job reads. */
  snapshot: ListSnapshot;
  /** The list as the host read it, before the row correction. */
  read: ListSnapshot;
  /**
   * The user's row correction (rows put back, rows left out): shared at once with the pane's
   * other tabs (`rowCorrectionSession`), remembered per sheet in the settings by a write.
   */
  rows: RowOverride;
  columns: RoleColumns<R>;
  sources: RoleSources<R>;
  /** What the job's `prepare` found besides the roles. */
  info: I;
}

/** The progress bar: how far, and what is being done. */
export interface JobProgress {
  value: number;
  label?: string;
}

/** How the hook reads, restores and runs, besides the conflict texts. */
export interface ListJobConfigBase<O, L = unknown> {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
  /** The bar's caption while writing. */
  writingLabel?: string;
  /** Options remembered for a newly read list (the tab's form takes them). */
  onRestore?: (options: Partial<O>) => void;
  /**
   * Another list was read (not the same columns as the one before: another sheet, range or
   * header), after it is set: the tab's form for the list starts afresh (job.setColumn works here).
   */
  onNewList?: (list: L) => void;
  /** How computations run (default: the pane's compute worker). */
  compute?: Compute;
}

/**
 * The question put to the user before writing over what `plan` lists as conflicts, and the
 * status line after they declined: required for a job that can conflict (its `C` names codes),
 * not given for one that cannot (`C` never).
 */
export type ConflictTexts<C extends string> = [C] extends [never]
  ? { describeConflicts?: never; cancelledText?: never }
  : {
      describeConflicts: (conflicts: Conflict<C>[]) => string;
      cancelledText: string;
    };

export type UseListJobConfig<O, L = unknown, C extends string = never> = ListJobConfigBase<O, L> &
  ConflictTexts<C>;

/** Whether a job with these conflict codes can ask before writing. */
export type CanConflict<C extends string> = [C] extends [never] ? false : true;

/** What a run did: the list it planned for, the plan, and whether its ops were written. */
export interface JobRun<R extends string, T, I, N, C extends string = string> {
  list: JobList<R, I>;
  plan: WritePlan<T, N, C>;
  written: boolean;
}

export interface RunOptions<R extends string, I> {
  /**
   * Read the list again first (default). False: plan for the list read before. "sameSheet": read
   * again, but keep the list read before when the selection is now elsewhere (on another sheet,
   * e.g. the sheet the last run added, or on no list).
   */
  reread?: boolean | "sameSheet";
  /** Why the run cannot start with these choices (shown as the error lines); empty: go. */
  problems?: (list: JobList<R, I>) => string[];
}

/** What a job's footer shows (JobFooter): progress, errors, the outcome line, the open question. */
export interface JobStatus<Asks extends boolean = boolean> {
  busy: boolean;
  progress: JobProgress | null;
  errors: readonly string[];
  message: string | null;
  /** The open question before a write (the ConfirmDialog's), null when none. */
  asking: string | null;
  /** The user's answer to `asking`. */
  answer: (yes: boolean) => void;
  /** The job can ask before writing (its conflicts): the footer then needs the dialog's texts. */
  canConflict: Asks;
}

export interface ListJobState<R extends string, O, T, I, N, C extends string = never>
  extends TabWork<JobProgress>, JobStatus<CanConflict<C>> {
  errors: string[];
  list: JobList<R, I> | null;
  /** Why no list was read (null: a list, or nothing read yet). */
  problem: ListProblem | null;
  /** The handler of "Read again" (also run when the tab opens and each time the pane is shown). */
  readAgain: () => Promise<void>;
  /**
   * Sets (or clears) the column of a role; the roles it excludes are dropped (`job.choose`). A
   * column set this way is the user's (`sources[role]` "user").
   */
  setColumn: (role: R, col: number | undefined) => void;
  /**
   * Corrects the rows of the list (put a left-out row back, leave a row out): the job then reads
   * the corrected list, and the next write remembers it for the sheet. Returns why it cannot be
   * applied (sentences; nothing changed), empty when applied.
   */
  setRows: (rows: RowOverride) => string[];
  /** The roles the user is asked to choose while they have no column (the job schema's required). */
  asked: readonly R[];
  /**
   * Reads the list again, keeping the choices when it is the same list, plans with `options`,
   * asks about the plan's conflicts, writes its ops; null when it stopped before planning.
   */
  run: (
    options: O | ((list: JobList<R, I>) => O),
    runOptions?: RunOptions<R, I>
  ) => Promise<JobRun<R, T, I, N, C> | null>;
}

/** Lets the browser paint (progress bar) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Sources of the carried columns: a column kept keeps its source; a fresh guess brings its own. */
function carriedSources<R extends string>(
  columns: RoleColumns<R>,
  kept: { columns: RoleColumns<R>; sources: RoleSources<R> },
  fresh: { columns: RoleColumns<R>; sources: RoleSources<R> }
): RoleSources<R> {
  const out: RoleSources<R> = {};
  for (const r of Object.keys(columns) as R[]) {
    const src =
      columns[r] === kept.columns[r]
        ? kept.sources[r]
        : columns[r] === fresh.columns[r]
          ? fresh.sources[r]
          : undefined;
    if (src) out[r] = src;
  }
  return out;
}

/**
 * The list with another row correction: the job reads the corrected list, and what `prepare`
 * found besides the roles follows the rows (e.g. the Value tab's customers); the columns stay
 * the user's. Or why the correction does not apply to the list (nothing changed).
 */
function withRows<R extends string, I>(
  job: { prepare: (snapshot: ListSnapshot, saved: unknown) => { info: I } },
  l: JobList<R, I>,
  rows: RowOverride,
  saved: unknown
): JobList<R, I> | RowOverrideProblem[] {
  const corrected = withRowOverride(l.read, rows);
  if (corrected.problems.length > 0) return corrected.problems;
  const { info } = job.prepare(corrected.snapshot, saved);
  return { ...l, snapshot: corrected.snapshot, rows, info };
}

/**
 * The flow every list tab shares, for one job: read the list (when the tab opens, when the pane
 * is shown, on "Read again" and before each run), guess and restore its columns (`job.prepare`),
 * keep the user's choices while it is the same list, plan, ask once before writing over
 * anything, write, and show progress, errors and the outcome line.
 * @param job The job (src/app/*Job.ts).
 * @param config Host, texts, the conflict question.
 * @returns The list, the work state and the actions.
 */
export function useListJob<R extends string, O, T, I, N, C extends string = never>(
  job: ListJob<R, O, T, I, N, C>,
  config: UseListJobConfig<O, JobList<R, I>, NoInfer<C>>
): ListJobState<R, O, T, I, N, C> {
  const { host, locale, t } = config;
  const work = useTabWork<JobProgress>(t);
  const { guard, setProgress, setErrors, setMessage } = work;
  const [list, setListState] = React.useState<JobList<R, I> | null>(null);
  const [problem, setProblem] = React.useState<ListProblem | null>(null);
  const [asking, setAsking] = React.useState<string | null>(null);
  // The latest list and config, for the reads and runs of closures made earlier.
  const current = React.useRef<JobList<R, I> | null>(null);
  // Read as the plain shape: the conflict texts are there exactly when the job can conflict.
  const latest = React.useRef<
    ListJobConfigBase<O, JobList<R, I>> & {
      describeConflicts?: (conflicts: Conflict<C>[]) => string;
      cancelledText?: string;
    }
  >(config);
  latest.current = config;
  const answerRef = React.useRef<((yes: boolean) => void) | null>(null);
  // What the settings held for the list's sheet when it was read (for `prepare` again on a row correction).
  const saved = React.useRef<unknown>(undefined);
  // The pane's row corrections, shared by its tabs; `me` tells this tab's own changes apart.
  const session = rowCorrectionSession(host);
  const me = React.useRef({}).current;

  const setList = (next: JobList<R, I> | null) => {
    current.current = next;
    setListState(next);
  };

  /** Reads the list; `restore`: a new list also brings the options remembered for its sheet. */
  const read = async (restore: boolean, sameSheet = false): Promise<JobList<R, I> | null> => {
    const snap = await host.readList();
    const prev = current.current;
    if (sameSheet && prev && (isListProblem(snap) || snap.sheet !== prev.snapshot.sheet))
      return prev;
    if (isListProblem(snap)) {
      setProblem(snap);
      setList(null);
      return null;
    }
    setProblem(null);
    const relation = prev ? listRelation(prev.snapshot, snap) : "other";
    // The row correction: kept while it is the same list, else the one this pane's tabs made
    // for it, else the one remembered for the sheet; what no longer fits the list is dropped.
    let rows: RowOverride = NO_ROW_OVERRIDE;
    if (job.rowCorrection !== false) {
      if (prev && relation !== "other") rows = prev.rows;
      else
        rows =
          session.rowsFor(snap) ??
          savedRowOverride(await host.getSetting(rowsSettingsKey(snap.sheet)), snap);
      rows = fitRowOverride(rows, rowSpan(snap));
    }
    const corrected = withRowOverride(snap, rows).snapshot;
    const key = job.settingsKey?.(snap.sheet);
    saved.current = key ? await host.getSetting(key) : undefined;
    const fresh = job.prepare(corrected, saved.current);
    const base = { snapshot: corrected, read: snap, rows };
    let next: JobList<R, I>;
    const isNew = !prev || relation === "other";
    if (!isNew) {
      const columns = job.carry ? job.carry(prev.columns, fresh, relation) : prev.columns;
      next = { ...base, columns, sources: carriedSources(columns, prev, fresh), info: fresh.info };
    } else {
      next = { ...base, columns: fresh.columns, sources: fresh.sources, info: fresh.info };
      if (restore && fresh.options) latest.current.onRestore?.(fresh.options);
    }
    setList(next);
    if (isNew) latest.current.onNewList?.(next);
    return next;
  };

  const readAgain = useReadOnOpen(guard, () => read(true));

  const setRows = (rows: RowOverride): string[] => {
    const l = current.current;
    if (!l || job.rowCorrection === false) return [];
    const next = withRows(job, l, rows, saved.current);
    if (Array.isArray(next)) return rowProblemLines(next, l.read, locale);
    setList(next);
    session.set(l.read, rows, me);
    return [];
  };

  // A correction made in another tab of the pane, of the list this tab shows, applies here at once.
  React.useEffect(() => {
    if (job.rowCorrection === false) return;
    return session.subscribe((sheet, origin) => {
      const l = current.current;
      if (origin === me || !l || l.read.sheet !== sheet) return;
      const shared = session.rowsFor(l.read);
      if (!shared) return;
      const next = withRows(job, l, fitRowOverride(shared, rowSpan(l.read)), saved.current);
      if (Array.isArray(next)) return;
      current.current = next;
      setListState(next);
    });
  }, [session, job, me]);

  const setColumn = (role: R, col: number | undefined) => {
    const l = current.current;
    if (!l) return;
    const columns = (job.choose ?? chooseColumn)(l.columns, role, col);
    const sources = { ...l.sources };
    for (const r of Object.keys(sources) as R[])
      if (r === role || columns[r] !== l.columns[r]) delete sources[r];
    if (col !== undefined && columns[role] === col) sources[role] = "user";
    setList({ ...l, columns, sources });
  };

  const asked = React.useMemo(
    () =>
      job.roles.filter((r) => (job.schema?.required as readonly string[] | undefined)?.includes(r)),
    [job]
  );

  /** Shows the question and resolves with the user's answer. */
  const ask = (text: string) =>
    new Promise<boolean>((resolve) => {
      answerRef.current = resolve;
      setAsking(text);
    });

  const answer = (yes: boolean) => {
    const resolve = answerRef.current;
    answerRef.current = null;
    setAsking(null);
    resolve?.(yes);
  };

  // A question left open when the tab goes away is a "no".
  React.useEffect(() => () => answerRef.current?.(false), []);

  const run = async (
    options: O | ((list: JobList<R, I>) => O),
    runOptions: RunOptions<R, I> = {}
  ): Promise<JobRun<R, T, I, N, C> | null> => {
    let out: JobRun<R, T, I, N, C> | null = null;
    await guard(async () => {
      const cfg = latest.current;
      setProgress({ value: 0 });
      // Read again: the selection or the sheet may have changed since the list was shown.
      const { reread = true } = runOptions;
      const state = reread ? await read(false, reread === "sameSheet") : current.current;
      if (!state) return;
      const problems = runOptions.problems?.(state) ?? [];
      if (problems.length > 0) {
        setErrors(problems);
        return;
      }
      await nextFrame();
      const ctx = hostContext(host, locale, cfg.compute ?? runCompute, (f, label) =>
        setProgress({ value: 0.7 * f, label })
      );
      const opts =
        typeof options === "function" ? (options as (l: JobList<R, I>) => O)(state) : options;
      let plan: WritePlan<T, N, C>;
      try {
        plan = await job.plan(
          state.snapshot,
          { columns: state.columns, options: opts, rows: state.rows },
          ctx
        );
      } catch (e) {
        if (!(e instanceof JobRefusal)) throw e;
        setErrors(e.lines);
        return;
      }
      // A job without conflict texts never conflicts (its type says so); were it to, nothing is
      // written over unasked.
      const describe = cfg.describeConflicts ?? (() => "");
      if (plan.conflicts.length > 0 && !(await ask(describe(plan.conflicts)))) {
        setMessage(cfg.cancelledText ?? null);
        out = { list: state, plan, written: false };
        return;
      }
      if (plan.ops.length > 0) {
        setProgress({ value: 0.7, label: cfg.writingLabel });
        await nextFrame();
        // A write remembers the row correction for the sheet (and forgets one undone, which
        // this tab or another may have saved).
        const remember =
          job.rowCorrection !== false &&
          (!isEmptyOverride(state.rows) ||
            (await host.getSetting(rowsSettingsKey(state.read.sheet))) !== undefined);
        const ops = remember ? [...plan.ops, rowOverrideSetting(state.read, state.rows)] : plan.ops;
        await host.apply(ops, (f) =>
          setProgress({ value: 0.7 + 0.3 * f, label: cfg.writingLabel })
        );
      }
      out = { list: state, plan, written: plan.ops.length > 0 };
    });
    return out;
  };

  const canConflict = (config.describeConflicts !== undefined) as CanConflict<C>;
  return {
    ...work,
    list,
    problem,
    readAgain,
    setRows,
    setColumn,
    asked,
    run,
    asking,
    answer,
    canConflict,
  };
}
