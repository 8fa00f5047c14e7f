import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CheckIssue } from "../../core/list/checks";
import { listText } from "../../i18n/format";
import type { Messages } from "../../i18n/messages";
import { useTabStyles } from "./tabStyles";

export interface ChecksListProps {
  t: Messages;
  issues: readonly CheckIssue[];
}

/** The data checks in plain words, with worksheet row numbers. */
export function ChecksList(props: ChecksListProps): React.JSX.Element | null {
  const s = useTabStyles();
  const t = props.t.tiering.pane;
  if (props.issues.length === 0) return null;
  return (
    <div className={s.stack} role="list" aria-label={t.checksTitle} data-testid="checks">
      {props.issues.map((issue, i) => {
        const items = issue.errors ?? issue.duplicates?.slice(0, 3).map((d) => d.name);
        const names = items && listText(props.t.language.tag, items);
        const text = t.checks[issue.code]({
          count: issue.count,
          rows: t.rowList(issue.rows, issue.count),
          names,
        });
        return (
          <MessageBar
            key={i}
            intent={issue.severity === "error" ? "error" : "warning"}
            role="listitem"
            data-code={issue.code}
          >
            <MessageBarBody>
              {i === 0 && <MessageBarTitle>{t.checksTitle}</MessageBarTitle>}
              {text}
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}
