import * as React from "react";
import { Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";

export interface WorkStatusProps {
  /** 0..1; null: no bar. */
  progress: number | null;
  /** Accessible name of the bar; given, the bar is the large one (else the plain default bar). */
  progressLabel?: string;
  /** Shown under the bar (what is being done now). */
  progressCaption?: string;
  errors: readonly string[];
  /** One line per error (lists of problems); else the errors as one text. */
  errorLines?: boolean;
  message: string | null;
  errorTestId: string;
  messageTestId: string;
}

/** The bottom of a tab: progress bar, error bar and success bar. */
export function WorkStatus(props: WorkStatusProps): React.JSX.Element {
  const { progress, progressLabel, progressCaption, errors, message } = props;
  let bar: React.JSX.Element | null = null;
  if (progress !== null) {
    bar =
      progressLabel === undefined ? (
        <ProgressBar value={progress} />
      ) : (
        <ProgressBar value={progress} max={1} thickness="large" aria-label={progressLabel} />
      );
    if (progressCaption !== undefined)
      bar = (
        <Field validationMessage={progressCaption} validationState="none">
          {bar}
        </Field>
      );
  }
  return (
    <>
      {bar}
      {errors.length > 0 && (
        <MessageBar intent="error" data-testid={props.errorTestId}>
          <MessageBarBody>
            {props.errorLines ? errors.map((e, i) => <div key={i}>{e}</div>) : errors.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent="success" data-testid={props.messageTestId}>
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
