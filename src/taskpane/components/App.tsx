import * as React from "react";
import {
  FluentProvider,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/types";
import type { Locale } from "../../i18n/locale";
import { messages } from "../../i18n/messages";
import { TABS, type TabDef } from "../tabs";
import { LanguageSwitch } from "./LanguageSwitch";
import { PaneTabList } from "./PaneTabList";

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface AppProps {
  /** The workbook: Office.js in Excel, in memory in the preview and tests. */
  host: WorkbookHost;
  /** Starting language (Office's display language); switchable in the pane. */
  initialLocale: Locale;
  /** Tabs to show (default: all registered tabs). */
  tabs?: readonly TabDef[];
}

/** The task pane: title, language switch, tabs. */
export function App(props: AppProps): React.JSX.Element {
  const s = useStyles();
  const tabs = props.tabs ?? TABS;
  const [locale, setLocale] = React.useState<Locale>(props.initialLocale);
  const [tab, setTab] = React.useState<string>(tabs[0]?.id ?? "");
  const t = messages(locale);
  const current = tabs.find((x) => x.id === tab) ?? tabs[0];
  return (
    <FluentProvider theme={webLightTheme} lang={t.language.tag}>
      <div className={s.root}>
        <div className={s.header}>
          <Title3 as="h1">{t.app.pane.appTitle}</Title3>
          <LanguageSwitch t={t} locale={locale} onChange={setLocale} />
        </div>
        <PaneTabList
          t={t}
          tabs={tabs.map((x) => ({ id: x.id, title: x.title(t) }))}
          selected={current?.id ?? ""}
          onSelect={setTab}
        />
        {/* Tabs load their code on first open (tabs.tsx): a spinner until it has arrived. */}
        <React.Suspense fallback={<Spinner size="small" label={t.app.pane.loadingTab} />}>
          {current && <current.Component host={props.host} locale={locale} t={t} />}
        </React.Suspense>
      </div>
    </FluentProvider>
  );
}
