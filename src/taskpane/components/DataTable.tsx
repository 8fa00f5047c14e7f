/**
 * A plain table of rows under column headers, the pane's one way to show figures per row
 * (per rep, per tier, per customer): Fluent's Table with its header row, numbers right-aligned
 * in tabular figures. A column says how to render its cell; rows and cells may carry a class
 * (a total row, a figure over a limit) and data attributes for the tests.
 */
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
} from "@fluentui/react-components";

const useStyles = makeStyles({
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** Attributes a row or cell may carry besides its content. */
export interface CellAttrs {
  className?: string;
  title?: string;
  [data: `data-${string}`]: string | number | undefined;
}

export interface DataColumn<R> {
  key: string;
  header: React.ReactNode;
  /** The header cell's class (e.g. a muted corner). */
  headerClassName?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  cell: (row: R, index: number) => React.ReactNode;
  /** A cell's class and data attributes (e.g. a figure over its limit). */
  attrs?: (row: R, index: number) => CellAttrs;
}

export interface DataTableProps<R> {
  /** The table's accessible name. */
  label: string;
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  /** A row's class and data attributes (e.g. the total row). */
  rowAttrs?: (row: R, index: number) => CellAttrs;
  size?: "extra-small" | "small" | "medium";
  className?: string;
  "data-testid"?: string;
}

/** Rows under column headers; see the module comment. */
export function DataTable<R>(props: DataTableProps<R>): React.JSX.Element {
  const s = useStyles();
  return (
    <Table
      size={props.size ?? "extra-small"}
      aria-label={props.label}
      className={props.className}
      data-testid={props["data-testid"]}
    >
      <TableHeader>
        <TableRow>
          {props.columns.map((c) => (
            <TableHeaderCell
              key={c.key}
              className={mergeClasses(c.numeric && s.num, c.headerClassName)}
            >
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r, i) => (
          <TableRow key={props.rowKey(r, i)} {...props.rowAttrs?.(r, i)}>
            {props.columns.map((c) => {
              const a = c.attrs?.(r, i) ?? {};
              return (
                <TableCell
                  key={c.key}
                  {...a}
                  className={mergeClasses(c.numeric && s.num, a.className)}
                >
                  {c.cell(r, i)}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
