import * as React from "react";
import { Subtitle2 } from "@fluentui/react-components";
import type { Locale } from "../../../i18n/locale";
import { messages } from "../../../i18n/messages";
import { NumberField } from "../NumberField";
import { TextField } from "../TextField";
import { useTabStyles } from "../tabStyles";
import type { HistoryForm } from "./historyForm";

export interface HistorySettingsFormProps {
  locale: Locale;
  form: HistoryForm;
  /** The latest order date (yyyy-mm-dd), the calibration end's default; "" when unknown. */
  lastDate: string;
  onForm: (form: HistoryForm) => void;
}

/** Calibration and holdout ends, months, days per period, discount and margin. */
export function HistorySettingsForm(props: HistorySettingsFormProps): React.JSX.Element {
  const s = useTabStyles();
  const ht = messages(props.locale).history.pane;
  const { form } = props;
  const set = <K extends keyof HistoryForm>(k: K, v: HistoryForm[K]) =>
    props.onForm({ ...form, [k]: v });
  return (
    <>
      <Subtitle2>{ht.settingsTitle}</Subtitle2>
      <div className={s.grid}>
        <TextField
          type="date"
          label={ht.asOf}
          hint={props.lastDate ? ht.asOfHint({ date: props.lastDate }) : undefined}
          value={form.asOfText}
          onChange={(v) => set("asOfText", v)}
        />
        <TextField
          type="date"
          label={ht.holdoutEnd}
          hint={ht.holdoutHint}
          value={form.holdoutText}
          onChange={(v) => set("holdoutText", v)}
        />
        <NumberField
          label={ht.months}
          value={form.months}
          min={1}
          max={1200}
          onChange={(v) => set("months", v)}
        />
        <NumberField
          label={ht.periodDays}
          value={form.periodDays}
          min={1}
          max={366}
          onChange={(v) => set("periodDays", v)}
        />
        <NumberField
          label={ht.monthlyDiscount}
          value={form.discountPct}
          min={0}
          max={100}
          step={0.1}
          onChange={(v) => set("discountPct", v)}
        />
        <NumberField
          label={ht.margin}
          value={form.marginPct}
          min={0}
          max={100}
          step={1}
          onChange={(v) => set("marginPct", v)}
        />
      </div>
    </>
  );
}
