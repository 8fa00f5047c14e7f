import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TierSummary } from "../../core/list/summary";
import type { Locale } from "../../i18n/locale";
import type { UiText } from "../../i18n/uiText";

const useStyles = makeStyles({
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXS,
    borderRadius: "2px",
  },
  line: { display: "block", marginTop: tokens.spacingVerticalS },
});

export interface SummaryTableProps {
  t: UiText;
  locale: Locale;
  summary: TierSummary;
  /** Share of sales held by the top `topShare` of customers. */
  concentration: { topShare: number; share: number };
  /** Swatch colour per tier label index. */
  colors: readonly string[];
}

/** Formats numbers and shares for the pane's language. */
export function formatters(locale: Locale) {
  const tag = locale === "zh" ? "zh-CN" : "en-US";
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
  const t = props.t.tiering;
  const f = formatters(props.locale);
  const sum = props.summary;
  return (
    <div data-testid="summary">
      <Table size="small" aria-label={t.summaryTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.table.tier}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.table.customers}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.table.customerShare}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.table.sales}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.table.salesShare}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sum.rows.map((r, i) => (
            <TableRow key={r.label} data-tier={r.label}>
              <TableCell>
                <span
                  className={s.swatch}
                  style={{ background: props.colors[i % props.colors.length] }}
                />
                {r.label}
              </TableCell>
              <TableCell className={s.num}>{f.int(r.customers)}</TableCell>
              <TableCell className={s.num}>{f.pct(r.customerShare)}</TableCell>
              <TableCell className={s.num}>{f.money(r.sales)}</TableCell>
              <TableCell className={s.num}>{f.pct(r.salesShare)}</TableCell>
            </TableRow>
          ))}
          <TableRow className={s.total} data-tier="total">
            <TableCell>{t.table.total}</TableCell>
            <TableCell className={s.num}>{f.int(sum.tiered)}</TableCell>
            <TableCell className={s.num}>{f.pct(sum.tiered > 0 ? 1 : NaN)}</TableCell>
            <TableCell className={s.num}>{f.money(sum.totalSales)}</TableCell>
            <TableCell className={s.num}>{f.pct(sum.positiveSales > 0 ? 1 : NaN)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
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
