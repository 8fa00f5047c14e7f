import * as React from "react";
import { TextField } from "../TextField";
import type { ValueForm } from "./valueForm";

/** The form's groups of text settings (one write's each). */
type Group = "clv" | "current";

export interface FormTextFieldsProps<G extends Group> {
  form: ValueForm;
  onForm: (f: ValueForm) => void;
  group: G;
  fields: readonly {
    name: keyof ValueForm[G] & string;
    label: string;
    hint?: string;
    inputMode: "numeric" | "decimal";
    testId?: string;
  }[];
}

/** The text settings of one write (e.g. the CLV's retention, discount, horizon), edited in place. */
export function FormTextFields<G extends Group>(props: FormTextFieldsProps<G>): React.JSX.Element {
  const { form, group } = props;
  const values = form[group] as Record<string, string>;
  return (
    <>
      {props.fields.map((f) => (
        <TextField
          key={f.name}
          {...f}
          value={values[f.name]}
          onChange={(v) => props.onForm({ ...form, [group]: { ...values, [f.name]: v } })}
        />
      ))}
    </>
  );
}
