import * as React from "react";
import { listedRows } from "../../host/listSnapshot";
import { Button, Subtitle2 } from "@fluentui/react-components";
import type { ListSnapshot, WorkbookHost } from "../../host/types";
import { columnLetter, rangeA1 } from "../../core/excel/a1";
import type { CheckIssue } from "../../core/list/checks";
import { DEFAULT_RANK_CUTS } from "../../core/tier";
import { buildSummarySheet, type TieringResult } from "../../app/tiering";
import { leftOutRows } from "../../app/customerRows";
import { TIER_ROLES, tieringJob, type TieringOptions } from "../../app/tieringJob";
import type { Locale } from "../../i18n/locale";
import type { Messages } from "../../i18n/messages";
import { ColumnPicker } from "./ColumnPicker";
import { parseCuts } from "./MethodPicker";
import { ChecksList } from "./ChecksList";
import { JobFooter } from "./JobFooter";
import { ListReadRow } from "./ListReadRow";
import { ListReadNotes } from "./ListReadNotes";
import { useTabStyles } from "./tabStyles";
import { useListJob } from "../hooks/useListJob";
import { TieringOptionsForm, type TieringForm } from "./tiering/TieringOptionsForm";
import { TieringResultView } from "./tiering/TieringResultView";

export { PANE_TIER_COLORS } from "./tiering/TieringResultView";

export interface TieringTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
}

const percent = (cuts: readonly number[]) => cuts.map((c) => String(Math.round(c * 1000) / 10));

/** The form of options remembered for a sheet. */
function restoredForm(form: TieringForm, o: Partial<TieringOptions>): TieringForm {
  return {
    method: o.method === "pareto" ? "pareto" : o.cuts ? "rankCustom" : "rank",
    cuts: o.method === "rank" ? percent(o.cuts ?? DEFAULT_RANK_CUTS) : form.cuts,
    output: o.output ?? form.output,
  };
}

/** The tiering tab: find the list, choose columns and method, write the Tier column, show what it says. */
export function TieringTab(props: TieringTabProps): React.JSX.Element {
  const s = useTabStyles();
  const { host, locale, t } = props;
  const tt = t.tiering.pane;
  const [form, setForm] = React.useState<TieringForm>({
    method: "rank",
    cuts: percent(DEFAULT_RANK_CUTS),
    output: "formulas",
  });
  const [issues, setIssues] = React.useState<CheckIssue[]>([]);
  const [shown, setShown] = React.useState<{ result: TieringResult; snapshot: ListSnapshot }>();
  const job = useListJob(tieringJob, {
    host,
    locale,
    t,
    describeConflicts: ([c]) =>
      (c.code === "existingTierColumn" ? tt.confirmExistingTier : tt.confirmNonEmpty)({
        column: columnLetter(c.cols[0]),
        cells: c.cells ?? 0,
      }),
    cancelledText: tt.cancelled,
    onRestore: (o) => setForm((f) => restoredForm(f, o)),
  });
  const { list, busy } = job;

  const cutsParsed = form.method === "rankCustom" ? parseCuts(form.cuts) : null;
  const cutsError = form.method === "rankCustom" && !cutsParsed ? tt.cutsInvalid : undefined;

  const onTier = async () => {
    setShown(undefined);
    setIssues([]);
    if (cutsError) return;
    const options: TieringOptions = {
      method: form.method === "pareto" ? "pareto" : "rank",
      cuts: cutsParsed ?? undefined,
      output: form.output,
    };
    const run = await job.run(options);
    if (!run) return;
    const { analysis: result, target, output } = run.plan.result;
    setIssues(run.plan.result.issues);
    if (!run.written || !result || !target || !output) return;
    setShown({ result, snapshot: run.list.snapshot });
    const note = (["valuesInTable", "valuesWithTotals"] as const)
      .filter((n) => run.plan.notes.includes(n))
      // Chinese sentences follow each other without a space.
      .map((n) => `${locale === "zh" ? "" : " "}${tt[n]}`)
      .join("");
    job.setMessage(
      tt.written({
        column: columnLetter(target.col),
        rows: result.rowCount - result.leftOut.length,
        output,
      }) + note
    );
  };

  const onInsertSummary = () =>
    job.guard(async () => {
      if (!shown) return;
      const ops = buildSummarySheet(shown.result, await host.sheetNames(), locale);
      await host.apply(ops, (f) => job.setProgress({ value: f }));
      const first = ops[0];
      job.setMessage(tt.summaryInserted({ sheet: first.kind === "addSheet" ? first.name : "" }));
    });

  const snap = list?.snapshot;
  const res = shown?.result;
  return (
    <div className={s.root}>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={tt.readList}
        refreshText={tt.refreshList}
        onRead={() => void job.readAgain()}
        line={
          snap
            ? tt.listFound({
                rows: listedRows(snap),
                sheet: snap.sheet,
                range: rangeA1(
                  snap.row,
                  snap.col,
                  snap.rows.length + (snap.headerless ? 0 : 1),
                  snap.header.length
                ),
                table: snap.tableName,
              })
            : null
        }
        lineTestId="list-line"
        problem={job.problem && tt.problems[job.problem.problem]}
        problemTestId="problem"
      />
      {snap && list && (
        <>
          <Subtitle2>{tt.columnsTitle}</Subtitle2>
          <ColumnPicker
            text={{
              role: (r) => tt.roles[r],
              // With no credible sales column the dropdown starts empty with a prompt.
              none: (r) => (r === "sales" ? tt.read.chooseSales : tt.none),
            }}
            header={snap.header}
            firstCol={snap.col}
            roles={TIER_ROLES}
            value={list.columns}
            sources={list.sources}
            ask={job.asked}
            locale={locale}
            onChange={job.setColumn}
          />
          <ListReadNotes
            t={t}
            locale={locale}
            snapshot={snap}
            // The tiered result's (totals found by their sales too) while it is of this list.
            leftOut={res && shown?.snapshot === snap ? res.leftOut : leftOutRows(snap)}
            askSales={list.columns.sales === undefined ? list.info.salesCandidates : undefined}
            rows={list.rows}
            onRows={job.setRows}
            busy={busy}
          />
          <TieringOptionsForm
            t={t}
            snapshot={snap}
            group={list.columns.group}
            groupCandidates={list.info.groupCandidates}
            onGroup={(c) => job.setColumn("group", c)}
            form={form}
            cutsError={cutsError}
            onForm={setForm}
          />
        </>
      )}
      <JobFooter
        job={job}
        run={{
          text: tt.tierButton,
          working: tt.working,
          onClick: () => void onTier(),
          disabled: !snap || !!cutsError,
          testId: "tier-button",
        }}
        progressLabel={tt.working}
        errorTestId="error"
        messageTestId="message"
        confirm={{ title: tt.confirmTitle, replace: tt.replace, cancel: tt.cancel }}
      >
        {res && (
          <Button onClick={onInsertSummary} disabled={busy} data-testid="insert-summary">
            {tt.insertSummary}
          </Button>
        )}
      </JobFooter>
      <ChecksList t={t} issues={issues} />
      {res && shown && (
        <TieringResultView
          t={t}
          locale={locale}
          result={res}
          snapshot={shown.snapshot}
          onSelect={(rect) => void job.guard(() => host.select(rect))}
        />
      )}
    </div>
  );
}
