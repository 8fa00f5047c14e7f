import * as React from "react";
import { listedRows } from "../../host/listSnapshot";
import { Divider, Subtitle2, Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/types";
import { rangeA1 } from "../../core/excel/a1";
import { DEFAULT_LABELS } from "../../core/tier";
import type { LogReading } from "../../app/compliance";
import { locatedCustomers, planningJob, type PlanJobResult } from "../../app/planningJob";
import type { Locale } from "../../i18n/locale";
import { messages, type Messages } from "../../i18n/messages";
import {
  defaultPlanForm,
  isoDate,
  planColumnProblems,
  readPlanForm,
  repsOf,
  tierLabels,
  type PlanForm,
} from "./planForm";
import { ColumnPicker } from "./ColumnPicker";
import { PlanOptionsForm } from "./plan/PlanOptionsForm";
import { PlanHoursView } from "./PlanHoursView";
import { PlanResultView } from "./PlanResultView";
import { JobFooter } from "./JobFooter";
import { ListReadRow } from "./ListReadRow";
import { JobListNotes } from "./ListReadNotes";
import { VisitLogSection } from "./VisitLogSection";
import { useTabStyles } from "./tabStyles";
import { useListJob } from "../hooks/useListJob";
import { useToday } from "../hooks/useToday";

export interface VisitPlanTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
  /** "Today" (yyyy-mm-dd) for the default start date (the next Monday); default: the local date. */
  today?: string;
}

/** The Visit plan tab: columns and options in, a multi-week route plan out on a new sheet. */
export function VisitPlanTab(props: VisitPlanTabProps): React.JSX.Element {
  const s = useTabStyles();
  const { host, locale } = props;
  const pt = messages(locale).plan.pane;
  const today = useToday(props.today);
  const [form, setForm] = React.useState<PlanForm>(() => defaultPlanForm(today, locale));
  const [result, setResult] = React.useState<PlanJobResult | null>(null);
  const job = useListJob(planningJob, {
    host,
    locale,
    t: props.t,
    writingLabel: pt.progress.writing,
  });
  const { list, busy } = job;
  const snap = list?.snapshot;
  const labels = React.useMemo(
    () => (snap ? tierLabels(snap, list?.columns.tier) : [...DEFAULT_LABELS]),
    [snap, list?.columns.tier]
  );
  const reps = React.useMemo(
    () => (snap ? repsOf(snap, list?.columns.rep) : []),
    [snap, list?.columns.rep]
  );
  const located = React.useMemo(
    () => (snap && list ? locatedCustomers(snap, list.columns) : null),
    [snap, list]
  );
  const { errors: fieldErrors } = readPlanForm(form, locale, labels);

  /** Generate; with `replan`, the rest of the horizon from `from`, counting the log's visits. */
  const generate = async (replan?: { from: string; log: LogReading }) => {
    setResult(null);
    // Read again: the list may have changed (e.g. a Tier column added by the Tiering tab).
    // Not for a re-plan: the selection is then on the visit log, the list is the one read before.
    const formFor = (l: NonNullable<typeof list>) =>
      readPlanForm(form, locale, tierLabels(l.snapshot, l.columns.tier));
    const run = await job.run((l) => ({ ...formFor(l).options!, replan }), {
      reread: !replan,
      problems: (l) => [...planColumnProblems(l.columns, locale), ...formFor(l).problems],
    });
    if (!run?.written) return;
    setResult(run.plan.result);
    job.setMessage(run.plan.result.written);
  };

  return (
    <div className={s.root}>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={pt.readList}
        refreshText={pt.refreshList}
        onRead={() => void job.readAgain()}
        line={
          snap
            ? pt.listFound({
                rows: listedRows(snap),
                sheet: snap.sheet,
                range:
                  snap.tableName ??
                  rangeA1(
                    snap.row,
                    snap.col,
                    snap.rows.length + (snap.headerless ? 0 : 1),
                    snap.header.length
                  ),
              })
            : null
        }
        lineTestId="plan-list-line"
        problem={job.problem ? pt.errors.noList : null}
        problemTestId="plan-no-list"
      />
      {snap && list && (
        <>
          <Subtitle2>{pt.columnsTitle}</Subtitle2>
          <ColumnPicker
            text={{
              role: (r) => pt.roles[r],
              none: (r) => (r === "tier" ? pt.tierFromSales : pt.none),
            }}
            header={snap.header}
            firstCol={snap.col}
            roles={planningJob.roles}
            value={list.columns}
            sources={list.sources}
            ask={job.asked}
            locale={locale}
            onChange={job.setColumn}
          />
          <Text className={s.muted} data-testid="tier-source">
            {list.columns.tier !== undefined ? pt.tierSourceColumn : pt.tierSourceSales}
            {located !== null ? ` ${pt.located({ located, rows: snap.rows.length })}` : ""}
          </Text>
          <JobListNotes t={props.t} locale={locale} job={job} />
          <Divider />
          <PlanOptionsForm
            locale={locale}
            form={form}
            errors={fieldErrors}
            labels={labels}
            reps={reps}
            onForm={setForm}
          />
        </>
      )}
      <JobFooter
        job={job}
        run={{
          text: pt.generate,
          working: pt.generating,
          onClick: () => void generate(),
          disabled: !snap,
          testId: "generate-plan",
        }}
        captions
        errorLines
        errorTestId="plan-error"
        messageTestId="plan-message"
      />
      <Divider />
      <VisitLogSection
        host={host}
        locale={locale}
        t={props.t}
        today={today}
        horizon={{ start: isoDate(form.startDate), weeks: form.weeks }}
        planBusy={busy}
        list={list?.snapshot}
        onReplan={(from, log) => generate({ from, log })}
      />
      {result && (
        <>
          <Divider />
          <PlanResultView
            pt={pt}
            plan={result.plan}
            capacity={result.capacity}
            customers={result.customers}
          />
          <PlanHoursView
            locale={locale}
            plan={result.plan}
            startDate={result.startDate}
            repOutput={result.repOutput}
            unreadRows={result.unreadRows}
          />
        </>
      )}
    </div>
  );
}
