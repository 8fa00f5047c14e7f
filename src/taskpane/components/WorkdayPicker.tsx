import * as React from "react";
import { Checkbox, Label, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface WorkdayPickerProps {
  label: string;
  /** Names of Monday..Saturday. */
  names: readonly string[];
  /** Ticked ISO weekdays (1 = Monday). */
  value: readonly number[];
  error?: string;
  onChange: (days: number[]) => void;
}

/**
 * Monday-Saturday checkboxes (Sunday is not a sales working day here). Not inside a Fluent
 * Field: a Field would label every checkbox with its own label.
 */
export function WorkdayPicker(props: WorkdayPickerProps): React.JSX.Element {
  const s = useStyles();
  const id = React.useId();
  const toggle = (d: number, on: boolean) => {
    const set = new Set(props.value);
    if (on) set.add(d);
    else set.delete(d);
    props.onChange([...set].sort((a, b) => a - b));
  };
  return (
    <div className={s.root}>
      <Label id={id}>{props.label}</Label>
      <div className={s.row} role="group" aria-labelledby={id}>
        {props.names.map((n, i) => (
          <Checkbox
            key={n}
            label={n}
            checked={props.value.includes(i + 1)}
            onChange={(_, d) => toggle(i + 1, d.checked === true)}
          />
        ))}
      </div>
      {props.error && (
        <Text size={200} className={s.error} role="alert">
          {props.error}
        </Text>
      )}
    </div>
  );
}
