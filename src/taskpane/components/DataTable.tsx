/**
 * A plain table of rows under column headers, the pane's one way to show figures per row
 * (per rep, per tier, per customer): Fluent's Table with its header row, numbers right-aligned
 * in tabular figures. A column says how to render its cell; rows and cells may carry a class
 * (a total row, a figure over a limit) and data attributes for the tests. With `onSelect` a row
 * is a button (click, Enter, Space: the pane selects the customer in the sheet); with `fixed`
 * the columns keep their widths in a 320 px pane and long headers wrap.
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
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // Fixed layout: the columns keep their share of the pane and the headers wrap inside them
  // instead of running into the next column.
  fixed: { tableLayout: "fixed", width: "100%" },
  head: { verticalAlign: "bottom" },
  // The header cell's inner box is a no-wrap flex row in Fluent: let it shrink and wrap.
  headBox: {
    minWidth: 0,
    whiteSpace: "normal",
    overflowWrap: "break-word",
    lineHeight: tokens.lineHeightBase200,
  },
  headRight: { justifyContent: "flex-end", textAlign: "right" },
  nowrap: { whiteSpace: "nowrap" },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  truncate: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
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
  /** Its share of a `fixed` table's width ("32%"); absent: what the others leave. */
  width?: string;
  /** One line, cut with an ellipsis (give the full text as the cell's `title`). */
  truncate?: boolean;
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
  /** A line across the table under each row (e.g. what to do with the group). */
  detail?: (row: R, index: number) => React.ReactNode;
  size?: "extra-small" | "small" | "medium";
  /** Columns keep their `width` and long headers wrap (a narrow pane). */
  fixed?: boolean;
  /** Makes each row a button: a click, Enter or Space selects it. */
  onSelect?: (row: R) => void;
  /** The accessible name of a selectable row ("Select Bee in the sheet"). */
  rowLabel?: (row: R) => string;
  className?: string;
  "data-testid"?: string;
}

/** Rows under column headers; see the module comment. */
export function DataTable<R>(props: DataTableProps<R>): React.JSX.Element {
  const s = useStyles();
  const { fixed, onSelect: select } = props;
  const selectable = (r: R) =>
    select && {
      tabIndex: 0,
      "aria-label": props.rowLabel?.(r),
      onClick: () => select(r),
      onKeyDown: (e: React.KeyboardEvent) => (e.key === "Enter" || e.key === " ") && select(r),
    };
  return (
    <Table
      size={props.size ?? "extra-small"}
      aria-label={props.label}
      className={mergeClasses(fixed && s.fixed, props.className)}
      data-testid={props["data-testid"]}
    >
      <TableHeader>
        <TableRow>
          {props.columns.map((c) => (
            <TableHeaderCell
              key={c.key}
              className={mergeClasses(c.numeric && s.num, fixed && s.head, c.headerClassName)}
              style={fixed && c.width ? { width: c.width } : undefined}
              button={
                fixed ? { className: mergeClasses(s.headBox, c.numeric && s.headRight) } : undefined
              }
            >
              {fixed ? <span className={s.headBox}>{c.header}</span> : c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r, i) => {
          const ra = props.rowAttrs?.(r, i) ?? {};
          const row = (
            <TableRow
              key={props.rowKey(r, i)}
              {...ra}
              {...selectable(r)}
              className={mergeClasses(select && s.clickable, ra.className)}
            >
              {props.columns.map((c) => {
                const a = c.attrs?.(r, i) ?? {};
                return (
                  <TableCell
                    key={c.key}
                    {...a}
                    className={mergeClasses(
                      c.numeric && s.num,
                      c.numeric && fixed && s.nowrap,
                      c.truncate && s.truncate,
                      a.className
                    )}
                  >
                    {c.cell(r, i)}
                  </TableCell>
                );
              })}
            </TableRow>
          );
          if (!props.detail) return row;
          return (
            <React.Fragment key={props.rowKey(r, i)}>
              {row}
              <TableRow>
                <TableCell colSpan={props.columns.length}>{props.detail(r, i)}</TableCell>
              </TableRow>
            </React.Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}

/**
 * A column of customer names: one line, cut with an ellipsis, the full name (or `tooltip`) as
 * the cell's title.
 */
export function nameColumn<R extends { name: string }>(
  header: string,
  width: string,
  tooltip: (row: R) => string = (r) => r.name
): DataColumn<R> {
  return {
    key: "name",
    header,
    width,
    truncate: true,
    cell: (r) => r.name,
    attrs: (r) => ({ title: tooltip(r) }),
  };
}
