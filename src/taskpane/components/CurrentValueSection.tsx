import * as React from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import type { ListSnapshot } from "../../host/types";
import { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON } from "../../core/clv";
import { buildCurrentValueWrite, type ColumnWritePlan, type OutputMode } from "../../app/value";
import type { Locale } from "../../i18n/locale";
import { messages } from "../../i18n/messages";
import { ColumnSelect } from "./ColumnSelect";
import { useTabStyles } from "./tabStyles";
import { TextField } from "./TextField";
import type { RunWrite } from "./ValueClassSection";

export interface CurrentValueSectionProps {
  snapshot: ListSnapshot;
  numeric: readonly number[];
  /** First choices guessed from the list (profit: the margin column; potential: a "potential" header). */
  initial: { profit?: number; potential?: number };
  locale: Locale;
  output: OutputMode;
  busy: boolean;
  runWrite: RunWrite;
  letters: (p: ColumnWritePlan) => string;
}

/**
 * Current value (CRM.CCV) of the profit column and, where a potential profit column exists,
 * potential value (CRM.CPV) beside it (issue 15 part 1).
 */
export function CurrentValueSection(props: CurrentValueSectionProps): React.JSX.Element {
  const s = useTabStyles();
  const { snapshot: snap, locale } = props;
  const t = messages(locale).valueClass.pane.current;
  const [cols, setCols] = React.useState(props.initial);
  const [periods, setPeriods] = React.useState(String(DEFAULT_HORIZON));
  const [discount, setDiscount] = React.useState(String(DEFAULT_DISCOUNT_RATE * 100));
  const T = Number(periods);
  const i = Number(discount) / 100;
  const ok =
    periods.trim() !== "" &&
    Number.isInteger(T) &&
    T >= 1 &&
    discount.trim() !== "" &&
    i >= 0 &&
    i <= 1;

  const onWrite = () => {
    if (cols.profit === undefined || !ok) return;
    const { profit, potential } = cols;
    return props.runWrite(
      potential === undefined ? 1 : 2,
      (sn, beyond, replace) =>
        buildCurrentValueWrite(sn, {
          profit,
          potential,
          // The functions' defaults are left out of the formula, so it stays short.
          periods: T === DEFAULT_HORIZON ? undefined : T,
          discount: i === DEFAULT_DISCOUNT_RATE ? undefined : i,
          output: props.output,
          locale,
          beyond,
          replaceExisting: replace,
        }),
      (p) => t.written({ columns: props.letters(p) })
    );
  };

  return (
    <>
      <Subtitle2>{t.title}</Subtitle2>
      <Text className={s.muted}>{t.hint}</Text>
      <div className={s.grid}>
        <ColumnSelect
          label={t.profit}
          header={snap.header}
          firstCol={snap.col}
          columns={props.numeric}
          value={cols.profit}
          onChange={(profit) => setCols({ ...cols, profit })}
          testId="ccv-profit"
        />
        <ColumnSelect
          label={t.potential}
          header={snap.header}
          firstCol={snap.col}
          columns={props.numeric}
          value={cols.potential}
          onChange={(potential) => setCols({ ...cols, potential })}
          noneText={t.none}
          testId="cpv-potential"
        />
        <TextField
          label={t.periods}
          value={periods}
          inputMode="numeric"
          onChange={setPeriods}
          testId="ccv-periods"
        />
        <TextField label={t.discount} value={discount} inputMode="decimal" onChange={setDiscount} />
      </div>
      {!ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.invalid}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Button
          onClick={onWrite}
          disabled={props.busy || !ok || cols.profit === undefined}
          data-testid="write-ccv"
        >
          {t.write}
        </Button>
      </div>
    </>
  );
}
