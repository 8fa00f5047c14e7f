import * as React from "react";
import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DataTable } from "./DataTable";
import type { MigrationMatrix } from "../../core/list/migration";
import type { Locale } from "../../i18n/locale";
import { messages, formatAmount } from "../../i18n/messages";

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalS, overflowX: "auto" },
  table: { tableLayout: "auto" },
  num: { textAlign: "right", whiteSpace: "nowrap", verticalAlign: "top" },
  head: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  // The corner may wrap: a task pane is narrow and the tier columns need the room.
  corner: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  legend: { display: "block", color: tokens.colorNeutralForeground3 },
  sales: { display: "block", color: tokens.colorNeutralForeground3 },
  up: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  down: { backgroundColor: tokens.colorPaletteRedBackground1 },
  same: { backgroundColor: tokens.colorNeutralBackground3 },
});

export interface MigrationMatrixViewProps {
  matrix: MigrationMatrix;
  locale: Locale;
}

/**
 * The tier migration matrix: previous tier down the side, current tier across, "(new)" and
 * "(gone)"; each cell the customers and the sales they moved. Moves up are tinted green, down red
 * (only between the tiers both sides list in the same order, i.e. the current labels).
 */
export function MigrationMatrixView(props: MigrationMatrixViewProps): React.JSX.Element {
  const s = useStyles();
  const { matrix: m, locale } = props;
  const t = messages(locale).valueClass.pane.migration;
  // The leading labels both sides share in the same order (the current tiers, best first).
  let ranked = 0;
  while (ranked < m.from.length && ranked < m.to.length && m.from[ranked] === m.to[ranked])
    ranked++;
  const rowLabel = (i: number) => (i < m.from.length ? m.from[i] : t.newRow);
  const colLabel = (j: number) => (j < m.to.length ? m.to[j] : t.goneCol);
  const tint = (i: number, j: number) =>
    i >= ranked || j >= ranked ? undefined : i === j ? s.same : j < i ? s.up : s.down;
  return (
    <div className={s.root} data-testid="migration-matrix">
      <Text weight="semibold">{t.title}</Text>
      <DataTable
        label={t.title}
        className={s.table}
        rows={m.counts.map((_, i) => i)}
        rowKey={(i) => String(i)}
        columns={[
          {
            key: "from",
            header: t.corner,
            headerClassName: s.corner,
            cell: (i) => rowLabel(i),
            attrs: () => ({ className: s.head }),
          },
          ...m.counts[0].map((_, j) => ({
            key: String(j),
            header: colLabel(j),
            headerClassName: mergeClasses(s.head, s.num),
            cell: (i: number) => {
              const count = m.counts[i][j];
              return (
                <>
                  {count > 0 ? count : "·"}
                  {count > 0 && (
                    <Caption1 className={s.sales}>{formatAmount(locale, m.values[i][j])}</Caption1>
                  )}
                </>
              );
            },
            attrs: (i: number) => {
              const count = m.counts[i][j];
              const sales = formatAmount(locale, m.values[i][j]);
              return {
                className: mergeClasses(s.num, tint(i, j)),
                title: t.cell({ from: rowLabel(i), to: colLabel(j), count, sales }),
                "data-cell": `${i},${j}`,
                "data-count": count,
              };
            },
          })),
        ]}
      />
      <Caption1 className={s.legend}>{t.legend}</Caption1>
    </div>
  );
}
