import * as React from "react";
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { PlanUiText } from "../../i18n/types";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(90px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface PolicyEditorProps {
  pt: PlanUiText;
  labels: readonly string[];
  /** Visits per 4 weeks by label (NaN while a field's text is not a number). */
  value: Readonly<Record<string, number>>;
  onChange: (label: string, visits: number) => void;
}

/** One SpinButton per tier label: the visit policy (visits per 4-week cycle, PRODUCT 2.4). */
export function PolicyEditor(props: PolicyEditorProps): React.JSX.Element {
  const s = useStyles();
  const { pt } = props;
  return (
    <div>
      <Subtitle2>{pt.policyTitle}</Subtitle2>
      <div>
        <Caption1 className={s.hint}>{pt.policyHint}</Caption1>
      </div>
      <div className={s.grid}>
        {props.labels.map((l) => {
          const v = props.value[l];
          const bad = !(Number.isFinite(v) && v >= 0);
          return (
            <NumberField
              key={l}
              label={pt.policyTier({ label: l })}
              value={v}
              min={0}
              max={20}
              error={bad ? pt.errors.badPolicy({ label: l }) : undefined}
              onChange={(x) => props.onChange(l, x)}
            />
          );
        })}
      </div>
    </div>
  );
}
