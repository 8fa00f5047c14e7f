import * as React from "react";
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LeftOutReason } from "../../core/list/extent";
import {
  leaveOutRow,
  parseRowSpec,
  putBackRow,
  type RowOverride,
} from "../../core/list/rowOverride";
import { putBackRows } from "../../app/customerRows";
import type { ListSnapshot } from "../../host/types";
import type { Locale } from "../../i18n/locale";
import { messages } from "../../i18n/messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  reason: { color: tokens.colorNeutralForeground3 },
  leaveOutButton: { whiteSpace: "nowrap", minWidth: "auto" },
});

/** Rows listed one by one at most; the rest are counted. */
const MAX_LISTED = 12;

export interface RowCorrectionsProps {
  locale: Locale;
  /** The list as the job reads it (the correction applied: `putBack` names the rows put back). */
  snapshot: ListSnapshot;
  /** Rows left out (1-based sheet rows) with the reason, as the notes above show them. */
  leftOut: ReadonlyArray<{ row: number; reason: LeftOutReason }>;
  /** The user's correction now. */
  rows: RowOverride;
  /** Applies a correction; returns why it cannot be applied (empty: applied). */
  onRows: (rows: RowOverride) => string[];
  disabled?: boolean;
}

/**
 * The user corrects the rows the list reader decided on (issue 11): each left-out row (but a
 * blank one) can be put back as a customer, each row the user put back left out again, and any
 * row of the list (e.g. a test customer, a total the reader missed) left out by its number.
 * Test ids: `put-back-<row>`, `leave-out-again-<row>`, `leave-out-input`, `leave-out-button`,
 * `leave-out-error` (the field's message).
 */
export function RowCorrections(props: RowCorrectionsProps): React.JSX.Element {
  const s = useStyles();
  const t = messages(props.locale).rows;
  const [typed, setTyped] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);

  const apply = (next: RowOverride) => {
    const problems = props.onRows(next);
    setError(problems.length > 0 ? t.pane.sentence(problems.join(t.pane.sep)) : null);
    return problems.length === 0;
  };

  const leaveOut = () => {
    if (typed.trim() === "") {
      setError(t.pane.leaveOutEmpty);
      return;
    }
    const parsed = parseRowSpec(typed);
    if ("bad" in parsed) {
      setError(t.pane.sentence(t.problems.bad({ text: parsed.bad })));
      return;
    }
    const next = parsed.rows.reduce(leaveOutRow, props.rows);
    if (apply(next)) setTyped("");
  };

  const items: Array<{ row: number; label: string; back: boolean }> = [
    ...props.leftOut
      .filter((l) => l.reason !== "blank")
      .map((l) => ({ row: l.row, label: t.pane.reasons[l.reason], back: false })),
    ...putBackRows(props.snapshot).map((row) => ({
      row,
      label: t.pane.putBackByYou,
      back: true,
    })),
  ].sort((a, b) => a.row - b.row);
  const listed = items.slice(0, MAX_LISTED);

  return (
    <div className={s.root} data-testid="row-corrections">
      {listed.length > 0 && (
        <ul className={s.list}>
          {listed.map((item) => (
            <li key={item.row} className={s.item}>
              <Text size={200}>
                {t.pane.row({ row: item.row })} <span className={s.reason}>· {item.label}</span>
              </Text>
              {item.back ? (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={props.disabled}
                  aria-label={t.pane.undoPutBackLabel({ row: item.row })}
                  data-testid={`leave-out-again-${item.row}`}
                  onClick={() => apply(leaveOutRow(props.rows, item.row))}
                >
                  {t.pane.undoPutBack}
                </Button>
              ) : (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={props.disabled}
                  aria-label={t.pane.putBackLabel({ row: item.row })}
                  data-testid={`put-back-${item.row}`}
                  onClick={() => apply(putBackRow(props.rows, item.row))}
                >
                  {t.pane.putBack}
                </Button>
              )}
            </li>
          ))}
          {items.length > listed.length && (
            <li>
              <Text size={200}>{t.pane.more({ count: items.length - listed.length })}</Text>
            </li>
          )}
        </ul>
      )}
      <Field
        size="small"
        label={t.pane.leaveOutField}
        validationMessage={error ? <span data-testid="leave-out-error">{error}</span> : undefined}
        validationState={error ? "error" : "none"}
        validationMessageIcon={null}
      >
        <Input
          size="small"
          value={typed}
          placeholder={t.pane.leaveOutPlaceholder}
          disabled={props.disabled}
          data-testid="leave-out-input"
          onChange={(_, d) => {
            setTyped(d.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") leaveOut();
          }}
          contentAfter={
            <Button
              size="small"
              appearance="transparent"
              className={s.leaveOutButton}
              disabled={props.disabled}
              data-testid="leave-out-button"
              onClick={leaveOut}
            >
              {t.pane.leaveOut}
            </Button>
          }
        />
      </Field>
    </div>
  );
}
