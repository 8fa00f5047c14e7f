import * as React from "react";
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { columnLetter } from "../../core/excel/a1";
import { columnCue } from "../../app/columnCue";
import type { RoleSource } from "../../app/job";
import type { Locale } from "../../i18n/locale";
import { ColumnCue } from "./ColumnCue";

const useStyles = makeStyles({
  // Fluent's Dropdown has a 250px minimum: too wide for two side by side in a task pane.
  dropdown: { minWidth: 0, width: "100%" },
  hint: { display: "flex", flexDirection: "column", rowGap: "2px" },
});

/** The confidence cue of a ColumnSelect's choice (see ColumnPicker: the same cue). */
export interface ColumnSelectCue {
  locale: Locale;
  /** Where the choice came from (`JobList.sources[role]` of useListJob). */
  source: RoleSource | undefined;
  /** Show "Please choose" while no column is chosen (a role in useListJob's `asked`). */
  ask?: boolean;
}

export interface ColumnSelectProps {
  label: string;
  header: readonly string[];
  /** Sheet column of the list's first column (for the letters). */
  firstCol: number;
  /** Columns offered (0-based within the list). */
  columns: readonly number[];
  value: number | undefined;
  onChange: (col: number | undefined) => void;
  /** Text of the "no column" choice; omitted: a column must be chosen. */
  noneText?: string;
  hint?: string;
  testId?: string;
  /** Show the choice's confidence cue under the dropdown (test id: `<testId>-cue`). */
  cue?: ColumnSelectCue;
}

/** One dropdown choosing a column of the list ("D: 月销售额"). */
export function ColumnSelect(props: ColumnSelectProps): React.JSX.Element {
  const name = (c: number) => `${columnLetter(props.firstCol + c)}: ${props.header[c] || "—"}`;
  const v = props.value;
  const s = useStyles();
  const c = props.cue && columnCue(props.header, v, props.cue.source, !!props.cue.ask);
  const hint =
    c && props.cue ? (
      <span className={s.hint}>
        <ColumnCue
          cue={c}
          locale={props.cue.locale}
          testId={props.testId ? `${props.testId}-cue` : undefined}
        />
        {props.hint}
      </span>
    ) : (
      props.hint
    );
  return (
    <Field label={props.label} hint={hint}>
      <Dropdown
        className={s.dropdown}
        aria-label={props.label}
        data-testid={props.testId}
        value={v === undefined ? (props.noneText ?? "") : name(v)}
        selectedOptions={[v === undefined ? "none" : String(v)]}
        onOptionSelect={(_, d) =>
          props.onChange(
            d.optionValue === "none" || d.optionValue === undefined
              ? undefined
              : Number(d.optionValue)
          )
        }
      >
        {props.noneText !== undefined && <Option value="none">{props.noneText}</Option>}
        {props.columns.map((c) => (
          <Option key={c} value={String(c)}>
            {name(c)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
