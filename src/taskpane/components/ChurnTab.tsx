import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  isListProblem,
  type ListProblem,
  type ListSnapshot,
  type WorkbookHost,
} from "../../host/types";
import { guessColumns, type ColumnGuess } from "../../core/list/columns";
import {
  DEFAULT_LAPSED_DAYS,
  DEFAULT_WIN_BACK_PROBABILITY,
  findLapsed,
  mergeFlagged,
  winBackReturn,
  type LapsedCustomer,
} from "../../core/churn";
import { isoFromSerial, serialFromYmd, toSerialDay } from "../../core/excel/dates";
import {
  buildChurnWatch,
  churnCustomersFromList,
  readChurnWatch,
  type ChurnColumns,
} from "../../app/churn";
import { churnAsOf, guessChurnColumns } from "../../app/churnGuess";
import { firstDataRow } from "../../app/tiering";
import type { Locale } from "../../i18n/locale";
import type { UiText } from "../../i18n/uiText";
import { formatAmount, valueChurnUiText } from "../../i18n/valueChurnUiText";
import { withoutLeftOut } from "../../app/customerRows";
import { ChurnTopTable } from "./ChurnTopTable";
import { ColumnSelect } from "./ColumnSelect";
import { DecliningSection } from "./DecliningSection";
import { messages } from "../../i18n/messages";
import { WorkStatus } from "./WorkStatus";
import { ListReadRow } from "./ListReadRow";
import { useTabStyles } from "./tabStyles";
import { useTabWork } from "../hooks/useTabWork";
import { useReadOnOpen } from "../hooks/useReadOnOpen";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  // Fluent's Input is wider than half a task pane: let it shrink to its grid cell.
  input: { minWidth: 0, width: "100%" },
  big: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface ChurnTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: UiText;
  /** Today as an Excel serial day (default: the computer's date); tests pass a fixed day. */
  today?: number;
}

/** Rows of the pane's table (the sheet lists them all). */
const TOP = 10;

interface ListState {
  snapshot: ListSnapshot;
  guess: ColumnGuess;
  cols: Partial<ChurnColumns>;
}

function prepare(read: ListSnapshot): ListState {
  // Total, note and repeated-header rows are not customers (as in crm churn).
  const snapshot = withoutLeftOut(read);
  const guess = guessColumns(snapshot.header, snapshot.rows);
  return { snapshot, guess, cols: guessChurnColumns(snapshot) };
}

