import * as React from "react";
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/excel/dates";
import type { LapsedCheck } from "../../../app/churnJob";
import type { ChurnUiText } from "../../../i18n/types";
import { RoleSelects } from "../RoleSelects";
import { TextField } from "../TextField";
import { useTabStyles } from "../tabStyles";
import { formField, type ChurnFormBinding } from "./churnForm";

export interface ChurnOptionsFormProps extends ChurnFormBinding {
  t: ChurnUiText;
  /** The lapsed check of the list now (the as-of day it used). */
  check: LapsedCheck;
  /** Every input can be read. */
  inputsOk: boolean;
}

/** The Churn tab's columns and inputs of the lapsed check and the win-back. */
export function ChurnOptionsForm(props: ChurnOptionsFormProps): React.JSX.Element {
  const s = useTabStyles();
  const { t, check } = props;
  const all = props.header.map((_, i) => i);
  const field = (key: Parameters<typeof formField>[1]) =>
    formField(props, key, `churn-${key.toLowerCase()}`);
  return (
    <>
      <div className={s.grid}>
        <RoleSelects
          {...props}
          fields={[
            {
              role: "customer",
              label: t.customer,
              columns: all,
              required: true,
              testId: "churn-name",
            },
            { role: "lastOrder", label: t.lastOrder, columns: all, testId: "churn-last" },
            { role: "value", label: t.valueColumn, columns: props.numeric, testId: "churn-value" },
            { role: "rep", label: t.rep, columns: all },
            {
              role: "pAlive",
              label: t.pAliveColumn,
              columns: props.numeric,
              testId: "churn-palive",
            },
          ]}
          noneText={t.none}
        />
      </div>
      <div className={s.grid}>
        <TextField label={t.days} inputMode="numeric" {...field("days")} />
        {props.columns.pAlive !== undefined && (
          <TextField label={t.pAliveThreshold} inputMode="decimal" {...field("threshold")} />
        )}
        <TextField
          label={t.asOf}
          type="date"
          {...field("asOf")}
          value={props.form.asOf || isoFromSerial(check.asOf)}
        />
        <TextField label={t.probability} inputMode="decimal" {...field("probability")} />
        <TextField
          label={t.defaultCost}
          hint={t.defaultCostHint}
          inputMode="decimal"
          {...field("cost")}
        />
      </div>
      {check.stale && check.latest !== undefined && (
        <Text className={s.muted}>{t.asOfNote({ date: isoFromSerial(check.latest) })}</Text>
      )}
      {!props.inputsOk && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.inputInvalid}</MessageBarBody>
        </MessageBar>
      )}
      {!check.canCheck && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noLastOrder}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
