import * as React from "react";
import { VerticalBarChart, type VerticalBarChartDataPoint } from "@fluentui/react-charts";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ColorLegend } from "./ColorLegend";
import type { ParetoSeries } from "../../core/list/summary";
import type { Messages } from "../../i18n/messages";

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalM },
});

export interface ParetoChartProps {
  t: Messages;
  series: ParetoSeries;
  labels: readonly string[];
  /** Bar colour per tier index (the tier bands). */
  colors: readonly string[];
  width?: number;
  height?: number;
}

/** Sorted sales per customer as bars coloured by tier, with the cumulative share as a line (right axis, %). */
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

export function ParetoChart(props: ParetoChartProps): React.JSX.Element {
  const s = useStyles();
  const t = props.t.tiering.pane;
  const data: VerticalBarChartDataPoint[] = props.series.points.map((p) => ({
    x: p.toRank,
    y: p.mean,
    color: props.colors[p.tier % props.colors.length],
    legend: props.labels[p.tier] ?? "",
    xAxisCalloutData: t.chartRanks({ from: p.fromRank, to: p.toRank }),
    lineData: {
      y: Math.round(p.cumulativeShare * 1000) / 10,
      useSecondaryYScale: true,
      yAxisCalloutData: `${(p.cumulativeShare * 100).toFixed(1)}%`,
    },
  }));
  return (
    <div className={s.root} data-testid="pareto-chart">
      <Text weight="semibold">{t.chartTitle}</Text>
      <VerticalBarChart
        data={data}
        height={props.height ?? 220}
        width={props.width}
        hideLegend
        lineLegendText={t.chartLine}
        lineLegendColor={tokens.colorNeutralForeground1}
        secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: 100 }}
        barWidth="auto"
        maxBarWidth={14}
        hideLabels
        yAxisTickFormat={(v: number) => compact.format(v)}
        xAxisTitle={t.chartAxisRank}
        margins={{ left: 52, right: 36, top: 12, bottom: 44 }}
      />
      <ColorLegend
        items={props.labels.map((l, i) => ({
          label: l,
          color: props.colors[i % props.colors.length],
        }))}
      >
        <span>── {t.chartLine}</span>
      </ColorLegend>
    </div>
  );
}
