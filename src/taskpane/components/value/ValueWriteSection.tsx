import * as React from "react";
import type { ValueWrite } from "../../../app/valueJob";
import { WriteSection, type WriteSectionProps } from "../WriteSection";
import { ValueRoleSelects, type ValueRoleSelectsProps } from "./ValueRoleSelects";
import type { ValueSectionProps } from "./valueForm";

export interface ValueWriteSectionProps
  extends ValueSectionProps, Omit<WriteSectionProps, "write" | "fields" | "title" | "hint"> {
  /** The section's title and the line under it. */
  heading: { title: string; hint?: string };
  /** The section's columns, first in its grid. */
  roles: ValueRoleSelectsProps["fields"];
  noneText?: string;
  /** The section's other fields, after its columns. */
  fields?: React.ReactNode;
  /** The form's write (null: a field is not valid). */
  write: ValueWrite | null;
  /** Whatever else the write waits for (its columns chosen, something to show). */
  ready: boolean;
  button: { text: string; testId: string; primary?: boolean };
}

/** One write of the Value tab: its columns, its other fields, what they give, its button. */
export function ValueWriteSection(props: ValueWriteSectionProps): React.JSX.Element {
  const { write } = props;
  return (
    <WriteSection
      title={props.heading.title}
      hint={props.heading.hint}
      lead={props.lead}
      fields={
        (props.roles.length > 0 || props.fields) && (
          <>
            <ValueRoleSelects {...props} fields={props.roles} />
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
