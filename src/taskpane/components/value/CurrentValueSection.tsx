import * as React from "react";
import { messages } from "../../../i18n/messages";
import { FormTextFields } from "./FormTextFields";
import { ValueWriteSection } from "./ValueWriteSection";
import { currentWrite, type ValueSectionProps } from "./valueForm";

/**
 * Current value (CRM.CCV) of the profit column and, where a potential profit column exists,
 * potential value (CRM.CPV) beside it (issue 15 part 1).
 */
export function CurrentValueSection(props: ValueSectionProps): React.JSX.Element {
  const t = messages(props.locale).valueClass.pane.current;
  const write = currentWrite(props.form);
  return (
    <ValueWriteSection
      {...props}
      heading={t}
      roles={{ profit: t.profit, potentialProfit: t.potential }}
      noneText={t.none}
      fields={
        <FormTextFields
          {...props}
          group="current"
          fields={[
            { name: "periods", label: t.periods, inputMode: "numeric", testId: "ccv-periods" },
            { name: "discount", label: t.discount, inputMode: "decimal" },
          ]}
        />
      }
      warning={write ? undefined : t.invalid}
      write={write}
      ready={props.list.columns.profit !== undefined}
      button={{ text: t.write, testId: "write-ccv" }}
    />
  );
}
