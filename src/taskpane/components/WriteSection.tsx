import * as React from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { useTabStyles } from "./tabStyles";

export interface WriteSectionProps {
  title: string;
  /** A line under the title. */
  hint?: string;
  /** What comes before the fields (e.g. a choice between two kinds). */
  lead?: React.ReactNode;
  /** The fields, two by two. */
  fields?: React.ReactNode;
  /** Why the fields cannot be written yet (a warning under them). */
  warning?: string;
  /** What the fields give (tables, charts), between them and the button. */
  children?: React.ReactNode;
  /** The section's write button. */
  write: {
    text: string;
    testId: string;
    disabled: boolean;
    onClick: () => void;
    primary?: boolean;
  };
}

/** One part of a tab that writes something: title, fields, what they give, and its button. */
export function WriteSection(props: WriteSectionProps): React.JSX.Element {
  const s = useTabStyles();
  const { write } = props;
  return (
    <>
      <Subtitle2>{props.title}</Subtitle2>
      {props.hint && <Text className={s.muted}>{props.hint}</Text>}
      {props.lead}
      {props.fields && <div className={s.grid}>{props.fields}</div>}
      {props.warning && (
        <MessageBar intent="warning">
          <MessageBarBody>{props.warning}</MessageBarBody>
        </MessageBar>
      )}
      {props.children}
      <div className={s.row}>
        <Button
          appearance={write.primary ? "primary" : "secondary"}
          onClick={write.onClick}
          disabled={write.disabled}
          data-testid={write.testId}
        >
          {write.text}
        </Button>
      </div>
    </>
  );
}
