import * as React from "react";
import { Subtitle2, Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/types";
import { winBackReturn, type LapsedCustomer } from "../../core/churn";
import { toSerialDay } from "../../core/excel/dates";
import {
  churnJob,
  churnWrittenText,
  decliningCheck,
  lapsedCheck,
  type ChurnOptions,
} from "../../app/churnJob";
import { firstDataRow } from "../../app/tiering";
import type { Locale } from "../../i18n/locale";
import type { Messages } from "../../i18n/messages";
import { messages, formatAmount } from "../../i18n/messages";
import { ChurnTopTable } from "./ChurnTopTable";
import { DecliningSection } from "./DecliningSection";
import { JobFooter } from "./JobFooter";
import { JobListNotes } from "./ListReadNotes";
import { ListReadRow } from "./ListReadRow";
import { useTabStyles } from "./tabStyles";
import { useListJob } from "../hooks/useListJob";
import { useToday } from "../hooks/useToday";
import { ChurnOptionsForm } from "./churn/ChurnOptionsForm";
import {
  defaultChurnForm,
  readChurnForm,
  type ChurnForm,
  type ChurnFormBinding,
} from "./churn/churnForm";

export interface ChurnTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
  /** Today (yyyy-mm-dd; default: the computer's date); tests pass a fixed day. */
  today?: string;
}

/** Rows of the pane's table (the sheet lists them all). */
const TOP = 10;

/** Expected win-back return of a customer at the form's probability and cost (NaN: no value). */
const returnOf = (o: ChurnOptions) => (x: LapsedCustomer) =>
  Number.isFinite(x.value) ? winBackReturn(x.value, o.probability, o.cost ?? 0) : NaN;

/** The Churn tab: lapsed and declining customers by value at stake, win-back inputs, and the Churn watch sheet. */
export function ChurnTab(props: ChurnTabProps): React.JSX.Element {
  const s = useTabStyles();
  const { host, locale } = props;
  const vt = messages(locale);
  const t = vt.churn.pane;
  const [form, setForm] = React.useState<ChurnForm>(defaultChurnForm);
  const job = useListJob(churnJob, {
    host,
    locale,
    t: props.t,
    writingLabel: t.working,
  });
  const { list, busy } = job;
  const snap = list?.snapshot;
  const columns = list?.columns;
  const todayIso = useToday(props.today);
  const today = toSerialDay(todayIso) as number;
  const read = readChurnForm(form, today, columns?.pAlive !== undefined);
  const { options } = read;

  // Both checks run as the user edits the form: what the write would list.
  const { days, pAliveThreshold, asOf } = read.lapsed;
  const lapsed = React.useMemo(
    () =>
      snap && columns
        ? lapsedCheck(snap, columns, { today, days, pAliveThreshold, asOf })
        : undefined,
    [snap, columns, today, days, pAliveThreshold, asOf]
  );
  const { window: span, threshold } = read.decline ?? {};
  const declining = React.useMemo(
    () =>
      snap && columns
        ? decliningCheck(
            snap,
            columns,
            span === undefined || threshold === undefined ? null : { window: span, threshold }
          )
        : undefined,
    [snap, columns, span, threshold]
  );

  const onWrite = async () => {
    if (!options) return;
    // Write what the tab shows: the list as read, not the sheet the last write activated.
    const run = await job.run(options, { reread: false });
    if (run?.written) job.setMessage(churnWrittenText(locale, run.plan.result.watch));
  };

  const selectRow = (x: { row: number }) =>
    snap &&
    void job.guard(() =>
      host.select({
        sheet: snap.sheet,
        row: firstDataRow(snap) + x.row,
        col: snap.col,
        rows: 1,
        cols: snap.header.length,
      })
    );

  // The lapsed customers, shown while the inputs can be read and a column says when.
  const shown = options && lapsed?.canCheck ? lapsed : undefined;
  const top = shown?.lapsed.slice(0, TOP) ?? [];
  const summary =
    shown && shown.lapsed.length > 0
      ? t.summary({
          count: shown.lapsed.length,
          customers: shown.customers,
          value: formatAmount(locale, shown.atStake),
        })
      : t.noneLapsed;
  const binding: ChurnFormBinding | null = list && {
    header: list.snapshot.header,
    firstCol: list.snapshot.col,
    numeric: list.info.numeric,
    columns: list.columns,
    sources: list.sources,
    asked: job.asked,
    locale,
    onColumn: job.setColumn,
    form,
    onForm: (change) => setForm((f) => ({ ...f, ...change })),
  };
  return (
    <div className={s.root}>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={vt.value.pane.readList}
        refreshText={vt.value.pane.refreshList}
        onRead={() => void job.readAgain()}
        line={snap ? vt.value.pane.listFound({ rows: snap.rows.length, sheet: snap.sheet }) : null}
        lineTestId="churn-list-line"
        problem={job.problem && vt.value.pane.noList}
        problemTestId="churn-problem"
      />
      <JobListNotes t={props.t} locale={locale} job={job} />
      {binding && lapsed && declining && (
        <>
          <ChurnOptionsForm {...binding} t={t} check={lapsed} inputsOk={!!options} />
          {shown && (
            <Text className={s.big} data-testid="churn-summary">
              {summary}
            </Text>
          )}
          {shown && options && top.length > 0 && (
            <>
              <Subtitle2>{t.topTitle({ shown: top.length, count: shown.lapsed.length })}</Subtitle2>
              <ChurnTopTable
                t={t}
                locale={locale}
                rows={top}
                count={shown.lapsed.length}
                hasP={binding.columns.pAlive !== undefined}
                returnOf={returnOf(options)}
                onSelect={selectRow}
              />
            </>
          )}
          <DecliningSection {...binding} check={declining} onSelect={selectRow} />
        </>
      )}
      <JobFooter
        job={job}
        run={
          binding && lapsed && declining
            ? {
                text: t.write,
                working: t.working,
                onClick: () => void onWrite(),
                disabled: !options || (!lapsed.canCheck && declining.list.length === 0),
                testId: "write-churn",
              }
            : undefined
        }
        progressLabel={t.working}
        errorTestId="churn-error"
        messageTestId="churn-message"
      />
    </div>
  );
}
