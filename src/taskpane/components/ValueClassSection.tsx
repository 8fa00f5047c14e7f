import * as React from "react";
import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellValue, ListSnapshot } from "../../host/types";
import { DEFAULT_TOP_SHARE } from "../../core/valueClass";
import { valueClassView } from "../../app/valueStats";
import { buildValueClassWrite, type ColumnWritePlan, type OutputMode } from "../../app/value";
import type { Locale } from "../../i18n/locale";
import { formatAmount } from "../../i18n/valueChurnUiText";
import { messages } from "../../i18n/messages";
import { ColumnSelect } from "./ColumnSelect";
import { useTabStyles } from "./tabStyles";
import { ShareTable } from "./ShareTable";
import { TextField } from "./TextField";

const useStyles = makeStyles({
  headline: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** How a section asks the tab to write: columns written, the plan for a (fresh) list, the message. */
export type RunWrite = (
  k: number,
  build: (
    snapshot: ListSnapshot,
    beyond: CellValue[][] | undefined,
    replace: boolean
  ) => ColumnWritePlan,
  done: (p: ColumnWritePlan) => string
) => unknown;

export interface ValueClassSectionProps {
  snapshot: ListSnapshot;
  /** Numeric columns (0-based within the list) offered in the dropdowns. */
  numeric: readonly number[];
  /** First choices: the value (sales/CLV) and cost-to-serve columns guessed from the list. */
  initial: { value?: number; cost?: number; potential?: number };
  locale: Locale;
  output: OutputMode;
  busy: boolean;
  runWrite: RunWrite;
  /** Column letters of a plan, for the message. */
  letters: (p: ColumnWritePlan) => string;
}

/** Percent text of a share, one decimal. */
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Value classes (issue 15): choose the value, cost-to-serve and potential columns and the top
 * share; see customers, value and share of value per class (does the top 5% bring ~40%?) with
 * the action; write a Value class column in the workbook's language.
 */
export function ValueClassSection(props: ValueClassSectionProps): React.JSX.Element {
  const s = { ...useTabStyles(), ...useStyles() };
  const { snapshot: snap, locale } = props;
  const t = messages(locale).valueClass.pane.classes;
  const [cols, setCols] = React.useState(props.initial);
  const [top, setTop] = React.useState(String(DEFAULT_TOP_SHARE * 100));
  const topShare = top.trim() === "" ? NaN : Number(top) / 100;
  const topOk = topShare > 0 && topShare <= 1;

  const view = React.useMemo(() => {
    if (cols.value === undefined || !topOk) return null;
    return valueClassView(snap, {
      value: cols.value,
      cost: cols.cost,
      potential: cols.potential,
      topShare,
    });
  }, [snap, cols.value, cols.cost, cols.potential, topShare, topOk]);

  const onWrite = () => {
    if (cols.value === undefined || !topOk) return;
    const { value, cost, potential } = cols;
    return props.runWrite(
      1,
      (sn, beyond, replace) =>
        buildValueClassWrite(sn, {
          value,
          costToServe: cost,
          potential,
          topShare: topShare === DEFAULT_TOP_SHARE ? undefined : topShare,
          output: props.output,
          locale,
          beyond,
          replaceExisting: replace,
        }),
      (p) => t.written({ column: props.letters(p) })
    );
  };

  const pick = (key: keyof typeof cols, label: string, testId: string, none?: string) => (
    <ColumnSelect
      label={label}
      header={snap.header}
      firstCol={snap.col}
      columns={props.numeric}
      value={cols[key]}
      onChange={(v) => setCols({ ...cols, [key]: v })}
      noneText={none}
      testId={testId}
    />
  );
  const mostValuable = view?.stats[0];
  return (
    <>
      <Subtitle2>{t.title}</Subtitle2>
      <Text className={s.muted}>{t.hint}</Text>
      <div className={s.grid}>
        {pick("value", t.value, "class-value")}
        {pick("cost", t.cost, "class-cost", t.none)}
        {pick("potential", t.potential, "class-potential", t.none)}
        <TextField
          label={t.topShare}
          error={topOk ? undefined : t.topShareInvalid}
          value={top}
          inputMode="decimal"
          onChange={setTop}
          testId="class-top"
        />
      </div>
      {view && mostValuable && (
        <>
          <Text className={s.headline} data-testid="class-headline">
            {t.headline({
              top: `${+(topShare * 100).toFixed(2)}%`,
              customers: mostValuable.count,
              share: pct(mostValuable.valueShare),
            })}
          </Text>
          <ShareTable
            head={{ ...t.table, name: t.table.cls }}
            ariaLabel={t.title}
            testId="class-table"
            rowAttr="class"
            cellTestIds={(id) => ({ customers: `class-count-${id}`, share: `class-share-${id}` })}
            rows={view.stats.map((c) => ({
              id: c.id,
              name: t.names[c.id].label,
              customers: `${c.count} (${pct(c.countShare)})`,
              value: formatAmount(locale, c.value),
              share: pct(c.valueShare),
              action: t.names[c.id].action,
            }))}
          />
          {view.missing > 0 && (
            <Text className={s.muted}>{t.missing({ count: view.missing })}</Text>
          )}
        </>
      )}
      <div className={s.row}>
        <Button onClick={onWrite} disabled={props.busy || !view} data-testid="write-class">
          {t.write}
        </Button>
      </div>
    </>
  );
}
