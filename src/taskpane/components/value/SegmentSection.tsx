import * as React from "react";
import { Button, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { SegmentMatrix } from "../../../core/segment";
import type { OutputMode } from "../../../app/value";
import { defaultAxes } from "../../../app/valueGuess";
import { segmentPreview } from "../../../app/valueStats";
import { messages } from "../../../i18n/messages";
import { ErrorBoundary } from "../ErrorBoundary";
import { TextField } from "../TextField";
import { useTabStyles } from "../tabStyles";
import { QuadrantScatter } from "./QuadrantScatter";
import { QuadrantTable } from "./QuadrantTable";
import { ValueWriteSection } from "./ValueWriteSection";
import { readCut, type ValueSectionProps } from "./valueForm";

/** Points the scatter draws at most (a systematic sample beyond: see scatterPoints). */
const MAX_POINTS = 1000;

/**
 * The segment matrix (value x loyalty, or margin x cost to serve): its axes and cuts, the
 * scatter and the quadrant table at those cuts, the output of every write, the Segment column.
 */
export function SegmentSection(props: ValueSectionProps): React.JSX.Element {
  const s = useTabStyles();
  const { list, form, onForm, locale } = props;
  const t = messages(locale).value.pane;
  const snap = list.info.snapshot;
  const { x, y } = list.columns;
  const xCut = readCut(form.cuts.x);
  const yCut = readCut(form.cuts.y);
  const cutsOk = !Number.isNaN(xCut) && !Number.isNaN(yCut);
  const view = React.useMemo(
    () =>
      x === undefined || y === undefined || !cutsOk
        ? null
        : segmentPreview(snap, { x, y, matrix: form.matrix, xCut, yCut }, MAX_POINTS),
    [snap, x, y, form.matrix, xCut, yCut, cutsOk]
  );
  const culture = messages(locale).language.tag;
  const fmtCut = (v: number) =>
    Number.isFinite(v) ? v.toLocaleString(culture, { maximumFractionDigits: 2 }) : "—";
  const names = t.axes[form.matrix];

  const setMatrix = (matrix: SegmentMatrix) => {
    onForm({ ...form, matrix, cuts: { x: "", y: "" } });
    const axes = defaultAxes(list.info, matrix);
    props.setColumn("x", axes.x);
    props.setColumn("y", axes.y);
  };
  const cut = (a: "x" | "y") => (
    <TextField
      label={t.cutLabel({ axis: names[a] })}
      hint={t.cutHint({ median: fmtCut(view?.medians[`${a}Cut`] ?? NaN) })}
      error={Number.isNaN(readCut(form.cuts[a])) ? t.cutInvalid : undefined}
      value={form.cuts[a]}
      inputMode="decimal"
      onChange={(v) => onForm({ ...form, cuts: { ...form.cuts, [a]: v } })}
      testId={`cut-${a}`}
    />
  );
  return (
    <ValueWriteSection
      {...props}
      heading={{ title: t.matrixTitle }}
      lead={
        <RadioGroup
          value={form.matrix}
          onChange={(_, d) => setMatrix(d.value as SegmentMatrix)}
          layout="horizontal"
          aria-label={t.matrixTitle}
        >
          <Radio value="loyalty" label={t.matrices.loyalty} />
          <Radio value="cost" label={t.matrices.cost} />
        </RadioGroup>
      }
      roles={names}
      setColumn={(r, c) => {
        props.setColumn(r, c);
        // A new axis: its cut is the median again.
        if (r === "x" || r === "y") onForm({ ...form, cuts: { ...form.cuts, [r]: "" } });
      }}
      fields={
        <>
          {cut("x")}
          {cut("y")}
        </>
      }
      write={{ kind: "segment", matrix: form.matrix, xCut, yCut }}
      ready={!!view}
      button={{ text: t.writeSegment, testId: "write-segment", primary: true }}
    >
      {(form.cuts.x !== "" || form.cuts.y !== "") && (
        <div>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => onForm({ ...form, cuts: { x: "", y: "" } })}
          >
            {t.resetCuts}
          </Button>
        </div>
      )}
      {view && x !== undefined && y !== undefined && (
        <>
          <ErrorBoundary fallback={null}>
            <QuadrantScatter
              title={t.chartTitle}
              points={view.points}
              quadrants={view.stats.quadrants}
              xCut={view.stats.xCut}
              yCut={view.stats.yCut}
              xTitle={snap.header[x] || names.x}
              yTitle={snap.header[y] || names.y}
              label={(id) => t.segments[id].label}
              cutLabel={`${t.cutLine}: ${fmtCut(view.stats.xCut)} / ${fmtCut(view.stats.yCut)}`}
              culture={culture}
            />
          </ErrorBoundary>
          <QuadrantTable t={t} locale={locale} quadrants={view.stats.quadrants} />
          {view.stats.missing > 0 && (
            <Text className={s.muted}>{t.missing({ count: view.stats.missing })}</Text>
          )}
        </>
      )}
      <Field label={t.outputTitle}>
        <RadioGroup
          value={form.output}
          onChange={(_, d) => onForm({ ...form, output: d.value as OutputMode })}
          layout="horizontal"
        >
          <Radio value="formulas" label={t.outputFormulas} />
          <Radio value="values" label={t.outputValues} />
        </RadioGroup>
      </Field>
    </ValueWriteSection>
  );
}
