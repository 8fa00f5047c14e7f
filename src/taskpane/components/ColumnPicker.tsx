import * as React from "react";
import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnRole } from "../../core/list/columns";
import { columnLetter } from "../../core/a1";
import type { UiText } from "../../i18n/uiText";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ColumnPickerProps {
  t: UiText;
  /** The list's header texts. */
  header: readonly string[];
  /** Sheet column of the list's first column (for the column letters). */
  firstCol: number;
  roles: readonly ColumnRole[];
  /** Chosen column (0-based within the list) per role; undefined: none. */
  value: Partial<Record<ColumnRole, number>>;
  /** Where each choice came from, shown under the dropdown. */
  sources: Partial<Record<ColumnRole, "header" | "content" | "saved">>;
  onChange: (role: ColumnRole, col: number | undefined) => void;
}

/** One dropdown per column role, showing the guess; the user can correct it. */
export function ColumnPicker(props: ColumnPickerProps): React.JSX.Element {
  const s = useStyles();
  const { t, header } = props;
  const label = (c: number) => `${columnLetter(props.firstCol + c)}: ${header[c] || "—"}`;
  const hint = (role: ColumnRole) => {
    const src = props.sources[role];
    if (props.value[role] === undefined || !src) return undefined;
    return src === "header"
      ? t.tiering.guessedFromHeader
      : src === "content"
        ? t.tiering.guessedFromContent
        : t.tiering.remembered;
  };
  return (
    <div className={s.grid}>
      {props.roles.map((role) => {
        const v = props.value[role];
        const h = hint(role);
        return (
          <Field
            key={role}
            label={t.tiering.roles[role]}
            hint={h ? <Caption1 className={s.hint}>{h}</Caption1> : undefined}
          >
            <Dropdown
              aria-label={t.tiering.roles[role]}
              data-role={role}
              value={v === undefined ? t.tiering.none : label(v)}
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
              <Option value="none">{t.tiering.none}</Option>
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
