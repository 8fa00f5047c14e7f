import * as React from "react";
import type { LapsedCustomer } from "../../core/churn";
import type { Locale } from "../../i18n/locale";
import { formatAmount } from "../../i18n/messages";
import type { ChurnUiText } from "../../i18n/types";
import { DataTable, nameColumn } from "./DataTable";

export interface ChurnTopTableProps {
  t: ChurnUiText;
  locale: Locale;
  /** The customers shown (the pane's top ten by value at stake). */
  rows: readonly LapsedCustomer[];
  /** Of all lapsed customers (for the caption). */
  count: number;
  /** The list has a P(alive) column: show it instead of days since the last order. */
  hasP: boolean;
  /** Expected win-back return of one customer (NaN when the inputs are not usable). */
  returnOf: (x: LapsedCustomer) => number;
  onSelect: (x: LapsedCustomer) => void;
}

/** The Churn tab's top lapsed customers; a row click selects the customer in the sheet. */
export function ChurnTopTable(props: ChurnTopTableProps): React.JSX.Element {
  const { t, locale, hasP } = props;
  const money = (v: number) => formatAmount(locale, v);
  return (
    <DataTable
      size="small"
      fixed
      rows={props.rows}
      rowKey={(x) => String(x.row)}
      rowAttrs={(x) => ({ "data-row": x.row })}
      onSelect={props.onSelect}
      rowLabel={(x) => t.selectRow({ name: x.name })}
      label={t.topTitle({ shown: props.rows.length, count: props.count })}
      data-testid="churn-table"
      columns={[
        nameColumn<LapsedCustomer>(t.table.customer, "32%", (x) =>
          x.rep ? `${x.name} · ${x.rep}` : x.name
        ),
        {
          key: "days",
          header: hasP ? t.table.pAlive : t.table.daysSince,
          width: "16%",
          numeric: true,
          cell: (x) =>
            hasP
              ? x.pAlive === undefined
                ? "—"
                : `${Math.round(x.pAlive * 100)}%`
              : (x.daysSince ?? "—"),
        },
        {
          key: "value",
          header: t.table.value,
          width: "26%",
          numeric: true,
          cell: (x) => money(x.value),
        },
        {
          key: "expected",
          header: t.table.expected,
          width: "26%",
          numeric: true,
          cell: (x) => money(props.returnOf(x)),
        },
      ]}
    />
  );
}
