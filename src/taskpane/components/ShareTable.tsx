import * as React from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Swatch } from "./ColorLegend";
import { DataTable, type DataColumn } from "./DataTable";

const useStyles = makeStyles({
  // Columns as wide as their contents (Fluent's tables are fixed, equal columns by default) and
  // half Fluent's cell padding: in a 320 px pane the widest figure ("11,048,318") and the
  // "Customers" header then fit beside each other; a long group name wraps instead.
  auto: { tableLayout: "auto", width: "100%" },
  tight: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  nowrap: { whiteSpace: "nowrap" },
  // Wraps between words only: a Chinese name (核心客户) stays whole, as an English word does.
  name: { fontWeight: tokens.fontWeightSemibold, wordBreak: "keep-all" },
  action: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** One group of customers: its name, how many, their value and share, and what to do. */
export interface ShareRow {
  id: string;
  name: string;
  /** Swatch colour before the name (the chart's colour of the group). */
  color?: string;
  customers: string;
  value: string;
  share: string;
  action: string;
}

export interface ShareTableProps {
  /** Column headers, and the word before each row's action ("Action"). */
  head: { name: string; customers: string; value: string; valueShare: string; action: string };
  rows: readonly ShareRow[];
  ariaLabel: string;
  testId: string;
  /** Data attribute naming each row's id ("segment": data-segment="core"). */
  rowAttr: string;
  /** Test ids of a row's customers and share cells (absent: none). */
  cellTestIds?: (id: string) => { customers?: string; share?: string };
}

/** Customers, value and share of value per group (quadrant, value class), one action line each. */
export function ShareTable(props: ShareTableProps): React.JSX.Element {
  const s = useStyles();
  const { head } = props;
  const figure = (
    key: "customers" | "value" | "share",
    header: string,
    testId?: (id: string) => string | undefined
  ): DataColumn<ShareRow> => ({
    key,
    header,
    numeric: true,
    cell: (r) => r[key],
    headerClassName: s.tight,
    attrs: (r) => ({ className: mergeClasses(s.nowrap, s.tight), "data-testid": testId?.(r.id) }),
  });
  const columns: DataColumn<ShareRow>[] = [
    {
      key: "name",
      header: head.name,
      cell: (r) => (
        <>
          {r.color && <Swatch color={r.color} dot />}
          {r.name}
        </>
      ),
      headerClassName: s.tight,
      attrs: () => ({ className: mergeClasses(s.name, s.tight) }),
    },
    figure("customers", head.customers, (id) => props.cellTestIds?.(id).customers),
    figure("value", head.value),
    figure("share", head.valueShare, (id) => props.cellTestIds?.(id).share),
  ];
  return (
    <DataTable
      label={props.ariaLabel}
      size="small"
      columns={columns}
      rows={props.rows}
      rowKey={(r) => r.id}
      rowAttrs={(r) => ({ [`data-${props.rowAttr}`]: r.id })}
      detail={(r) => (
        <Text className={s.action}>
          {head.action}: {r.action}
        </Text>
      )}
      className={s.auto}
      data-testid={props.testId}
    />
  );
}
