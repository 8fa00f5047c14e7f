import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { DataTable } from "./DataTable";
import { Swatch } from "./ColorLegend";
import type { TierSummary } from "../../core/list/summary";
import type { Locale } from "../../i18n/locale";
import { messages, type Messages } from "../../i18n/messages";

const useStyles = makeStyles({
  total: { fontWeight: tokens.fontWeightSemibold },
  line: { display: "block", marginTop: tokens.spacingVerticalS },
});

export interface SummaryTableProps {
  t: Messages;
  locale: Locale;
  summary: TierSummary;
  /** Share of sales held by the top `topShare` of customers. */
  concentration: { topShare: number; share: number };
  /** Swatch colour per tier label index. */
  colors: readonly string[];
}

/** Formats numbers and shares for the pane's language. */
export function formatters(locale: Locale) {
  const tag = messages(locale).language.tag;
  const int = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(tag, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    int: (x: number) => int.format(x),
    money: (x: number) => money.format(x),
    pct: (x: number) => (Number.isFinite(x) ? pct.format(x) : "–"),
  };
}

/** Per tier: customers, share of customers, sales, share of sales; then the concentration line. */
export function SummaryTable(props: SummaryTableProps): React.JSX.Element {
  const s = useStyles();
  const t = props.t.tiering.pane;
  const f = formatters(props.locale);
  const sum = props.summary;
  const rows = [
    ...sum.rows.map((r, i) => ({
      key: r.label,
      total: false,
      label: (
        <>
          <Swatch color={props.colors[i % props.colors.length]} />
          {r.label}
        </>
      ),
      customers: r.customers,
      customerShare: r.customerShare,
      sales: r.sales,
      salesShare: r.salesShare,
    })),
    {
      key: "total",
      total: true,
      label: t.table.total,
      customers: sum.tiered,
      customerShare: sum.tiered > 0 ? 1 : NaN,
      sales: sum.totalSales,
      salesShare: sum.positiveSales > 0 ? 1 : NaN,
    },
  ];
  return (
    <div data-testid="summary">
      <DataTable
        size="small"
        label={t.summaryTitle}
        rows={rows}
        rowKey={(r) => r.key}
        rowAttrs={(r) => ({ "data-tier": r.key, className: r.total ? s.total : undefined })}
        columns={[
          { key: "tier", header: t.table.tier, cell: (r) => r.label },
          {
            key: "customers",
            header: t.table.customers,
            numeric: true,
            cell: (r) => f.int(r.customers),
          },
          {
            key: "customerShare",
            header: t.table.customerShare,
            numeric: true,
            cell: (r) => f.pct(r.customerShare),
          },
          { key: "sales", header: t.table.sales, numeric: true, cell: (r) => f.money(r.sales) },
          {
            key: "salesShare",
            header: t.table.salesShare,
            numeric: true,
            cell: (r) => f.pct(r.salesShare),
          },
        ]}
      />
      <Text className={s.line} weight="semibold" data-testid="concentration">
        {t.concentration({
          topShare: f.pct(props.concentration.topShare).replace(/\.0(?=%)/, ""),
          share: f.pct(props.concentration.share),
        })}
      </Text>
      {sum.negative.customers > 0 && (
        <Text className={s.line} data-testid="negative-shares">
          {t.negativeShares({
            customers: sum.negative.customers,
            sales: f.money(sum.negative.sales),
          })}
        </Text>
      )}
      {sum.untiered > 0 && <Text className={s.line}>{t.untiered({ count: sum.untiered })}</Text>}
    </div>
  );
}
