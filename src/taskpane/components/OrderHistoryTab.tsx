import * as React from "react";
import { listedRows } from "../../host/listSnapshot";
import { Divider, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/types";
import { rangeA1 } from "../../core/excel/a1";
import { isoFromSerial } from "../../core/excel/dates";
import { historyJob } from "../../app/historyJob";
import { messages, type Messages } from "../../i18n/messages";
import type { Locale } from "../../i18n/locale";
import { ColumnPicker } from "./ColumnPicker";
import { ListReadRow } from "./ListReadRow";
import { JobFooter } from "./JobFooter";
import { useTabStyles } from "./tabStyles";
import { useListJob } from "../hooks/useListJob";
import {
  DEFAULT_HISTORY_FORM,
  historyPreview,
  historyProblemLines,
  readHistoryForm,
  restoredHistoryForm,
  type HistoryForm,
} from "./history/historyForm";
import { HistorySettingsForm } from "./history/HistorySettingsForm";
import { HistoryPreview } from "./history/HistoryPreview";

export interface OrderHistoryTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
}

/**
 * The Order history tab: pick the order table's columns, the calibration end (and optionally a
 * holdout end) and the horizon; it previews the counts and writes a new sheet with the live
 * CRM.RFM -> BGNBD/GAMMAGAMMA -> PALIVE/PURCHASES/SPEND/CLVHIST chain. The pane never fits a
 * model: Excel does, from the formulas, so large tables do not freeze the pane.
 */
export function OrderHistoryTab(props: OrderHistoryTabProps): React.JSX.Element {
  const s = useTabStyles();
  const { host, locale } = props;
  const ht = messages(locale).history.pane;
  const [form, setForm] = React.useState<HistoryForm>(DEFAULT_HISTORY_FORM);
  const job = useListJob(historyJob, {
    host,
    locale,
    t: props.t,
    onRestore: (o) => setForm((f) => restoredHistoryForm(f, o)),
  });
  const { list, busy, errors } = job;
  const preview = React.useMemo(() => (list ? historyPreview(list, form) : null), [list, form]);

  const onWrite = async () => {
    // Read again: the table may have changed since the tab opened; the user's columns stay while
    // its header does. After a first write the selection is on the new sheet: the table read before is used.
    const run = await job.run(readHistoryForm(form).options, {
      reread: "sameSheet",
      problems: (l) => historyProblemLines(locale, form, l, historyPreview(l, form)),
    });
    if (run?.written) job.setMessage(ht.written({ sheet: run.plan.result.sheet }));
  };

  const snap = list?.snapshot;
  // Live problems while editing; after a failed write the error bar says the same.
  const shown = errors.length > 0 ? [] : historyProblemLines(locale, form, list, preview);
  return (
    <div className={s.root}>
      <Text>{ht.intro}</Text>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={ht.readList}
        refreshText={ht.refreshList}
        onRead={() => void job.readAgain()}
        line={
          snap
            ? ht.listFound({
                rows: listedRows(snap),
                sheet: snap.sheet,
                table: snap.tableName,
                range: rangeA1(
                  snap.row,
                  snap.col,
                  snap.rows.length + (snap.headerless ? 0 : 1),
                  snap.header.length
                ),
              })
            : null
        }
        lineTestId="history-list-line"
        problem={job.problem && ht.listProblems[job.problem.problem]}
        problemTestId="history-no-list"
      />
      {snap && list && (
        <>
          <Subtitle2>{ht.columnsTitle}</Subtitle2>
          <ColumnPicker
            text={{
              role: (r) => ht.roles[r],
              none: () => ht.none,
            }}
            header={snap.header}
            firstCol={snap.col}
            roles={historyJob.roles}
            value={list.columns}
            sources={list.sources}
            ask={job.asked}
            locale={locale}
            onChange={job.setColumn}
          />
          <Divider />
          <HistorySettingsForm
            locale={locale}
            form={form}
            lastDate={preview?.lastDate !== undefined ? isoFromSerial(preview.lastDate) : ""}
            onForm={setForm}
          />
          {preview && preview.orders > 0 && (
            <HistoryPreview
              locale={locale}
              preview={preview}
              holdout={readHistoryForm(form).options.holdoutEnd !== undefined}
            />
          )}
          {shown.length > 0 && (
            <MessageBar intent="warning" data-testid="history-problems">
              <MessageBarBody>
                {shown.map((p, i) => (
                  <div key={i}>{p}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      <JobFooter
        job={job}
        run={
          list
            ? {
                text: ht.writeButton,
                working: ht.working,
                onClick: () => void onWrite(),
                testId: "write-history",
              }
            : undefined
        }
        errorLines
        errorTestId="history-errors"
        messageTestId="history-written"
      />
    </div>
  );
}
