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
  truncate: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  down: { color: tokens.colorPaletteRedForeground1 },
});

/** One column of a {@link CustomerTable}. */
export interface CustomerColumn<T> {
  head: string;
  /** Its share of the width ("32%"); absent: what the others leave. */
  width?: string;
  /** Right-aligned, on one line. */
  numeric?: boolean;
  /** One line, cut with an ellipsis; `title` gives the full text as the tooltip. */
  truncate?: boolean;
  /** "down": a figure that is bad news (red). */
  tone?: "down";
  cell: (row: T) => React.ReactNode;
  title?: (row: T) => string;
}

export interface CustomerTableProps<T> {
  rows: readonly T[];
  columns: readonly CustomerColumn<T>[];
  /** The row's key (its list row), also its `data-row`. */
  rowKey: (row: T) => number;
  /** A click (or Enter/Space) on a row: the pane selects the customer in the sheet. */
  onSelect: (row: T) => void;
  /** What selecting a row does, for screen readers. */
  rowLabel?: (row: T) => string;
  ariaLabel: string;
  testId?: string;
}

/** The pane's short table of customers (top ten ...); a row click selects the customer in the sheet. */
export function CustomerTable<T>(props: CustomerTableProps<T>): React.JSX.Element {
  const s = useStyles();
  const { columns, onSelect } = props;
  return (
    <Table size="small" className={s.table} aria-label={props.ariaLabel} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          {columns.map((c, i) => (
            <TableHeaderCell
              key={i}
              className={s.head}
              style={c.width ? { width: c.width } : undefined}
              button={{ className: mergeClasses(s.headBox, c.numeric && s.headRight) }}
            >
              <span className={s.headBox}>{c.head}</span>
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((x) => (
          <TableRow
            key={props.rowKey(x)}
            className={s.clickable}
            tabIndex={0}
            aria-label={props.rowLabel?.(x)}
            onClick={() => onSelect(x)}
            onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && onSelect(x)}
            data-row={props.rowKey(x)}
          >
            {columns.map((c, i) => (
              <TableCell
                key={i}
                className={mergeClasses(
                  c.numeric && s.num,
                  c.truncate && s.truncate,
                  c.tone === "down" && s.down
                )}
                title={c.title?.(x)}
              >
                {c.cell(x)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The customer's name column: one line, cut with an ellipsis, the full text as the tooltip.
 * @param tooltip The tooltip (default: the name).
 */
export function nameColumn<T extends { name: string }>(
  head: string,
  width: string,
  tooltip: (row: T) => string = (x) => x.name
): CustomerColumn<T> {
  return { head, width, truncate: true, cell: (x) => x.name, title: tooltip };
}
