import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
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
          <Table size="extra-small" aria-label={pt.startsTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{pt.startRep}</TableHeaderCell>
                <TableHeaderCell>{pt.startPoint}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {props.reps.map((rep) => {
                const v = props.value[rep] ?? "";
                const bad = v.trim() !== "" && !parseLatLng(v);
                const name = rep || pt.noRep;
                return (
                  <TableRow key={rep}>
                    <TableCell>{name}</TableCell>
                    <TableCell>
                      <Input
                        className={s.input}
                        size="small"
                        aria-label={`${pt.startPoint}: ${name}`}
                        aria-invalid={bad}
                        placeholder={pt.startPlaceholder}
                        value={v}
                        onChange={(_, d) => props.onChange(rep, d.value)}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
