import * as React from "react";
import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../core/excel/a1";
import { columnCue } from "../../app/columnCue";
import type { RoleSources } from "../../app/job";
import type { Locale } from "../../i18n/locale";
import { ColumnCue } from "./ColumnCue";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalS },
});

/** The texts a picker shows; each tab passes its own (tiering, visit plan ...). */
export interface ColumnPickerText<R extends string> {
  role: (role: R) => string;
  /** The "no column" choice of a role (e.g. "(none)", or "compute from sales" for a tier). */
  none: (role: R) => string;
}

export interface ColumnPickerProps<R extends string> {
  text: ColumnPickerText<R>;
  /** Language of the confidence cues. */
  locale: Locale;
  /** The list's header texts. */
  header: readonly string[];
  /** Sheet column of the list's first column (for the column letters). */
  firstCol: number;
  roles: readonly R[];
  /** Chosen column (0-based within the list) per role; undefined: none. */
  value: Partial<Record<R, number>>;
  /** Where each choice came from (`JobList.sources`), shown as a cue under the dropdown. */
  sources: RoleSources<R>;
  /** Roles that get a "Please choose" cue while they have no column (`useListJob`'s `asked`). */
  ask?: readonly string[];
  onChange: (role: R, col: number | undefined) => void;
}

/**
 * One dropdown per column role, showing the guess with its confidence cue (`ColumnCue`:
 * matched the header, guessed from the contents, remembered, chosen by you, please choose);
 * the user can correct it, and the cue follows.
 */
export function ColumnPicker<R extends string>(props: ColumnPickerProps<R>): React.JSX.Element {
  const s = useStyles();
  const { text, header } = props;
  const label = (c: number) => `${columnLetter(props.firstCol + c)}: ${header[c] || "—"}`;
  return (
    <div className={s.grid}>
      {props.roles.map((role) => {
        const v = props.value[role];
        const cue = columnCue(header, v, props.sources[role], !!props.ask?.includes(role));
        const none = text.none(role);
        return (
          <Field
            key={role}
            label={text.role(role)}
            hint={
              cue ? (
                <ColumnCue cue={cue} locale={props.locale} testId={`column-cue-${role}`} />
              ) : undefined
            }
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
