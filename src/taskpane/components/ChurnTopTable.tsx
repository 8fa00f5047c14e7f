import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { LapsedCustomer } from "../../core/churn";
import type { Locale } from "../../i18n/locale";
import { formatAmount, type ChurnUiText } from "../../i18n/valueChurnUiText";

const useStyles = makeStyles({
  // Fixed layout: the columns keep their share of a 320 px pane and the headers wrap inside
  // them instead of running into the next column.
  table: { tableLayout: "fixed", width: "100%" },
  head: { verticalAlign: "bottom" },
  // The header cell's inner box is a no-wrap flex row in Fluent: let it shrink and wrap.
  headBox: {
    minWidth: 0,
    whiteSpace: "normal",
    overflowWrap: "break-word",
    lineHeight: tokens.lineHeightBase200,
  },
  headRight: { justifyContent: "flex-end", textAlign: "right" },
  num: { textAlign: "right", whiteSpace: "nowrap", justifyContent: "flex-end" },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // One line per customer: long names are cut with an ellipsis (the full name is the tooltip).
  name: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  wName: { width: "32%" },
  wDays: { width: "16%" },
  wMoney: { width: "26%" },
});

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
  const s = useStyles();
  const { t, locale } = props;
  const head = (width: string, numeric: boolean, text: string) => (
    <TableHeaderCell
      className={mergeClasses(width, s.head)}
      button={{ className: mergeClasses(s.headBox, numeric && s.headRight) }}
    >
      <span className={s.headBox}>{text}</span>
    </TableHeaderCell>
  );
  return (
    <Table
      size="small"
      className={s.table}
      aria-label={t.topTitle({ shown: props.rows.length, count: props.count })}
      data-testid="churn-table"
    >
      <TableHeader>
        <TableRow>
          {head(s.wName, false, t.table.customer)}
          {head(s.wDays, true, props.hasP ? t.table.pAlive : t.table.daysSince)}
          {head(s.wMoney, true, t.table.value)}
          {head(s.wMoney, true, t.table.expected)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((x) => (
          <TableRow
            key={x.row}
            className={s.clickable}
            tabIndex={0}
            aria-label={t.selectRow({ name: x.name })}
            onClick={() => props.onSelect(x)}
            onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && props.onSelect(x)}
            data-row={x.row}
          >
            <TableCell className={s.name} title={x.rep ? `${x.name} · ${x.rep}` : x.name}>
              {x.name}
            </TableCell>
            <TableCell className={s.num}>
              {props.hasP
                ? x.pAlive === undefined
                  ? "—"
                  : `${Math.round(x.pAlive * 100)}%`
                : (x.daysSince ?? "—")}
            </TableCell>
            <TableCell className={s.num}>{formatAmount(locale, x.value)}</TableCell>
            <TableCell className={s.num}>{formatAmount(locale, props.returnOf(x))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
