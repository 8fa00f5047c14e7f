import * as React from "react";
import { Field, SpinButton } from "@fluentui/react-components";

export interface NumberFieldProps {
  label: string;
  /** The number, or NaN while the user's text is not one. */
  value: number;
  min: number;
  max: number;
  step?: number;
  error?: string;
  onChange: (v: number) => void;
}

/** A SpinButton whose typed text is read too (Fluent reports typed text as `displayValue`). */
export function NumberField(props: NumberFieldProps): React.JSX.Element {
  return (
    <Field
      label={props.label}
      validationMessage={props.error}
      validationState={props.error ? "error" : "none"}
    >
      <SpinButton
        aria-label={props.label}
        value={Number.isFinite(props.value) ? props.value : null}
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        onChange={(_, d) => {
          const v =
            d.value ??
            (d.displayValue !== undefined && d.displayValue.trim() !== ""
              ? Number(d.displayValue)
              : NaN);
          props.onChange(typeof v === "number" ? v : NaN);
        }}
      />
    </Field>
  );
}
