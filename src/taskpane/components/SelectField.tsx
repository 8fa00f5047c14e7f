import * as React from "react";
import { Field, Select } from "@fluentui/react-components";

export interface SelectFieldProps<V extends string> {
  label: string;
  hint?: string;
  value: V;
  /** The choices, in the order shown. */
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A labelled dropdown of fixed choices. */
export function SelectField<V extends string>(props: SelectFieldProps<V>): React.JSX.Element {
  return (
    <Field label={props.label} hint={props.hint}>
      <Select
        aria-label={props.label}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
