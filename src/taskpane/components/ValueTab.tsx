import * as React from "react";
import { Divider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/types";
import { conflictLetters } from "../../app/job";
import { defaultAxes } from "../../app/valueGuess";
import { valueJob, type ValueWrite } from "../../app/valueJob";
import type { Locale } from "../../i18n/locale";
import type { Messages } from "../../i18n/messages";
import { messages } from "../../i18n/messages";
import { JobFooter } from "./JobFooter";
import { JobListNotes } from "./ListReadNotes";
import { ListReadRow } from "./ListReadRow";
import { useTabStyles } from "./tabStyles";
import { useListJob } from "../hooks/useListJob";
import { SegmentSection } from "./value/SegmentSection";
import { ValueClassSection } from "./value/ValueClassSection";
import { ClvSection } from "./value/ClvSection";
import { CurrentValueSection } from "./value/CurrentValueSection";
import { ScoreSection } from "./value/ScoreSection";
import {
  DEFAULT_VALUE_FORM,
  formForNewList,
  type ValueForm,
  type ValueSectionProps,
} from "./value/valueForm";

export interface ValueTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
}

/**
 * The Value tab (valueJob): the segment matrix with its scatter and quadrant table, the value
 * classes, CLV, current/potential value and the multi-criteria score, each written as a column
 * right of the list after asking before anything is written over.
 */
export function ValueTab(props: ValueTabProps): React.JSX.Element {
  const s = useTabStyles();
  const { host, locale } = props;
  const t = messages(locale).value.pane;
  const [form, setForm] = React.useState<ValueForm>(DEFAULT_VALUE_FORM);
  const job = useListJob(valueJob, {
    host,
    locale,
    t: props.t,
    describeConflicts: ([c]) => t.confirm[c.code]({ columns: conflictLetters(c, locale) }),
    cancelledText: t.cancelled,
    // Another list: its columns are guessed afresh (the axes for the matrix shown), the cuts,
    // top share, current-value settings and score start afresh.
    onNewList: (l) => {
      setForm(formForNewList);
      if (form.matrix === "loyalty") return;
      const axes = defaultAxes(l.info, form.matrix);
      job.setColumn("x", axes.x);
      job.setColumn("y", axes.y);
    },
  });
  const { list, busy } = job;

  const onWrite = async (write: ValueWrite) => {
    const run = await job.run({ write, output: form.output });
    if (run?.written) job.setMessage(run.plan.result.message);
  };

  const snap = list?.snapshot;
  const section: ValueSectionProps | null = list && {
    list,
    form,
    onForm: setForm,
    setColumn: job.setColumn,
    locale,
    busy,
    onWrite: (w) => void onWrite(w),
  };
  return (
    <div className={s.root}>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={t.readList}
        refreshText={t.refreshList}
        onRead={() => void job.readAgain()}
        line={snap ? t.listFound({ rows: snap.rows.length, sheet: snap.sheet }) : null}
        lineTestId="value-list-line"
        problem={job.problem && t.noList}
        problemTestId="value-problem"
      />
      <JobListNotes t={props.t} locale={locale} job={job} />
      {list && list.info.numeric.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noNumeric}</MessageBarBody>
        </MessageBar>
      )}
      {section && section.list.info.numeric.length > 0 && (
        <>
          <SegmentSection {...section} />
          <Divider />
          <ValueClassSection {...section} />
          <Divider />
          <ClvSection {...section} />
          <Divider />
          <CurrentValueSection {...section} />
          <Divider />
          <ScoreSection {...section} />
        </>
      )}
      <JobFooter
        job={job}
        progressLabel={t.working}
        errorTestId="value-error"
        messageTestId="value-message"
        confirm={{ title: t.confirmTitle, replace: t.replace, cancel: t.cancel }}
      />
    </div>
  );
}
