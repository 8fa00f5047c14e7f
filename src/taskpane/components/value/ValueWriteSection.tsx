import * as React from "react";
import { WriteSection, type WriteSectionProps } from "../WriteSection";
import type { ValueRole, ValueWrite } from "../../../app/valueJob";
import { RoleSelects } from "../RoleSelects";
import type { ValueSectionProps } from "./valueForm";

export interface ValueWriteSectionProps
  extends ValueSectionProps, Omit<WriteSectionProps, "write" | "fields" | "title" | "hint"> {
  /** The section's title and the line under it. */
  heading: { title: string; hint?: string };
  /** The section's columns (role -> label), first in its grid. */
  roles: Partial<Record<ValueRole, string>>;
  /** Text of the "no column" choice of the roles a write can do without. */
  noneText?: string;
  /** The section's other fields, after its columns. */
  fields?: React.ReactNode;
  /** The form's write (null: a field is not valid). */
  write: ValueWrite | null;
  /** Whatever else the write waits for (its columns chosen, something to show). */
  ready: boolean;
  button: { text: string; testId: string; primary?: boolean };
}

/** Each role's dropdown: its test id, and whether the write needs it (no "none" choice then). */
const ROLE_FIELDS: Record<ValueRole, { testId: string; required?: boolean }> = {
  x: { testId: "axis-x", required: true },
  y: { testId: "axis-y", required: true },
  value: { testId: "class-value", required: true },
  cost: { testId: "class-cost" },
  potential: { testId: "class-potential" },
  margin: { testId: "clv-margin", required: true },
  profit: { testId: "ccv-profit", required: true },
  potentialProfit: { testId: "cpv-potential" },
};

/** One write of the Value tab: its columns, its other fields, what they give, its button. */
export function ValueWriteSection(props: ValueWriteSectionProps): React.JSX.Element {
  const { write, list } = props;
  const { snapshot, numeric } = list.info;
  const roles = Object.entries(props.roles) as [ValueRole, string][];
  return (
    <WriteSection
      title={props.heading.title}
      hint={props.heading.hint}
      lead={props.lead}
      fields={
        (roles.length > 0 || props.fields) && (
          <>
            <RoleSelects
              header={snapshot.header}
              firstCol={snapshot.col}
              fields={roles.map(([role, label]) => ({
                role,
                label,
                columns: numeric,
                ...ROLE_FIELDS[role],
              }))}
              columns={list.columns}
              sources={list.sources}
              locale={props.locale}
              noneText={props.noneText ?? ""}
              onColumn={props.setColumn}
            />
            {props.fields}
          </>
        )
      }
      warning={props.warning}
      write={{
        ...props.button,
        disabled: props.busy || !write || !props.ready,
        onClick: () => write && props.onWrite(write),
      }}
    >
      {props.children}
    </WriteSection>
  );
}
