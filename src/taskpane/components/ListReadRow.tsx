import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useTabStyles } from "./tabStyles";

export interface ListReadRowProps {
  busy: boolean;
  /** A list has been read: the button says "Read again". */
  listed: boolean;
  readText: string;
  refreshText: string;
  onRead: () => void;
  /** Where the list is (sheet, rows); null: nothing to say. */
  line: string | null;
  lineTestId: string;
  /** Why no list was found; null: none. */
  problem: string | null;
  problemTestId: string;
}

/** The top of a tab: Read list / Read again, where the list is, or why there is none. */
export function ListReadRow(props: ListReadRowProps): React.JSX.Element {
  const s = useTabStyles();
  return (
    <>
      <div className={s.row}>
        <Button onClick={props.onRead} disabled={props.busy}>
          {props.listed ? props.refreshText : props.readText}
        </Button>
        {props.line && (
          <Text className={s.muted} data-testid={props.lineTestId}>
            {props.line}
          </Text>
        )}
      </div>
      {props.problem && (
        <MessageBar intent="warning" data-testid={props.problemTestId}>
          <MessageBarBody>{props.problem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
