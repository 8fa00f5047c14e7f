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
import type { QuadrantStats } from "../../core/segmentStats";
import type { Locale } from "../../i18n/locale";
import { formatAmount, type ValueUiText } from "../../i18n/valueChurnUiText";
import { SEGMENT_COLORS } from "./QuadrantScatter";

const useStyles = makeStyles({
  num: { textAlign: "right", whiteSpace: "nowrap" },
  name: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  action: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  swatch: {
    display: "inline-block",
    width: "8px",
    height: "8px",
    marginRight: "6px",
    borderRadius: "50%",
  },
});

export interface QuadrantTableProps {
  t: ValueUiText;
  locale: Locale;
  quadrants: readonly QuadrantStats[];
}

/** Customers and value per quadrant, with the recommended action in one line each. */
export function QuadrantTable(props: QuadrantTableProps): React.JSX.Element {
  const s = useStyles();
  const { t, locale } = props;
  return (
    <Table size="small" aria-label={t.matrixTitle} data-testid="quadrant-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.table.segment}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t.table.customers}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t.table.value}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t.table.valueShare}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.quadrants.map((q) => (
          <React.Fragment key={q.id}>
            <TableRow data-segment={q.id}>
              <TableCell className={s.name}>
                <span className={s.swatch} style={{ background: SEGMENT_COLORS[q.id] }} />
                {t.segments[q.id].label}
              </TableCell>
              <TableCell className={s.num} data-testid={`count-${q.id}`}>
                {q.count}
              </TableCell>
              <TableCell className={s.num}>{formatAmount(locale, q.value)}</TableCell>
              <TableCell className={s.num}>{(q.valueShare * 100).toFixed(1)}%</TableCell>
            </TableRow>
            <TableRow>
              <TableCell colSpan={4}>
                <Text className={s.action}>
                  {t.table.action}: {t.segments[q.id].action}
                </Text>
              </TableCell>
            </TableRow>
          </React.Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
