/**
 * Stands in for @fluentui/react-charts in jest (mapped in jest.config.js): the package loads
 * d3's ES modules, which jest does not transform. The charts are drawn and checked in the real
 * browser tests (test/browser); here each chart renders what it was given as data attributes:
 * - LineChart (the Value tab's scatter): data-testid "scatter-stub", one span per series
 *   (data-series = legend, data-points = its number of points), one per annotation;
 * - VerticalBarChart (the Tiering tab's Pareto chart): data-testid "chart-stub", data-points.
 */
import * as React from "react";

interface LineChartStubProps {
  data: { lineChartData?: { legend: string; data: unknown[] }[] };
  annotations?: { text: string }[];
}

export function LineChart(p: LineChartStubProps): React.JSX.Element {
  return (
    <div data-testid="scatter-stub">
      {(p.data.lineChartData ?? []).map((s) => (
        <span key={s.legend} data-series={s.legend} data-points={s.data.length} />
      ))}
      {(p.annotations ?? []).map((a) => (
        <span key={a.text} data-annotation={a.text} />
      ))}
    </div>
  );
}

export function VerticalBarChart(p: { data: unknown[] }): React.JSX.Element {
  return <div data-testid="chart-stub" data-points={p.data.length} />;
}
