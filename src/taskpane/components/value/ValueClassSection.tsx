import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { valueClassView } from "../../../app/valueStats";
import { messages, formatAmount } from "../../../i18n/messages";
import { ShareTable } from "../ShareTable";
import { TextField } from "../TextField";
import { useTabStyles } from "../tabStyles";
import { ValueWriteSection } from "./ValueWriteSection";
import { classWrite, type ValueSectionProps } from "./valueForm";

const useStyles = makeStyles({
  headline: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Percent text of a share, one decimal. */
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Value classes (issue 15): choose the value, cost-to-serve and potential columns and the top
 * share; see customers, value and share of value per class (does the top 5% bring ~40%?) with
 * the action; write a Value class column in the workbook's language.
 */
export function ValueClassSection(props: ValueSectionProps): React.JSX.Element {
  const s = { ...useTabStyles(), ...useStyles() };
  const { list, locale } = props;
  const t = messages(locale).valueClass.pane.classes;
  const { value, cost, potential } = list.columns;
  const write = classWrite(props.form);
  const topShare = write?.topShare;
  const view = React.useMemo(
    () =>
      value === undefined || topShare === undefined
        ? null
        : valueClassView(list.info.snapshot, { value, cost, potential, topShare }),
    [list.info.snapshot, value, cost, potential, topShare]
  );
  const mostValuable = view?.stats[0];
  return (
    <ValueWriteSection
      {...props}
      heading={t}
      roles={{ value: t.value, cost: t.cost, potential: t.potential }}
      noneText={t.none}
      fields={
        <TextField
          label={t.topShare}
          error={write ? undefined : t.topShareInvalid}
          value={props.form.top}
          inputMode="decimal"
          onChange={(top) => props.onForm({ ...props.form, top })}
          testId="class-top"
        />
      }
      write={write}
      ready={!!view}
      button={{ text: t.write, testId: "write-class" }}
    >
      {view && mostValuable && topShare !== undefined && (
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
    </ValueWriteSection>
  );
}
