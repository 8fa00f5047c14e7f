import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { LapsedCustomer } from "../../core/churn";
import type { DecliningCheck } from "../../app/churnJob";
import { messages, formatAmount } from "../../i18n/messages";
import { DataTable, nameColumn } from "./DataTable";
import { RoleSelects } from "./RoleSelects";
import { TextField } from "./TextField";
import { useTabStyles } from "./tabStyles";
import { formField, type ChurnFormBinding } from "./churn/churnForm";

const useStyles = makeStyles({
  // A sales trend is bad news.
  down: { color: tokens.colorPaletteRedForeground1 },
});

/** Rows of the pane's table (the Churn watch sheet lists them all). */
const TOP = 10;

export interface DecliningSectionProps extends ChurnFormBinding {
  /** The decline check of the list now. */
  check: DecliningCheck;
  onSelect: (c: LapsedCustomer) => void;
}

/**
 * The Churn tab's "declining" list (issue 15): customers whose sales trend over the period
 * columns is below the threshold (default -30%), A customers first, by value at risk. The tab
 * writes them to the Churn watch sheet with the lapsed customers.
 */
export function DecliningSection(props: DecliningSectionProps): React.JSX.Element {
  const s = useTabStyles();
  const st = useStyles();
  const { locale, check, numeric } = props;
  const t = messages(locale).valueClass.pane.declining;
  const top = check.list.slice(0, TOP);
  const summary =
    check.list.length > 0
      ? t.summary({
          count: check.list.length,
          a: check.aCount,
          value: formatAmount(locale, check.valueAtRisk),
        })
      : t.noneDeclining;
  return (
    <>
      <Subtitle2>{t.title}</Subtitle2>
      <Text className={s.muted}>{t.hint}</Text>
      <div className={s.grid}>
        <RoleSelects
          {...props}
          fields={[
            {
              role: "firstPeriod",
              label: t.firstPeriod,
              columns: numeric,
              testId: "decline-first",
            },
            { role: "lastPeriod", label: t.lastPeriod, columns: numeric, testId: "decline-last" },
            {
              role: "tier",
              label: t.tier,
              columns: props.header.map((_, i) => i),
              testId: "decline-tier",
            },
          ]}
          noneText={t.none}
        />
        <TextField
          label={t.window}
          inputMode="numeric"
          {...formField(props, "window", "decline-window")}
        />
        <TextField
          label={t.threshold}
          inputMode="decimal"
          {...formField(props, "decline", "decline-threshold")}
        />
      </div>
      {!check.rule && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.invalid}</MessageBarBody>
        </MessageBar>
      )}
      {check.rule && !check.enough && (
        <Text className={s.muted} data-testid="decline-need">
          {t.needPeriods({ needed: 2 * check.rule.window, have: check.have })}
        </Text>
      )}
      {check.enough && (
        <Text className={s.big} data-testid="decline-summary">
          {summary}
        </Text>
      )}
      {top.length > 0 && (
        <>
          <Text className={s.muted}>{t.valueHint}</Text>
          <DataTable
            size="small"
            fixed
            rows={top}
            rowKey={(x) => String(x.row)}
            rowAttrs={(x) => ({ "data-row": x.row })}
            onSelect={props.onSelect}
            label={t.title}
            data-testid="decline-table"
            columns={[
              nameColumn(t.table.customer, "36%"),
              { key: "tier", header: t.table.tier, width: "12%", cell: (x) => x.tier ?? "—" },
              {
                key: "trend",
                header: t.table.trend,
                width: "17%",
                numeric: true,
                cell: (x) => `${Math.round((x.trend ?? NaN) * 100)}%`,
                attrs: () => ({ className: st.down }),
              },
              {
                key: "value",
                header: t.table.value,
                numeric: true,
                cell: (x) => formatAmount(locale, x.value),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
