import * as React from "react";
import { LineChart, type ChartAnnotation, type LineChartPoints } from "@fluentui/react-charts";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ColorLegend } from "../ColorLegend";
import type { SegmentId } from "../../../core/segment";
import type { QuadrantStats, ScatterPoint } from "../../../core/segmentStats";

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalS },
});

/** Colour of each segment's points (the good quadrant green, the weak one grey). */
export const SEGMENT_COLORS: Readonly<Record<SegmentId, string>> = {
  core: "#107C10",
  atRisk: "#C50F1F",
  grow: "#0F6CBD",
  phaseOut: "#A19F9D",
  protect: "#107C10",
  costly: "#CA5010",
  passive: "#0F6CBD",
  challenging: "#C50F1F",
};

export interface QuadrantScatterProps {
  title: string;
  points: readonly ScatterPoint[];
  quadrants: readonly QuadrantStats[];
  xCut: number;
  yCut: number;
  xTitle: string;
  yTitle: string;
  /** Localised segment label. */
  label: (id: SegmentId) => string;
  cutLabel: string;
  culture: string;
  width?: number;
  height?: number;
}

/** Log scale when an axis is all positive and spans more than two decades (sales have a long tail). */
function useLog(values: number[]): boolean {
  if (values.length < 3) return false;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(v > 0)) return false;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi / lo > 100;
}

/**
 * The customers as a scatter (Fluent's LineChart in markers mode, which unlike ScatterChart can
 * also draw the cuts as dashed lines), one colour per quadrant, the quadrant names in the corners.
 */
export function QuadrantScatter(props: QuadrantScatterProps): React.JSX.Element {
  const s = useStyles();
  const { points, quadrants, xCut, yCut } = props;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const logX = useLog(xs);
  const logY = useLog(ys);
  const min = (a: number[], c: number) => Math.min(c, ...a);
  const max = (a: number[], c: number) => Math.max(c, ...a);
  const x0 = min(xs, xCut);
  const x1 = max(xs, xCut);
  const y0 = min(ys, yCut);
  const y1 = max(ys, yCut);
  // Customers as markers only; each cut as a thin dashed line across the data (a two-point series).
  const series: LineChartPoints[] = quadrants.map((q) => ({
    legend: props.label(q.id),
    color: SEGMENT_COLORS[q.id],
    lineOptions: { mode: "markers" },
    data: points.filter((p) => p.segment === q.id).map((p) => ({ x: p.x, y: p.y })),
  }));
  if (Number.isFinite(xCut) && Number.isFinite(yCut)) {
    const line = { mode: "lines" as const, strokeDasharray: "5 4", strokeWidth: 1.5 };
    const color = tokens.colorNeutralForeground2;
    const cutLine = (axis: string, ends: { x: number; y: number }[]) => ({
      legend: `${props.cutLabel} ${axis}`,
      color,
      lineOptions: line,
      data: ends.map((p) => ({ ...p, hideCallout: true })),
    });
    series.push(
      cutLine("x", [
        { x: xCut, y: y0 },
        { x: xCut, y: y1 },
      ]),
      cutLine("y", [
        { x: x0, y: yCut },
        { x: x1, y: yCut },
      ])
    );
  }
  const corner = (q: QuadrantStats): ChartAnnotation => ({
    id: q.id,
    text: props.label(q.id),
    coordinates: { type: "data", x: q.xHigh ? x1 : x0, y: q.yHigh ? y1 : y0 },
    layout: {
      align: q.xHigh ? "end" : "start",
      verticalAlign: q.yHigh ? "top" : "bottom",
      clipToBounds: true,
    },
    style: {
      textColor: SEGMENT_COLORS[q.id],
      fontWeight: 600,
      fontSize: "12px",
      backgroundColor: "rgba(255,255,255,0.8)",
      padding: "0 2px",
    },
  });
  return (
    <div className={s.root} data-testid="quadrant-scatter">
      <Text weight="semibold">{props.title}</Text>
      <LineChart
        data={{ chartTitle: props.title, lineChartData: series }}
        height={props.height ?? 260}
        width={props.width}
        hideLegend
        xAxisTitle={props.xTitle}
        yAxisTitle={props.yTitle}
        xScaleType={logX ? "log" : "default"}
        yScaleType={logY ? "log" : "default"}
        margins={{ right: 30 }}
        xAxisTickCount={4}
        yAxisTickCount={4}
        annotations={quadrants.map(corner)}
        culture={props.culture}
      />
      <ColorLegend
        dot
        items={quadrants.map((q) => ({
          label: `${props.label(q.id)} (${q.count})`,
          color: SEGMENT_COLORS[q.id],
        }))}
      >
        <span>╌ {props.cutLabel}</span>
      </ColorLegend>
    </div>
  );
}
