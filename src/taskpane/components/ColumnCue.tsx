import * as React from "react";
import { Badge, Caption1, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import {
  ArrowCounterclockwise12Regular,
  CheckmarkCircle12Filled,
  Edit12Regular,
  QuestionCircle12Filled,
  Warning12Filled,
} from "@fluentui/react-icons";
import type { ColumnCueKind } from "../../core/roles";
import type { ColumnCue as Cue } from "../../app/columnCue";
import type { Locale } from "../../i18n/locale";
import { messages } from "../../i18n/messages";

const useStyles = makeStyles({
  // Wraps under the badge at 320 px rather than squeezing a long header.
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** Badge colour and icon per cue: green sure, amber check it, grey remembered/yours, red choose. */
const LOOK: Record<ColumnCueKind, { color: BadgeProps["color"]; icon: React.JSX.Element }> = {
  header: { color: "success", icon: <CheckmarkCircle12Filled /> },
  content: { color: "warning", icon: <Warning12Filled /> },
  saved: { color: "informative", icon: <ArrowCounterclockwise12Regular /> },
  user: { color: "brand", icon: <Edit12Regular /> },
  ask: { color: "danger", icon: <QuestionCircle12Filled /> },
};

export interface ColumnCueProps {
  cue: Cue;
  locale: Locale;
  /** Test id of the cue (its kind is in `data-cue`). */
  testId?: string;
}

/**
 * The confidence cue next to a chosen column: a badge saying how far to trust the choice
 * ("Confident", "Check it", "Remembered", "Chosen by you", "Please choose") and where it came from
 * (matched the header "月销售额", guessed from the contents ...).
 */
export function ColumnCue(props: ColumnCueProps): React.JSX.Element {
  const s = useStyles();
  const text = messages(props.locale).columnCue.pane;
  const { kind, header } = props.cue;
  const detail =
    kind === "user"
      ? undefined
      : kind === "header"
        ? text.detail.header({ header: header ?? "" })
        : text.detail[kind];
  return (
    <span className={s.row} data-testid={props.testId} data-cue={kind}>
      <Badge appearance="tint" shape="rounded" color={LOOK[kind].color} icon={LOOK[kind].icon}>
        {text.badge[kind]}
      </Badge>
      {detail && <Caption1 className={s.detail}>{detail}</Caption1>}
    </span>
  );
}
