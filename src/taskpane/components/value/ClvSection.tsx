import * as React from "react";
import { messages } from "../../../i18n/messages";
import { FormTextFields } from "./FormTextFields";
import { ValueWriteSection } from "./ValueWriteSection";
import { clvWrite, type ValueSectionProps } from "./valueForm";

/** Customer lifetime value (CRM.CLV) of the margin column: retention, discount, horizon. */
export function ClvSection(props: ValueSectionProps): React.JSX.Element {
  const t = messages(props.locale).value.pane;
  const write = clvWrite(props.form);
  return (
    <ValueWriteSection
      {...props}
      heading={{ title: t.clvTitle }}
      roles={{ margin: t.clvMargin }}
      fields={
        <FormTextFields
          {...props}
          group="clv"
          fields={[
            { name: "retention", label: t.clvRetention, inputMode: "decimal" },
            { name: "discount", label: t.clvDiscount, inputMode: "decimal" },
            { name: "horizon", label: t.clvHorizon, hint: t.clvHorizonHint, inputMode: "numeric" },
          ]}
        />
      }
      warning={write ? undefined : t.clvInvalid}
      write={write}
      ready={props.list.columns.margin !== undefined}
      button={{ text: t.writeClv, testId: "write-clv" }}
    />
  );
}
