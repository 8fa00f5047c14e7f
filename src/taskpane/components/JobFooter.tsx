import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { JobStatus } from "../hooks/useListJob";
import { ConfirmDialog } from "./ConfirmDialog";
import { WorkStatus } from "./WorkStatus";
import { useTabStyles } from "./tabStyles";

/** The texts of the question asked before a write replaces something. */
export interface ConfirmTexts {
  title: string;
  replace: string;
  cancel: string;
}

/** The tab's run button: its text, and what it says while the job works. */
export interface RunButton {
  text: string;
  working: string;
  onClick: () => void;
  /** Disabled besides while the job works. */
  disabled?: boolean;
  testId: string;
}

interface JobFooterCommon {
  /** The run button (absent: the tab's writes are its sections' buttons). */
  run?: RunButton;
  /** More buttons in the run button's row, after it. */
  children?: React.ReactNode;
  /** The bar's accessible name (the large bar); absent: the plain bar. */
  progressLabel?: string;
  /** The bar is named and captioned by what the job says it is doing (its progress label). */
  captions?: boolean;
  /** One line per error (lists of problems); else the errors as one text. */
  errorLines?: boolean;
  errorTestId: string;
  messageTestId: string;
}

/**
 * A job that can ask before writing needs the dialog's texts; one that cannot takes none
 * (`useListJob`'s `canConflict` tells them apart).
 */
export type JobFooterProps = JobFooterCommon &
  (
    { job: JobStatus<false>; confirm?: undefined } | { job: JobStatus<true>; confirm: ConfirmTexts }
  );

/**
 * The bottom of a list tab, fed by its `useListJob` state: the run button (its text says when
 * the job works), the progress bar, the error and outcome lines, and the question asked before
 * a write replaces something (yes/no go to `job.answer`).
 */
export function JobFooter(props: JobFooterProps): React.JSX.Element {
  const s = useTabStyles();
  const { job, run, confirm } = props;
  const label = props.captions ? (job.progress?.label ?? props.progressLabel) : props.progressLabel;
  return (
    <>
      {(run || props.children) && (
        <div className={s.row}>
          {run && (
            <Button
              appearance="primary"
              onClick={run.onClick}
              disabled={job.busy || !!run.disabled}
              data-testid={run.testId}
            >
              {job.busy ? run.working : run.text}
            </Button>
          )}
          {props.children}
        </div>
      )}
      <WorkStatus
        progress={job.progress?.value ?? null}
        progressLabel={label}
        progressCaption={props.captions ? job.progress?.label : undefined}
        errors={job.errors}
        errorLines={props.errorLines}
        message={job.message}
        errorTestId={props.errorTestId}
        messageTestId={props.messageTestId}
      />
      {confirm && (
        <ConfirmDialog
          open={job.asking !== null}
          title={confirm.title}
          message={job.asking ?? ""}
          confirmText={confirm.replace}
          cancelText={confirm.cancel}
          onConfirm={() => job.answer(true)}
          onCancel={() => job.answer(false)}
        />
      )}
    </>
  );
}
