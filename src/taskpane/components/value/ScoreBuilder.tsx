import * as React from "react";
import { Checkbox, Slider, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../../core/excel/a1";
import type { ValueUiText } from "../../../i18n/types";
import { addWeight, removeWeight, setWeight } from "./scoreWeights";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", paddingLeft: tokens.spacingHorizontalXXL },
  row: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  slider: { flexGrow: 1, minWidth: "120px" },
  pct: { minWidth: "3em", textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** One chosen indicator: list column, weight in % (the chosen ones add to 100), direction. */
export interface ScoreIndicatorChoice {
  col: number;
  weight: number;
  lowerIsBetter: boolean;
}

export interface ScoreBuilderProps {
  t: ValueUiText;
  header: readonly string[];
  firstCol: number;
  /** Columns offered (the numeric ones). */
  columns: readonly number[];
  value: readonly ScoreIndicatorChoice[];
  onChange: (v: ScoreIndicatorChoice[]) => void;
}

/** Indicator checkboxes; for each chosen one a weight slider (percentages kept at 100 in all) and a "lower is better" switch. */
export function ScoreBuilder(props: ScoreBuilderProps): React.JSX.Element {
  const s = useStyles();
  const { t, value } = props;
  const name = (c: number) => `${columnLetter(props.firstCol + c)}: ${props.header[c] || "—"}`;
  const toggle = (col: number, on: boolean) => {
    const i = value.findIndex((v) => v.col === col);
    if (on && i < 0) {
      const w = addWeight(value.map((v) => v.weight));
      const next = [...value, { col, weight: 0, lowerIsBetter: false }].map((v, k) => ({
        ...v,
        weight: w[k],
      }));
      props.onChange(next.sort((a, b) => a.col - b.col));
    } else if (!on && i >= 0) {
      const w = removeWeight(
        value.map((v) => v.weight),
        i
      );
      props.onChange(value.filter((_, k) => k !== i).map((v, k) => ({ ...v, weight: w[k] })));
    }
  };
  const move = (i: number, v: number) => {
    const w = setWeight(
      value.map((x) => x.weight),
      i,
      v
    );
    props.onChange(value.map((x, k) => ({ ...x, weight: w[k] })));
  };
  return (
    <div className={s.root} data-testid="score-builder">
      {props.columns.map((col) => {
        const i = value.findIndex((v) => v.col === col);
        const chosen = i >= 0 ? value[i] : undefined;
        return (
          <div key={col}>
            <Checkbox
              label={name(col)}
              checked={!!chosen}
              onChange={(_, d) => toggle(col, !!d.checked)}
              data-col={col}
            />
            {chosen && (
              <div className={s.item}>
                <div className={s.row}>
                  <Slider
                    className={s.slider}
                    min={0}
                    max={100}
                    value={chosen.weight}
                    disabled={value.length === 1}
                    aria-label={t.weight({ name: name(col) })}
                    onChange={(_, d) => move(i, d.value)}
                  />
                  <Text className={s.pct} data-testid={`weight-${col}`}>
                    {chosen.weight}%
                  </Text>
                </div>
                <Switch
                  label={t.lowerIsBetter}
                  checked={chosen.lowerIsBetter}
                  onChange={(_, d) =>
                    props.onChange(
                      value.map((x, k) => (k === i ? { ...x, lowerIsBetter: !!d.checked } : x))
                    )
                  }
                />
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
