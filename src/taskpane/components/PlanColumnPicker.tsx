import * as React from "react";
import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../core/a1";
import type { PlanRole, PlanUiText } from "../../i18n/planUiText";
import type { PlanRoles, PlanSources } from "./planForm";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface PlanColumnPickerProps {
  pt: PlanUiText;
  /** The list's header texts. */
  header: readonly string[];
  /** Sheet column of the list's first column (for the column letters). */
  firstCol: number;
  roles: readonly PlanRole[];
  /** Chosen column (0-based within the list) per role; undefined: none. */
  value: PlanRoles;
  sources: PlanSources;
  onChange: (role: PlanRole, col: number | undefined) => void;
}

/** One dropdown per plan column role, showing the guess; the user can correct it. */
export function PlanColumnPicker(props: PlanColumnPickerProps): React.JSX.Element {
  const s = useStyles();
  const { pt, header } = props;
  const label = (c: number) => `${columnLetter(props.firstCol + c)}: ${header[c] || "—"}`;
  return (
    <div className={s.grid}>
      {props.roles.map((role) => {
        const v = props.value[role];
        const src = v === undefined ? undefined : props.sources[role];
        const hint =
          src === "header"
            ? pt.guessedFromHeader
            : src === "content"
              ? pt.guessedFromContent
              : undefined;
        const noneText = role === "tier" ? pt.tierFromSales : pt.none;
        return (
          <Field
            key={role}
            label={pt.roles[role]}
            hint={hint ? <Caption1 className={s.hint}>{hint}</Caption1> : undefined}
          >
            <Dropdown
              aria-label={pt.roles[role]}
              data-role={role}
              value={v === undefined ? noneText : label(v)}
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
              <Option value="none">{noneText}</Option>
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