function todaySerial(): number {
  const d = new Date();
  return serialFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** The Churn tab: lapsed customers by value at stake, win-back inputs, and the Churn watch sheet. */
export function ChurnTab(props: ChurnTabProps): React.JSX.Element {
  const s = { ...useTabStyles(), ...useStyles() };
  const { host, locale } = props;
  const t = valueChurnUiText(locale).churn;
  const [list, setList] = React.useState<ListState | null>(null);
  const [problem, setProblem] = React.useState<ListProblem | null>(null);
  const [days, setDays] = React.useState(String(DEFAULT_LAPSED_DAYS));
  const [threshold, setThreshold] = React.useState("50");
  const [asOfText, setAsOfText] = React.useState("");
  const [probability, setProbability] = React.useState(String(DEFAULT_WIN_BACK_PROBABILITY * 100));
  const [cost, setCost] = React.useState("");
  const { busy, progress, setProgress, errors, message, setMessage, guard } = useTabWork(props.t);
  // The declining customers (issue 15) join the lapsed ones on the Churn watch sheet.
  const [declining, setDeclining] = React.useState<{ list: LapsedCustomer[]; window: number }>({
    list: [],
    window: 0,
  });
  const onDeclining = React.useCallback(
    (list: LapsedCustomer[], window: number) => setDeclining({ list, window }),
    []
  );

  const read = async () => {
    const snap = await host.readList();
    if (isListProblem(snap)) {
      setProblem(snap);
      setList(null);
      return;
    }
    setProblem(null);
    setList(prepare(snap));
  };

  const readAgain = useReadOnOpen(guard, read);

  const snap = list?.snapshot;
  const cols = list?.cols;
  const today = props.today ?? todaySerial();

  // Inputs, checked.
  const nDays = Number(days);
  const daysOk = days.trim() !== "" && Number.isInteger(nDays) && nDays >= 0;
  const p = Number(probability) / 100;
  const pOk = probability.trim() !== "" && p >= 0 && p <= 1;
  const th = Number(threshold) / 100;
  const thOk = cols?.pAlive === undefined || (threshold.trim() !== "" && th >= 0 && th <= 1);
  const c = cost.trim() === "" ? undefined : Number(cost.replace(/,/g, ""));
  const costOk = c === undefined || (Number.isFinite(c) && c >= 0);
  const typedAsOf = asOfText ? toSerialDay(asOfText) : undefined;
  const inputsOk = daysOk && pOk && thOk && costOk && (asOfText === "" || typedAsOf !== undefined);

  const customers = React.useMemo(
    () =>
      snap && cols?.name !== undefined ? churnCustomersFromList(snap, cols as ChurnColumns) : [],
    [snap, cols]
  );
  // A list exported long ago would show everyone lapsed: then days count from its latest order.
  const day = React.useMemo(
    () => churnAsOf(customers, { today, days: daysOk ? nDays : Infinity, typed: typedAsOf }),
    [customers, today, daysOk, nDays, typedAsOf]
  );
  const { latest, stale, asOf } = day;

  const canCheck =
    cols !== undefined && (cols.lastOrder !== undefined || cols.pAlive !== undefined);
  const lapsed: LapsedCustomer[] = React.useMemo(() => {
    if (!canCheck || !inputsOk) return [];
    return findLapsed(customers, {
      asOf,
      days: nDays,
      pAliveThreshold: cols?.pAlive !== undefined ? th : undefined,
    });
  }, [customers, asOf, nDays, th, canCheck, inputsOk, cols?.pAlive]);
  const atStake = lapsed.reduce((a, x) => a + (Number.isFinite(x.value) ? x.value : 0), 0);

  const setCol = (k: keyof ChurnColumns, v: number | undefined) => {
    if (!list) return;
    setList({ ...list, cols: { ...list.cols, [k]: v } });
  };

  const onWrite = () =>
    guard(async () => {
      if (!inputsOk) return;
      setProgress(0.1);
      const existing = await readChurnWatch(host);
      const plan = buildChurnWatch(mergeFlagged(lapsed, declining.list), {
        existing,
        locale,
        sheetNames: await host.sheetNames(),
        successProbability: p,
        defaultCost: c,
        days: nDays,
        pAliveThreshold: cols?.pAlive !== undefined ? th : undefined,
        window: declining.window,
      });
      setProgress(0.3);
      await host.apply(plan.ops, (f) => setProgress(0.3 + 0.7 * f));
      const reasons = Object.values(plan.summary.reasons).reduce((a, b) => a + b, 0);
      setMessage(
        t.written({
          sheet: plan.sheet,
          created: plan.created,
          lapsed: plan.summary.lapsed - plan.summary.declining,
          kept: plan.summary.noLongerLapsed,
          reasons,
          winBack: plan.summary.winBack,
        }) +
          (plan.summary.declining > 0
            ? ` ${messages(locale).valueClass.pane.declining.written({ count: plan.summary.declining })}`
            : "")
      );
    });

  const selectRow = (x: { row: number }) =>
    snap &&
    void guard(() =>
      host.select({
        sheet: snap.sheet,
        row: firstDataRow(snap) + x.row,
        col: snap.col,
        rows: 1,
        cols: snap.header.length,
      })
    );

  const all = snap ? snap.header.map((_, i) => i) : [];
  const numeric = list ? list.guess.numericColumns : [];
  const top = lapsed.slice(0, TOP);
  const hasP = cols?.pAlive !== undefined;
  return (
    <div className={s.root}>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={valueChurnUiText(locale).value.readList}
        refreshText={valueChurnUiText(locale).value.refreshList}
        onRead={() => void readAgain()}
        line={
          snap
            ? valueChurnUiText(locale).value.listFound({
                rows: snap.rows.length,
                sheet: snap.sheet,
              })
            : null
        }
        lineTestId="churn-list-line"
        problem={problem && valueChurnUiText(locale).value.noList}
        problemTestId="churn-problem"
      />
      {snap && cols && (
        <>
          <div className={s.grid}>
            {(
              [
                // The customer column is required: it has no "none" choice.
                {
                  key: "name",
                  label: t.customer,
                  columns: all,
                  required: true,
                  testId: "churn-name",
                },
                { key: "lastOrder", label: t.lastOrder, columns: all, testId: "churn-last" },
                { key: "value", label: t.valueColumn, columns: numeric, testId: "churn-value" },
                { key: "rep", label: t.rep, columns: all },
                { key: "pAlive", label: t.pAliveColumn, columns: numeric, testId: "churn-palive" },
              ] as const
            ).map((f) => (
              <ColumnSelect
                key={f.key}
                label={f.label}
                header={snap.header}
                firstCol={snap.col}
                columns={f.columns}
                value={cols[f.key]}
                onChange={(v) => setCol(f.key, "required" in f ? (v ?? 0) : v)}
                noneText={"required" in f ? undefined : t.none}
                testId={"testId" in f ? f.testId : undefined}
              />
            ))}
          </div>
          <div className={s.grid}>
            <Field label={t.days}>
              <Input
                className={s.input}
                value={days}
                inputMode="numeric"
                onChange={(_, d) => setDays(d.value)}
                data-testid="churn-days"
              />
            </Field>
            {hasP && (
              <Field label={t.pAliveThreshold}>
                <Input
                  className={s.input}
                  value={threshold}
                  inputMode="decimal"
                  onChange={(_, d) => setThreshold(d.value)}
                  data-testid="churn-threshold"
                />
              </Field>
            )}
            <Field label={t.asOf}>
              <Input
                className={s.input}
                type="date"
                value={asOfText || isoFromSerial(asOf)}
                onChange={(_, d) => setAsOfText(d.value)}
                data-testid="churn-asof"
              />
            </Field>
            <Field label={t.probability}>
              <Input
                className={s.input}
                value={probability}
                inputMode="decimal"
                onChange={(_, d) => setProbability(d.value)}
                data-testid="churn-probability"
              />
            </Field>
            <Field label={t.defaultCost} hint={t.defaultCostHint}>
              <Input
                className={s.input}
                value={cost}
                inputMode="decimal"
                onChange={(_, d) => setCost(d.value)}
                data-testid="churn-cost"
              />
            </Field>
          </div>
          {stale && latest !== undefined && (
            <Text className={s.muted}>{t.asOfNote({ date: isoFromSerial(latest) })}</Text>
          )}
          {!inputsOk && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.inputInvalid}</MessageBarBody>
            </MessageBar>
          )}
          {!canCheck && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.noLastOrder}</MessageBarBody>
            </MessageBar>
          )}
          {canCheck && inputsOk && (
            <>
              <Text className={s.big} data-testid="churn-summary">
                {lapsed.length > 0
                  ? t.summary({
                      count: lapsed.length,
                      customers: customers.length,
                      value: formatAmount(locale, atStake),
                    })
                  : t.noneLapsed}
              </Text>
              {top.length > 0 && (
                <>
                  <Subtitle2>{t.topTitle({ shown: top.length, count: lapsed.length })}</Subtitle2>
                  <ChurnTopTable
                    t={t}
                    locale={locale}
                    rows={top}
                    count={lapsed.length}
                    hasP={hasP}
                    returnOf={(x) =>
                      Number.isFinite(x.value) && pOk && costOk
                        ? winBackReturn(x.value, p, c ?? 0)
                        : NaN
                    }
                    onSelect={selectRow}
                  />
                </>
              )}
            </>
          )}
          <DecliningSection
            key={`${snap.sheet}!${snap.col}:${snap.header.join("\u0001")}`}
            snapshot={snap}
            numeric={numeric}
            tierGuess={list?.guess.roles.previousTier}
            cols={cols}
            locale={locale}
            onChange={onDeclining}
            onSelect={selectRow}
          />
          <div className={s.row}>
            <Button
              appearance="primary"
              onClick={onWrite}
              disabled={busy || !inputsOk || (!canCheck && declining.list.length === 0)}
              data-testid="write-churn"
            >
              {busy ? t.working : t.write}
            </Button>
          </div>
        </>
      )}
      <WorkStatus
        progress={progress}
        progressLabel={t.working}
        errors={errors}
        message={message}
        errorTestId="churn-error"
        messageTestId="churn-message"
      />
    </div>
  );
}
