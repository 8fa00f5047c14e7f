import * as React from "react";
import { Subtitle2, Text } from "@fluentui/react-components";
import type { Locale } from "../../../i18n/locale";
import { messages } from "../../../i18n/messages";
import { policyFor, type PlanFieldErrors, type PlanForm } from "../planForm";
import { WorkdayPicker } from "../WorkdayPicker";
import { NumberField } from "../NumberField";
import { DaySettingsFields } from "../DaySettingsFields";
import { PolicyEditor } from "../PolicyEditor";
import { RepStartsTable } from "../RepStartsTable";
import { TextField } from "../TextField";
import { useTabStyles } from "../tabStyles";

export interface PlanOptionsFormProps {
  locale: Locale;
  form: PlanForm;
  errors: PlanFieldErrors;
  /** Tier labels of the list (one policy field each) and its reps (one start point each). */
  labels: readonly string[];
  reps: readonly string[];
  onForm: (form: PlanForm) => void;
}

/** The plan's options: start, weeks, workdays, capacity, holidays, the day in hours, policy, start points. */
export function PlanOptionsForm(props: PlanOptionsFormProps): React.JSX.Element {
  const s = useTabStyles();
  const { locale, form, errors, onForm } = props;
  const pt = messages(locale).plan.pane;
  const set = <K extends keyof PlanForm>(k: K, v: PlanForm[K]) => onForm({ ...form, [k]: v });
  return (
    <>
      <Subtitle2>{pt.optionsTitle}</Subtitle2>
      <div className={s.grid}>
        <TextField
          type="date"
          label={pt.startDate}
          error={errors.start}
          value={form.startDate}
          onChange={(v) => set("startDate", v)}
        />
        <NumberField
          label={pt.weeks}
          value={form.weeks}
          min={1}
          max={104}
          error={errors.weeks}
          onChange={(v) => set("weeks", v)}
        />
      </div>
      <WorkdayPicker
        label={pt.workdays}
        names={pt.weekdays}
        value={form.workdays}
        error={errors.workdays}
        onChange={(v) => set("workdays", v)}
      />
      <NumberField
        label={pt.capacity}
        value={form.capacity}
        min={1}
        max={1000}
        error={errors.capacity}
        onChange={(v) => set("capacity", v)}
      />
      <TextField
        label={pt.holidays}
        hint={pt.holidaysHint}
        error={errors.holidays}
        lines={3}
        value={form.holidaysText}
        onChange={(v) => set("holidaysText", v)}
      />
      <Text weight="semibold">{messages(locale).day.pane.heading}</Text>
      <DaySettingsFields
        locale={locale}
        value={form.day}
        errors={errors}
        onChange={(v) => set("day", v)}
      />
      <PolicyEditor
        pt={pt}
        labels={props.labels}
        value={policyFor(form, props.labels)}
        onChange={(l, v) => set("policy", { ...form.policy, [l]: v })}
      />
      <RepStartsTable
        pt={pt}
        reps={props.reps}
        value={form.starts}
        onChange={(rep, v) => set("starts", { ...form.starts, [rep]: v })}
      />
    </>
  );
}
