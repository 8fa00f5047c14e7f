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
import { Swatch } from "./ColorLegend";

const useStyles = makeStyles({
  num: { textAlign: "right", whiteSpace: "nowrap" },
  name: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
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
  return (
    <Table size="small" aria-label={props.ariaLabel} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{head.name}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{head.customers}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{head.value}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{head.valueShare}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r) => {
          const ids = props.cellTestIds?.(r.id) ?? {};
          return (
            <React.Fragment key={r.id}>
              <TableRow {...{ [`data-${props.rowAttr}`]: r.id }}>
                <TableCell className={s.name}>
                  {r.color && <Swatch color={r.color} dot />}
                  {r.name}
                </TableCell>
                <TableCell className={s.num} data-testid={ids.customers}>
                  {r.customers}
                </TableCell>
                <TableCell className={s.num}>{r.value}</TableCell>
                <TableCell className={s.num} data-testid={ids.share}>
                  {r.share}
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell colSpan={4}>
                  <Text className={s.action}>
                    {head.action}: {r.action}
                  </Text>
                </TableCell>
              </TableRow>
            </React.Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}
