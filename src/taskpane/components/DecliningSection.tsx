import * as React from "react";
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ListSnapshot } from "../../host/types";
import type { LapsedCustomer } from "../../core/churn";
import { DEFAULT_DECLINE_THRESHOLD, DEFAULT_TREND_WINDOW } from "../../core/trend";
import { previousRank } from "../../core/list/compare";
import { DEFAULT_LABELS } from "../../core/tier";
import type { ChurnColumns } from "../../app/churn";
import { decliningFromList, guessPeriodColumns } from "../../app/declining";
import type { Locale } from "../../i18n/locale";
import { formatAmount } from "../../i18n/valueChurnUiText";
import { messages } from "../../i18n/messages";
import { ColumnSelect } from "./ColumnSelect";
import { useTabStyles } from "./tabStyles";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  input: { minWidth: 0, width: "100%" },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  name: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  // The value at risk takes what is left (about a third): amounts up to millions must fit.
  wName: { width: "36%" },
  wTier: { width: "12%" },
  wTrend: { width: "17%" },
  down: { color: tokens.colorPaletteRedForeground1 },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  big: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Rows of the pane's table (the Churn watch sheet lists them all). */
const TOP = 10;

export interface DecliningSectionProps {
  snapshot: ListSnapshot;
  /** Numeric columns (0-based) offered as periods. */
  numeric: readonly number[];
  /** Tier column guessed from the list (a previous Tier column), if any. */
  tierGuess?: number;
  /** The Churn tab's columns (name, id, rep, value at stake). */
  cols: Partial<ChurnColumns>;
  locale: Locale;
  /** The declining customers now (empty when the inputs are incomplete) and the window used. */
  onChange: (declining: LapsedCustomer[], window: number) => void;
  onSelect: (c: LapsedCustomer) => void;
}

/**
 * The Churn tab's "declining" list (issue 15): customers whose sales trend over the period
 * columns is below the threshold (default -30%), A customers first, by value at risk. The tab
 * writes them to the Churn watch sheet with the lapsed customers.
 */
export function DecliningSection(props: DecliningSectionProps): React.JSX.Element {
  const s = { ...useTabStyles(), ...useStyles() };
  const { snapshot: snap, locale, cols, onChange } = props;
  const t = messages(locale).valueClass.pane.declining;
  const guess = React.useMemo(
    () => guessPeriodColumns(snap.header, props.numeric),
    [snap, props.numeric]
  );
  const [first, setFirst] = React.useState<number | undefined>(guess?.[0]);
  const [last, setLast] = React.useState<number | undefined>(guess?.[1]);
  const [tier, setTier] = React.useState<number | undefined>(props.tierGuess);
  const [windowText, setWindowText] = React.useState(String(DEFAULT_TREND_WINDOW));
  const [threshold, setThreshold] = React.useState(String(DEFAULT_DECLINE_THRESHOLD * 100));

  const w = Number(windowText);
  const th = Number(threshold) / 100;
  const inputsOk =
    windowText.trim() !== "" && Number.isInteger(w) && w >= 1 && threshold.trim() !== "" && th < 0;
  const have = first !== undefined && last !== undefined && last >= first ? last - first + 1 : 0;
  const enough = inputsOk && have >= 2 * w;

  const declining = React.useMemo(() => {
    if (!enough || cols.name === undefined || first === undefined || last === undefined) return [];
    return decliningFromList(
      snap,
      { ...(cols as ChurnColumns), periods: [first, last], tier },
      { threshold: th, window: w }
    );
  }, [snap, cols, first, last, tier, th, w, enough]);
  React.useEffect(() => onChange(declining, w), [declining, w, onChange]);

  const risk = declining.reduce((a, x) => a + (Number.isFinite(x.value) ? x.value : 0), 0);
  // "A customers" as findDeclining ranks them first.
  const aCount = declining.filter(
    (x) => x.tier !== undefined && previousRank(x.tier, DEFAULT_LABELS) === 0
  ).length;
  const all = snap.header.map((_, i) => i);
  const top = declining.slice(0, TOP);
  return (
    <>
      <Subtitle2>{t.title}</Subtitle2>
      <Text className={s.muted}>{t.hint}</Text>
      <div className={s.grid}>
        <ColumnSelect
          label={t.firstPeriod}
          header={snap.header}
          firstCol={snap.col}
          columns={props.numeric}
          value={first}
          onChange={setFirst}
          noneText={t.none}
          testId="decline-first"
        />
        <ColumnSelect
          label={t.lastPeriod}
          header={snap.header}
          firstCol={snap.col}
          columns={props.numeric}
          value={last}
          onChange={setLast}
          noneText={t.none}
          testId="decline-last"
        />
        <ColumnSelect
          label={t.tier}
          header={snap.header}
          firstCol={snap.col}
          columns={all}
          value={tier}
          onChange={setTier}
          noneText={t.none}
          testId="decline-tier"
        />
        <Field label={t.window}>
          <Input
            className={s.input}
            value={windowText}
            inputMode="numeric"
            onChange={(_, d) => setWindowText(d.value)}
            data-testid="decline-window"
          />
        </Field>
        <Field label={t.threshold}>
          <Input
            className={s.input}
            value={threshold}
            inputMode="decimal"
            onChange={(_, d) => setThreshold(d.value)}
            data-testid="decline-threshold"
          />
        </Field>
      </div>
      {!inputsOk && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.invalid}</MessageBarBody>
        </MessageBar>
      )}
      {inputsOk && !enough && (
        <Text className={s.muted} data-testid="decline-need">
          {t.needPeriods({ needed: 2 * w, have })}
        </Text>
      )}
      {enough && (
        <>
          <Text className={s.big} data-testid="decline-summary">
            {declining.length > 0
              ? t.summary({
                  count: declining.length,
                  a: aCount,
                  value: formatAmount(locale, risk),
                })
              : t.noneDeclining}
          </Text>
          {top.length > 0 && (
            <>
              <Text className={s.muted}>{t.valueHint}</Text>
              <Table size="small" aria-label={t.title} data-testid="decline-table">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={s.wName}>{t.table.customer}</TableHeaderCell>
                    <TableHeaderCell className={s.wTier}>{t.table.tier}</TableHeaderCell>
                    <TableHeaderCell className={mergeClasses(s.wTrend, s.num)}>
                      {t.table.trend}
                    </TableHeaderCell>
                    <TableHeaderCell className={s.num}>{t.table.value}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {top.map((x) => (
                    <TableRow
                      key={x.row}
                      className={s.clickable}
                      tabIndex={0}
                      onClick={() => props.onSelect(x)}
                      onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && props.onSelect(x)}
                      data-row={x.row}
                    >
                      <TableCell className={s.name} title={x.name}>
                        {x.name}
                      </TableCell>
                      <TableCell>{x.tier ?? "—"}</TableCell>
                      <TableCell className={mergeClasses(s.num, s.down)}>
                        {`${Math.round((x.trend ?? NaN) * 100)}%`}
                      </TableCell>
                      <TableCell className={s.num}>{formatAmount(locale, x.value)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
        </>
      )}
    </>
  );
}
