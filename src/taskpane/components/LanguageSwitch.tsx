import * as React from "react";
import { Dropdown, Option } from "@fluentui/react-components";
import { LOCALES, type Locale } from "../../i18n/locale";
import { messages, type Messages } from "../../i18n/messages";

export interface LanguageSwitchProps {
  t: Messages;
  locale: Locale;
  onChange: (locale: Locale) => void;
}

/** Switches the pane's language (it starts in Office's display language). */
export function LanguageSwitch(props: LanguageSwitchProps): React.JSX.Element {
  return (
    <Dropdown
      aria-label={props.t.app.pane.language}
      size="small"
      style={{ minWidth: "7em" }}
      value={props.t.language.name}
      selectedOptions={[props.locale]}
      onOptionSelect={(_, d) => d.optionValue && props.onChange(d.optionValue as Locale)}
      data-testid="language"
    >
      {LOCALES.map((l) => (
        <Option key={l} value={l}>
          {messages(l).language.name}
        </Option>
      ))}
    </Dropdown>
  );
}
