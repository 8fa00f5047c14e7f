import * as React from "react";
import type { RoleColumns, RoleSources } from "../../app/job";
import type { Locale } from "../../i18n/locale";
import { ColumnSelect } from "./ColumnSelect";

/** One dropdown of {@link RoleSelects}. */
export interface RoleSelectField<R extends string> {
  role: R;
  label: string;
  /** The columns offered (0-based within the list). */
  columns: readonly number[];
  /** A column must be chosen: no "none" choice. */
  required?: boolean;
  testId?: string;
}

export interface RoleSelectsProps<R extends string> {
  /** The list's header texts. */
  header: readonly string[];
  /** Sheet column of the list's first column (for the letters). */
  firstCol: number;
  fields: readonly RoleSelectField<R>[];
  /** The chosen columns (useListJob's `list.columns`). */
  columns: RoleColumns<R>;
  /** Where each choice came from (useListJob's `list.sources`): the cue under each dropdown. */
  sources: RoleSources<R>;
  /** Roles that get a "Please choose" cue while they have no column (useListJob's `asked`). */
  asked?: readonly R[];
  /** Language of the cues. */
  locale: Locale;
  /** Text of the "no column" choice. */
  noneText: string;
  onColumn: (role: R, col: number | undefined) => void;
}

/**
 * A job's column dropdowns, one per field, each with its confidence cue, side by side in the
 * caller's grid (the caller may add its other fields to the same grid).
 */
export function RoleSelects<R extends string>(props: RoleSelectsProps<R>): React.JSX.Element {
  return (
    <>
      {props.fields.map((f) => (
        <ColumnSelect
          key={f.role}
          label={f.label}
          header={props.header}
          firstCol={props.firstCol}
          columns={f.columns}
          value={props.columns[f.role]}
          onChange={(v) => props.onColumn(f.role, v)}
          noneText={f.required ? undefined : props.noneText}
          testId={f.testId}
          cue={{
            locale: props.locale,
            source: props.sources[f.role],
            ask: !!props.asked?.includes(f.role),
          }}
        />
      ))}
    </>
  );
}
