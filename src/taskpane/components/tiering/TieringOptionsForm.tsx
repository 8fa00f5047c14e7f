import * as React from "react";
import { Dropdown, Field, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { columnLetter } from "../../../core/excel/a1";
import { DEFAULT_LABELS } from "../../../core/tier";
import type { ListSnapshot } from "../../../host/types";
import type { Messages } from "../../../i18n/messages";
import { MethodPicker, type MethodChoice } from "../MethodPicker";

/** The tiering options as the form holds them (cuts as typed, in percent). */
export interface TieringForm {
  method: MethodChoice;
  cuts: string[];
  output: "formulas" | "values";
}

export interface TieringOptionsFormProps {
  t: Messages;
  snapshot: ListSnapshot;
  /** Group column (undefined: no grouping) and the columns offered first. */
  group: number | undefined;
  groupCandidates: readonly number[];
  onGroup: (col: number | undefined) => void;
  form: TieringForm;
  cutsError?: string;
  onForm: (form: TieringForm) => void;
}

/** Group by, method and cuts, formulas or values. */
export function TieringOptionsForm(props: TieringOptionsFormProps): React.JSX.Element {
  const { t, snapshot: snap, form } = props;
  const tt = t.tiering.pane;
  const groupOptions = [...new Set([...props.groupCandidates, ...snap.header.map((_, i) => i)])];
  const groupLabel = (c: number) => `${columnLetter(snap.col + c)}: ${snap.header[c] || "—"}`;
  return (
    <>
      <Field label={tt.groupBy}>
        <Dropdown
          aria-label={tt.groupBy}
          value={props.group === undefined ? tt.noGrouping : groupLabel(props.group)}
          selectedOptions={[props.group === undefined ? "none" : String(props.group)]}
          onOptionSelect={(_, d) =>
            props.onGroup(
              d.optionValue === "none" || d.optionValue === undefined
                ? undefined
                : Number(d.optionValue)
            )
          }
        >
          <Option value="none">{tt.noGrouping}</Option>
          {groupOptions.map((c) => (
            <Option key={c} value={String(c)}>
              {groupLabel(c)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <MethodPicker
        t={t}
        method={form.method}
        cuts={form.cuts}
        labels={DEFAULT_LABELS}
        cutsError={props.cutsError}
        onMethod={(method) => props.onForm({ ...form, method })}
        onCuts={(cuts) => props.onForm({ ...form, cuts })}
      />
      <Field label={tt.outputTitle}>
        <RadioGroup
          value={form.output}
          onChange={(_, d) => props.onForm({ ...form, output: d.value as "formulas" | "values" })}
          layout="vertical"
        >
          <Radio value="formulas" label={tt.outputFormulas} />
          <Radio value="values" label={tt.outputValues} />
        </RadioGroup>
      </Field>
    </>
  );
}
