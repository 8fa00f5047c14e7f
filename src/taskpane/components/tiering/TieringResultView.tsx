import * as React from "react";
import { Divider, Subtitle2 } from "@fluentui/react-components";
import type { ListSnapshot, Rect } from "../../../host/types";
import { DEFAULT_LABELS } from "../../../core/tier";
import { firstDataRow, listRowRect, type TieringResult } from "../../../app/tiering";
import type { Locale } from "../../../i18n/locale";
import type { Messages } from "../../../i18n/messages";
import { SummaryTable } from "../SummaryTable";
import { ParetoChart } from "../ParetoChart";
import { ComparisonView } from "../ComparisonView";
import { ErrorBoundary } from "../ErrorBoundary";

/** Colours of the tiers in the pane (stronger than the sheet's pale fills, readable as bars). */
export const PANE_TIER_COLORS: readonly string[] = [
  "#107C10",
  "#0F6CBD",
  "#C19C00",
  "#CA5010",
  "#C50F1F",
  "#8764B8",
  "#616161",
  "#038387",
];

export interface TieringResultViewProps {
  t: Messages;
  locale: Locale;
  result: TieringResult;
  /** The list the result was computed from. */
  snapshot: ListSnapshot;
  /** Selects a row of the list (a click in the comparison). */
  onSelect: (rect: Rect) => void;
}

/** What the tiers say: the summary per tier, the Pareto chart, the comparison with earlier tiers. */
export function TieringResultView(props: TieringResultViewProps): React.JSX.Element {
  const { t, locale, result: res, snapshot } = props;
  return (
    <>
      <Divider />
      <Subtitle2>{t.tiering.pane.summaryTitle}</Subtitle2>
      <SummaryTable
        t={t}
        locale={locale}
        summary={res.summary}
        concentration={res.concentration}
        colors={PANE_TIER_COLORS}
      />
      <ErrorBoundary fallback={null}>
        <ParetoChart
          t={t}
          series={res.paretoSeries}
          labels={res.options.labels ?? DEFAULT_LABELS}
          colors={PANE_TIER_COLORS}
        />
      </ErrorBoundary>
      {res.comparison && (
        <ComparisonView
          t={t}
          locale={locale}
          comparison={res.comparison}
          sheetRow={(i) => firstDataRow(snapshot) + i + 1}
          name={(i) => {
            const c = res.columns.customer;
            const v = c === undefined ? null : snapshot.rows[i]?.[c];
            return v === null || v === undefined ? "" : String(v);
          }}
          onSelectRow={(i) => props.onSelect(listRowRect(snapshot, i))}
        />
      )}
    </>
  );
}
