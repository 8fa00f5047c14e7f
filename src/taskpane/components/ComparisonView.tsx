import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MoveKind, TierComparison } from "../../core/list/compare";
import type { MigrationMatrix } from "../../core/list/migration";
import type { Locale } from "../../i18n/locale";
import type { Messages } from "../../i18n/messages";
import { MigrationMatrixView } from "./MigrationMatrixView";

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalM },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  rows: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    maxHeight: "220px",
    overflowY: "auto",
  },
});

const KINDS: readonly MoveKind[] = ["up", "down", "new", "gone", "same", "unknown"];
const COLORS: Record<
  MoveKind,
  "success" | "danger" | "brand" | "warning" | "informative" | "subtle"
> = {
  up: "success",
  down: "danger",
  new: "brand",
  gone: "warning",
  same: "informative",
  unknown: "subtle",
};
/** Rows listed per kind (the rest are in the sheet). */
const MAX_LISTED = 200;

export interface ComparisonViewProps {
  t: Messages;
  locale: Locale;
  comparison: TierComparison & { migration?: MigrationMatrix };
  /** 1-based worksheet row of data row i. */
  sheetRow: (i: number) => number;
  /** Customer name of data row i ("" when none). */
  name: (i: number) => string;
  onSelectRow: (i: number) => void;
}

/**
 * Moved up / down / new / gone counts, the migration matrix (who moved from which tier to which,
 * with the sales moved) and, per kind, the customers as buttons that select their row.
 */
export function ComparisonView(props: ComparisonViewProps): React.JSX.Element {
  const s = useStyles();
  const t = props.t.tiering.pane;
  const c = props.comparison;
  const kinds = KINDS.filter((k) => c.counts[k] > 0 && k !== "same");
  return (
    <div className={s.root} data-testid="comparison">
      <Text weight="semibold">{t.comparisonTitle}</Text>
      <div className={s.counts}>
        {KINDS.filter((k) => k !== "unknown" || c.counts.unknown > 0).map((k) => (
          <Badge key={k} appearance="tint" color={COLORS[k]} data-move={k}>
            {t.moves[k]}: {c.counts[k]}
          </Badge>
        ))}
      </div>
      {c.migration && <MigrationMatrixView matrix={c.migration} locale={props.locale} />}
      {kinds.length > 0 && (
        <Accordion collapsible>
          {kinds.map((k) => (
            <AccordionItem key={k} value={k}>
              <AccordionHeader size="small">
                {t.moves[k]} ({c.counts[k]})
              </AccordionHeader>
              <AccordionPanel>
                <div className={s.rows}>
                  {c.rows[k].slice(0, MAX_LISTED).map((i) => (
                    <Button
                      key={i}
                      appearance="transparent"
                      size="small"
                      onClick={() => props.onSelectRow(i)}
                    >
                      {t.rowButton({ row: props.sheetRow(i), name: props.name(i) })}
                    </Button>
                  ))}
                  {c.rows[k].length > MAX_LISTED && (
                    <Caption1>… +{c.rows[k].length - MAX_LISTED}</Caption1>
                  )}
                </div>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </div>
  );
}
