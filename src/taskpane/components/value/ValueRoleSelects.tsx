import * as React from "react";
import type { ValueRole } from "../../../app/valueJob";
import { RoleSelects } from "../RoleSelects";
import type { ValueSectionProps } from "./valueForm";

export interface ValueRoleSelectsProps extends Pick<ValueSectionProps, "list" | "setColumn"> {
  /** The roles' dropdowns; `required`: no "none" choice. */
  fields: readonly { role: ValueRole; label: string; testId: string; required?: boolean }[];
  /** Text of the "no column" choice of the fields not required. */
  noneText?: string;
}

/** Dropdowns of the Value job's roles, each among the list's columns of numbers. */
export function ValueRoleSelects(props: ValueRoleSelectsProps): React.JSX.Element {
  const { list } = props;
  const { snapshot, numeric } = list.info;
  return (
    <RoleSelects
      header={snapshot.header}
      firstCol={snapshot.col}
      fields={props.fields.map((f) => ({ ...f, columns: numeric }))}
      columns={list.columns}
      sources={list.sources}
      noneText={props.noneText ?? ""}
      onColumn={props.setColumn}
    />
  );
}
