import * as React from "react";
import { Field, Input, Textarea, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Fluent's Input is wider than half a task pane: let it shrink to its grid cell.
  input: { minWidth: 0, width: "100%" },
});

export interface TextFieldProps {
  label: string;
  /** The text as typed (the caller reads and validates it). */
  value: string;
  onChange: (text: string) => void;
  hint?: string;
  /** Shown under the field, in red, when set. */
  error?: string;
  /** The on-screen keyboard: "numeric" (whole numbers), "decimal". */
  inputMode?: "numeric" | "decimal";
  type?: "text" | "date";
  /** More than one line: a text area this many lines high, resizable in height. */
  lines?: number;
  testId?: string;
}

/** A labelled text input (or text area) that fits a grid cell of the pane (numbers typed as text, dates). */
export function TextField(props: TextFieldProps): React.JSX.Element {
  const s = useStyles();
  return (
    <Field label={props.label} hint={props.hint} validationMessage={props.error}>
      {props.lines ? (
        <Textarea
          className={s.input}
          value={props.value}
          rows={props.lines}
          resize="vertical"
          onChange={(_, d) => props.onChange(d.value)}
          data-testid={props.testId}
        />
      ) : (
        <Input
          className={s.input}
          value={props.value}
          type={props.type}
          inputMode={props.inputMode}
          onChange={(_, d) => props.onChange(d.value)}
          data-testid={props.testId}
        />
      )}
    </Field>
  );
}
