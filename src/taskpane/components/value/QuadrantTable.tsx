import * as React from "react";
import type { QuadrantStats } from "../../../core/segmentStats";
import type { Locale } from "../../../i18n/locale";
import { formatAmount } from "../../../i18n/messages";
import type { ValueUiText } from "../../../i18n/types";
import { SEGMENT_COLORS } from "./QuadrantScatter";
import { ShareTable } from "../ShareTable";

export interface QuadrantTableProps {
  t: ValueUiText;
  locale: Locale;
  quadrants: readonly QuadrantStats[];
}

/** Customers and value per quadrant, with the recommended action in one line each. */
export function QuadrantTable(props: QuadrantTableProps): React.JSX.Element {
  const { t, locale } = props;
  return (
    <ShareTable
      head={{ ...t.table, name: t.table.segment }}
      ariaLabel={t.matrixTitle}
      testId="quadrant-table"
      rowAttr="segment"
      cellTestIds={(id) => ({ customers: `count-${id}` })}
      rows={props.quadrants.map((q) => ({
        id: q.id,
        name: t.segments[q.id].label,
        color: SEGMENT_COLORS[q.id],
        customers: String(q.count),
        value: formatAmount(locale, q.value),
        share: `${(q.valueShare * 100).toFixed(1)}%`,
        action: t.segments[q.id].action,
      }))}
    />
  );
}
