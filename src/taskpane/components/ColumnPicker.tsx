import * as React from "react";
import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../core/excel/a1";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Where a column choice came from, shown under its dropdown. */
export type ColumnSource = "header" | "content" | "saved";

/** The texts a picker shows; each tab passes its own (tiering, visit plan ...). */
export interface ColumnPickerText<R extends string> {
  role: (role: R) => string;
  /** The "no column" choice of a role (e.g. "(none)", or "compute from sales" for a tier). */
  none: (role: R) => string;
  /** The line under a dropdown saying where the guess came from (undefined: no line). */
  source: (source: ColumnSource) => string | undefined;
}

export interface ColumnPickerProps<R extends string> {
  text: ColumnPickerText<R>;
  /** The list's header texts. */
  header: readonly string[];
  /** Sheet column of the list's first column (for the column letters). */
  firstCol: number;
  roles: readonly R[];
  /** Chosen column (0-based within the list) per role; undefined: none. */
  value: Partial<Record<R, number>>;
  /** Where each choice came from, shown under the dropdown. */
  sources: Partial<Record<R, ColumnSource>>;
  onChange: (role: R, col: number | undefined) => void;
}

/** One dropdown per column role, showing the guess; the user can correct it. */
export function ColumnPicker<R extends string>(props: ColumnPickerProps<R>): React.JSX.Element {
  const s = useStyles();
  const { text, header } = props;
  const label = (c: number) => `${columnLetter(props.firstCol + c)}: ${header[c] || "—"}`;
  const hint = (role: R) => {
    const src = props.sources[role];
    return props.value[role] === undefined || !src ? undefined : text.source(src);
  };
  return (
    <div className={s.grid}>
      {props.roles.map((role) => {
        const v = props.value[role];
        const h = hint(role);
        const none = text.none(role);
        return (
          <Field
            key={role}
            label={text.role(role)}
            hint={h ? <Caption1 className={s.hint}>{h}</Caption1> : undefined}
          >
            <Dropdown
              aria-label={text.role(role)}
              data-role={role}
              value={v === undefined ? none : label(v)}
              selectedOptions={[v === undefined ? "none" : String(v)]}
              onOptionSelect={(_, d) =>
                props.onChange(
                  role,
                  d.optionValue === "none" || d.optionValue === undefined
                    ? undefined
                    : Number(d.optionValue)
                )
              }
            >
              <Option value="none">{none}</Option>
              {header.map((_, c) => (
                <Option key={c} value={String(c)}>
                  {label(c)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
