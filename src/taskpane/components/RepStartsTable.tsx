import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DataTable } from "./DataTable";
import { parseLatLng } from "../../core/plan";
import type { PlanUiText } from "../../i18n/types";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  input: { width: "100%" },
});

export interface RepStartsTableProps {
  pt: PlanUiText;
  /** Rep names ("" for the rep of customers without one). */
  reps: readonly string[];
  /** Typed start point per rep ("lat,lng"). */
  value: Readonly<Record<string, string>>;
  onChange: (rep: string, text: string) => void;
}

/** Optional start point (depot, home) per rep, typed as "lat,lng"; folded away by default. */
export function RepStartsTable(props: RepStartsTableProps): React.JSX.Element {
  const s = useStyles();
  const { pt } = props;
  return (
    <Accordion collapsible>
      <AccordionItem value="starts">
        <AccordionHeader size="small">{pt.startsTitle}</AccordionHeader>
        <AccordionPanel>
          <Caption1 className={s.hint}>{pt.startsHint}</Caption1>
          <DataTable
            label={pt.startsTitle}
            rows={props.reps}
            rowKey={(rep) => rep}
            columns={[
              { key: "rep", header: pt.startRep, cell: (rep) => rep || pt.noRep },
              {
                key: "start",
                header: pt.startPoint,
                cell: (rep) => {
                  const v = props.value[rep] ?? "";
                  return (
                    <Input
                      className={s.input}
                      size="small"
                      aria-label={`${pt.startPoint}: ${rep || pt.noRep}`}
                      aria-invalid={v.trim() !== "" && !parseLatLng(v)}
                      placeholder={pt.startPlaceholder}
                      value={v}
                      onChange={(_, d) => props.onChange(rep, d.value)}
                    />
                  );
                },
              },
            ]}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
