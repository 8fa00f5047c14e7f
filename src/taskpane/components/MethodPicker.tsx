import * as React from "react";
import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { Messages } from "../../i18n/messages";

const useStyles = makeStyles({
  cuts: {
    display: "flex",
    columnGap: tokens.spacingHorizontalM,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  cut: { width: "9em" },
});

export type MethodChoice = "rank" | "rankCustom" | "pareto";

export interface MethodPickerProps {
  t: Messages;
  method: MethodChoice;
  /** Custom rank cuts as percentages (text as typed), one fewer than the labels. */
  cuts: string[];
  labels: readonly string[];
  cutsError?: string;
  onMethod: (m: MethodChoice) => void;
  onCuts: (cuts: string[]) => void;
}

/** Rank 20/40/40, rank with the user's cuts, or Pareto 80/95. */
export function MethodPicker(props: MethodPickerProps): React.JSX.Element {
  const s = useStyles();
  const t = props.t.tiering.pane;
  return (
    <Field
      label={t.methodTitle}
      validationMessage={props.cutsError}
      validationState={props.cutsError ? "error" : "none"}
    >
      <RadioGroup value={props.method} onChange={(_, d) => props.onMethod(d.value as MethodChoice)}>
        <Radio value="rank" label={t.methods.rank} />
        <Radio value="rankCustom" label={t.methods.rankCustom} />
        {props.method === "rankCustom" && (
          <div className={s.cuts}>
            {props.cuts.map((c, i) => (
              <Field key={i} label={t.cutLabel({ label: props.labels[i] ?? "" })} className={s.cut}>
                <Input
                  type="number"
                  value={c}
                  min={0}
                  max={100}
                  onChange={(_, d) =>
                    props.onCuts(props.cuts.map((x, j) => (j === i ? d.value : x)))
                  }
                />
              </Field>
            ))}
          </div>
        )}
        <Radio value="pareto" label={t.methods.pareto} />
      </RadioGroup>
    </Field>
  );
}

/** Parses percentage cuts ("20", "60") into shares; null when not increasing within (0, 100). */
export function parseCuts(cuts: readonly string[]): number[] | null {
  const xs = cuts.map((c) => Number(String(c).replace(",", ".")) / 100);
  if (xs.some((x) => !Number.isFinite(x) || x <= 0 || x >= 1)) return null;
  for (let i = 1; i < xs.length; i++) if (!(xs[i] > xs[i - 1])) return null;
  return xs;
}
