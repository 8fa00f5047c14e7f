import * as React from "react";
import {
  Button,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import {
  isListProblem,
  type CellValue,
  type ListProblem,
  type ListSnapshot,
  type WorkbookHost,
} from "../../host/types";
import { columnLetter } from "../../core/excel/a1";
import { readNumericColumn } from "../../core/list/columns";
import type { SegmentMatrix } from "../../core/segment";
import { scatterPoints, segmentStats } from "../../core/segmentStats";
import {
  buildClvWrite,
  buildScoreWrite,
  buildSegmentWrite,
  readBeyond,
  type ColumnWritePlan,
  type OutputMode,
} from "../../app/value";
import type { Locale } from "../../i18n/locale";
import type { Messages } from "../../i18n/messages";
import { valueChurnUiText } from "../../i18n/valueChurnUiText";
import { ColumnSelect } from "./ColumnSelect";
import { ConfirmDialog } from "./ConfirmDialog";
import { WorkStatus } from "./WorkStatus";
import { ListReadRow } from "./ListReadRow";
import { TextField } from "./TextField";
import { withoutLeftOut } from "../../app/customerRows";
import { useTabStyles } from "./tabStyles";
import { useTabWork } from "../hooks/useTabWork";
import { useReadOnOpen } from "../hooks/useReadOnOpen";
import { ErrorBoundary } from "./ErrorBoundary";
import { QuadrantScatter } from "./QuadrantScatter";
import { QuadrantTable } from "./QuadrantTable";
import { ScoreBuilder, type ScoreIndicatorChoice } from "./ScoreBuilder";
import { ValueClassSection } from "./ValueClassSection";
import { CurrentValueSection } from "./CurrentValueSection";
import {
  defaultAxes,
  defaultMargin,
  valueGuesses,
  valueList,
  type ValueList,
} from "../../app/valueGuess";

export interface ValueTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
}

/** Points the scatter draws at most (a systematic sample beyond: see scatterPoints). */
const MAX_POINTS = 1000;

