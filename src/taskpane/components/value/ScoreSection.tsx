import * as React from "react";
import { messages } from "../../../i18n/messages";
import { ValueWriteSection } from "./ValueWriteSection";
import { ScoreBuilder } from "./ScoreBuilder";
import { scoreWrite, type ValueSectionProps } from "./valueForm";

/** The multi-criteria score (CRM.SCORE) of weighted indicator columns, and its tier beside it. */
export function ScoreSection(props: ValueSectionProps): React.JSX.Element {
  const { list, form } = props;
  const t = messages(props.locale).value.pane;
  const snap = list.info.snapshot;
  return (
    <ValueWriteSection
      {...props}
      heading={{ title: t.scoreTitle, hint: t.scoreHint }}
      roles={{}}
      write={scoreWrite(form)}
      ready
      button={{ text: t.writeScore, testId: "write-score" }}
    >
      <ScoreBuilder
        t={t}
        header={snap.header}
        firstCol={snap.col}
        columns={list.info.numeric}
        value={form.score}
        onChange={(score) => props.onForm({ ...form, score })}
      />
    </ValueWriteSection>
  );
}