/** "" -> undefined (use the median); a number; NaN when not a number. */
function parseCut(s: string): number | undefined {
  const v = s.trim().replace(/,/g, "");
  if (v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : NaN;
}

/** A percentage typed by the user as a 0..1 rate; NaN when invalid. */
function pct(s: string): number {
  const n = Number(s.trim());
  return s.trim() !== "" && n >= 0 && n <= 100 ? n / 100 : NaN;
}

/** The Value tab: segment matrix with scatter and quadrant table, Segment/CLV columns, and the multi-criteria score. */
export function ValueTab(props: ValueTabProps): React.JSX.Element {
  const s = useTabStyles();
  const { host, locale } = props;
  const t = valueChurnUiText(locale).value;
  const [list, setList] = React.useState<ValueList | null>(null);
  const [problem, setProblem] = React.useState<ListProblem | null>(null);
  const [matrix, setMatrix] = React.useState<SegmentMatrix>("loyalty");
  const [axes, setAxes] = React.useState<{ x?: number; y?: number }>({});
  const [cuts, setCuts] = React.useState({ x: "", y: "" });
  const [output, setOutput] = React.useState<OutputMode>("formulas");
  const [clv, setClv] = React.useState({
    margin: undefined as number | undefined,
    retention: "80",
    discount: "10",
    horizon: "5",
  });
  const [score, setScore] = React.useState<ScoreIndicatorChoice[]>([]);
  const { busy, progress, setProgress, errors, message, setMessage, guard } = useTabWork(props.t);
  const [confirm, setConfirm] = React.useState<{
    message: string;
    answer: (ok: boolean) => void;
  } | null>(null);

  /** Shows the question and resolves with the user's answer. */
  const ask = (text: string) =>
    new Promise<boolean>((resolve) => setConfirm({ message: text, answer: resolve }));

  /** Reads the list; the choices stay when it is the same list (columns appended at the right do not move them). */
  const read = async (): Promise<ValueList | null> => {
    const snap = await host.readList();
    if (isListProblem(snap)) {
      setProblem(snap);
      setList(null);
      return null;
    }
    setProblem(null);
    // Total, note and repeated-header rows are not customers (as in crm value).
    const next = valueList(withoutLeftOut(snap));
    const prev = list?.snapshot;
    const same =
      !!prev &&
      prev.sheet === snap.sheet &&
      prev.col === snap.col &&
      prev.header.every((h, i) => snap.header[i] === h);
    setList(next);
    if (!same) {
      setAxes(defaultAxes(next, matrix));
      setCuts({ x: "", y: "" });
      setClv((c) => ({ ...c, margin: defaultMargin(next) }));
      setScore([]);
    }
    return next;
  };

  const readAgain = useReadOnOpen(guard, read);

  const snap = list?.snapshot;
  const xCut = parseCut(cuts.x);
  const yCut = parseCut(cuts.y);
  const cutsBad = Number.isNaN(xCut) || Number.isNaN(yCut);
  const view = React.useMemo(() => {
    if (!snap || axes.x === undefined || axes.y === undefined || cutsBad) return null;
    const xs = readNumericColumn(snap.rows, axes.x).values;
    const ys = readNumericColumn(snap.rows, axes.y).values;
    const stats = segmentStats(xs, ys, { matrix, xCut, yCut });
    const medians = segmentStats(xs, ys, { matrix });
    return { stats, medians, points: scatterPoints(xs, ys, stats.ids, MAX_POINTS) };
  }, [snap, axes.x, axes.y, matrix, xCut, yCut, cutsBad]);

  const fmtCut = (x: number) =>
    Number.isFinite(x)
      ? x.toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 2 })
      : "—";
  const letters = (plan: ColumnWritePlan) =>
    plan.columns.map((c) => columnLetter(c.col)).join(", ");

  /**
   * Re-reads the list (the sheet may have changed), plans the write, asks before writing over
   * anything, writes, and says what was written.
   */
  const runWrite = (
    k: number,
    build: (
      snapshot: ListSnapshot,
      beyond: CellValue[][] | undefined,
      replace: boolean
    ) => ColumnWritePlan,
    done: (p: ColumnWritePlan) => string
  ) =>
    guard(async () => {
      const fresh = await read();
      if (!fresh) return;
      setProgress(0.2);
      const beyond = await readBeyond(host, fresh.snapshot, k);
      let plan = build(fresh.snapshot, beyond, false);
      if (plan.needsConfirmation) {
        const conflict = plan.conflict === "none" ? "overwriteCells" : plan.conflict;
        if (!(await ask(t.confirm[conflict]({ columns: letters(plan) })))) {
          setMessage(t.cancelled);
          return;
        }
        plan = build(fresh.snapshot, beyond, true);
      }
      await host.apply(plan.ops, (f) => setProgress(0.2 + 0.8 * f));
      const notes = plan.notes.map((n) =>
        n === "tableFixedCuts" ? t.tableFixedCuts : t.tableValues
      );
      setMessage([done(plan), ...notes].join(" "));
    });

  const onSegment = () => {
    if (axes.x === undefined || axes.y === undefined || cutsBad) return;
    const { x, y } = axes;
    return runWrite(
      1,
      (sn, beyond, replace) =>
        buildSegmentWrite(sn, {
          x,
          y,
          matrix,
          xCut,
          yCut,
          output,
          locale,
          beyond,
          replaceExisting: replace,
        }),
      (p) => t.segmentWritten({ column: letters(p), output })
    );
  };

  const retention = pct(clv.retention);
  const discount = pct(clv.discount);
  const horizon = Number(clv.horizon);
  const clvBad =
    Number.isNaN(retention) ||
    Number.isNaN(discount) ||
    !(Number.isInteger(horizon) && horizon >= 0) ||
    clv.horizon.trim() === "";
  const onClv = () => {
    if (clv.margin === undefined || clvBad) return;
    const margin = clv.margin;
    return runWrite(
      1,
      (sn, beyond, replace) =>
        buildClvWrite(sn, {
          margin,
          retention,
          discount,
          periods: horizon,
          output,
          locale,
          beyond,
          replaceExisting: replace,
        }),
      (p) => t.clvWritten({ column: letters(p) })
    );
  };

  const scoreOk = score.some((i) => i.weight > 0);
  const onScore = () => {
    if (!scoreOk) return;
    const indicators = score.map((i) => ({
      col: i.col,
      weight: i.weight,
      direction: (i.lowerIsBetter ? -1 : 1) as 1 | -1,
    }));
    return runWrite(
      2,
      (sn, beyond, replace) =>
        buildScoreWrite(sn, { indicators, output, locale, beyond, replaceExisting: replace }),
      (p) =>
        t.scoreWritten({
          column: columnLetter(p.columns[0].col),
          tierColumn: columnLetter(p.columns[1].col),
        })
    );
  };

  const setMatrixAndAxes = (m: SegmentMatrix) => {
    setMatrix(m);
    if (list) setAxes(defaultAxes(list, m));
    setCuts({ x: "", y: "" });
  };

  const axisNames = t.axes[matrix];
  const guesses = list ? valueGuesses(list) : null;
  // Sections keep their choices while the list is the same; another list starts them afresh.
  const listKey = snap ? `${snap.sheet}!${snap.col}:${snap.header.join("\u0001")}` : "";
  return (
    <div className={s.root}>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={t.readList}
        refreshText={t.refreshList}
        onRead={() => void readAgain()}
        line={snap ? t.listFound({ rows: snap.rows.length, sheet: snap.sheet }) : null}
        lineTestId="value-list-line"
        problem={problem && t.noList}
        problemTestId="value-problem"
      />
      {list && snap && list.numeric.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noNumeric}</MessageBarBody>
        </MessageBar>
      )}
      {list && snap && list.numeric.length > 0 && (
        <>
          <Subtitle2>{t.matrixTitle}</Subtitle2>
          <RadioGroup
            value={matrix}
            onChange={(_, d) => setMatrixAndAxes(d.value as SegmentMatrix)}
            layout="horizontal"
            aria-label={t.matrixTitle}
          >
            <Radio value="loyalty" label={t.matrices.loyalty} />
            <Radio value="cost" label={t.matrices.cost} />
          </RadioGroup>
          <div className={s.grid}>
            <ColumnSelect
              label={axisNames.x}
              header={snap.header}
              firstCol={snap.col}
              columns={list.numeric}
              value={axes.x}
              onChange={(x) => (setAxes({ ...axes, x }), setCuts({ ...cuts, x: "" }))}
              testId="axis-x"
            />
            <ColumnSelect
              label={axisNames.y}
              header={snap.header}
              firstCol={snap.col}
              columns={list.numeric}
              value={axes.y}
              onChange={(y) => (setAxes({ ...axes, y }), setCuts({ ...cuts, y: "" }))}
              testId="axis-y"
            />
            <TextField
              label={t.cutLabel({ axis: axisNames.x })}
              hint={t.cutHint({ median: fmtCut(view?.medians.xCut ?? NaN) })}
              error={Number.isNaN(xCut) ? t.cutInvalid : undefined}
              value={cuts.x}
              inputMode="decimal"
              onChange={(x) => setCuts({ ...cuts, x })}
              testId="cut-x"
            />
            <TextField
              label={t.cutLabel({ axis: axisNames.y })}
              hint={t.cutHint({ median: fmtCut(view?.medians.yCut ?? NaN) })}
              error={Number.isNaN(yCut) ? t.cutInvalid : undefined}
              value={cuts.y}
              inputMode="decimal"
              onChange={(y) => setCuts({ ...cuts, y })}
              testId="cut-y"
            />
          </div>
          {(cuts.x !== "" || cuts.y !== "") && (
            <div>
              <Button size="small" appearance="subtle" onClick={() => setCuts({ x: "", y: "" })}>
                {t.resetCuts}
              </Button>
            </div>
          )}
          {view && (
            <>
              <ErrorBoundary fallback={null}>
                <QuadrantScatter
                  title={t.chartTitle}
                  points={view.points}
                  quadrants={view.stats.quadrants}
                  xCut={view.stats.xCut}
                  yCut={view.stats.yCut}
                  xTitle={snap.header[axes.x as number] || axisNames.x}
                  yTitle={snap.header[axes.y as number] || axisNames.y}
                  label={(id) => t.segments[id].label}
                  cutLabel={`${t.cutLine}: ${fmtCut(view.stats.xCut)} / ${fmtCut(view.stats.yCut)}`}
                  culture={locale === "zh" ? "zh-CN" : "en-US"}
                />
              </ErrorBoundary>
              <QuadrantTable t={t} locale={locale} quadrants={view.stats.quadrants} />
              {view.stats.missing > 0 && (
                <Text className={s.muted}>{t.missing({ count: view.stats.missing })}</Text>
              )}
            </>
          )}
          <Field label={t.outputTitle}>
            <RadioGroup
              value={output}
              onChange={(_, d) => setOutput(d.value as OutputMode)}
              layout="horizontal"
            >
              <Radio value="formulas" label={t.outputFormulas} />
              <Radio value="values" label={t.outputValues} />
            </RadioGroup>
          </Field>
          <div className={s.row}>
            <Button
              appearance="primary"
              onClick={onSegment}
              disabled={busy || !view}
              data-testid="write-segment"
            >
              {t.writeSegment}
            </Button>
          </div>

          <Divider />
          <ValueClassSection
            key={`class-${listKey}`}
            snapshot={snap}
            numeric={list.numeric}
            initial={guesses?.classes ?? {}}
            locale={locale}
            output={output}
            busy={busy}
            runWrite={runWrite}
            letters={letters}
          />

          <Divider />
          <Subtitle2>{t.clvTitle}</Subtitle2>
          <div className={s.grid}>
            <ColumnSelect
              label={t.clvMargin}
              header={snap.header}
              firstCol={snap.col}
              columns={list.numeric}
              value={clv.margin}
              onChange={(margin) => setClv({ ...clv, margin })}
              testId="clv-margin"
            />
            <TextField
              label={t.clvRetention}
              value={clv.retention}
              inputMode="decimal"
              onChange={(retention) => setClv({ ...clv, retention })}
            />
            <TextField
              label={t.clvDiscount}
              value={clv.discount}
              inputMode="decimal"
              onChange={(discount) => setClv({ ...clv, discount })}
            />
            <TextField
              label={t.clvHorizon}
              hint={t.clvHorizonHint}
              value={clv.horizon}
              inputMode="numeric"
              onChange={(horizon) => setClv({ ...clv, horizon })}
            />
          </div>
          {clvBad && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.clvInvalid}</MessageBarBody>
            </MessageBar>
          )}
          <div className={s.row}>
            <Button
              onClick={onClv}
              disabled={busy || clvBad || clv.margin === undefined}
              data-testid="write-clv"
            >
              {t.writeClv}
            </Button>
          </div>

          <Divider />
          <CurrentValueSection
            key={`ccv-${listKey}`}
            snapshot={snap}
            numeric={list.numeric}
            initial={guesses?.current ?? {}}
            locale={locale}
            output={output}
            busy={busy}
            runWrite={runWrite}
            letters={letters}
          />

          <Divider />
          <Subtitle2>{t.scoreTitle}</Subtitle2>
          <Text className={s.muted}>{t.scoreHint}</Text>
          <ScoreBuilder
            t={t}
            header={snap.header}
            firstCol={snap.col}
            columns={list.numeric}
            value={score}
            onChange={setScore}
          />
          <div className={s.row}>
            <Button onClick={onScore} disabled={busy || !scoreOk} data-testid="write-score">
              {t.writeScore}
            </Button>
          </div>
        </>
      )}
      <WorkStatus
        progress={progress}
        progressLabel={t.working}
        errors={errors}
        message={message}
        errorTestId="value-error"
        messageTestId="value-message"
      />
      <ConfirmDialog
        open={!!confirm}
        title={t.confirmTitle}
        message={confirm?.message ?? ""}
        confirmText={t.replace}
        cancelText={t.cancel}
        onConfirm={() => {
          confirm?.answer(true);
          setConfirm(null);
        }}
        onCancel={() => {
          confirm?.answer(false);
          setConfirm(null);
        }}
      />
    </div>
  );
}
