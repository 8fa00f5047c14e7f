import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { columnLetter } from "../../core/excel/a1";
import type { LeftOutReason } from "../../core/list/extent";
import type { ListSnapshot } from "../../host/types";
import type { Locale } from "../../i18n/locale";
import { formatList, messages, type Messages } from "../../i18n/messages";
import type { RowOverride } from "../../core/list/rowOverride";
import { leftOutRows, putBackRows } from "../../app/customerRows";
import { RowCorrections } from "./RowCorrections";
import { useTabStyles } from "./tabStyles";

const REASONS = ["blank", "total", "header", "note"] as const;

export interface ListReadNotesProps {
  t: Messages;
  locale: Locale;
  snapshot: ListSnapshot;
  /** Rows left out (1-based sheet rows): the analysis' when tiered, else the reader's. */
  leftOut: ReadonlyArray<{ row: number; reason: LeftOutReason }>;
  /** No sales column is chosen: ask, naming these candidates (0-based list columns). */
  askSales?: readonly number[];
  /** The user's row correction and how to change it (absent: the rows are not corrected here). */
  rows?: RowOverride;
  onRows?: (rows: RowOverride) => string[];
  /** Work is running: the corrections wait. */
  busy?: boolean;
}

/**
 * What the pane read and decided on its own (issue 11): a prompt when no column is credibly
 * sales, the rows left out (blank, total, repeated header, note, or by the user) with their row
 * numbers, the rows the user put back, a second list found below this one, and (with `onRows`)
 * the controls to put a row back or leave one out (`RowCorrections`).
 */
export function ListReadNotes(props: ListReadNotesProps): React.JSX.Element | null {
  const s = useTabStyles();
  const { snapshot } = props;
  const r = props.t.tiering.pane.read;
  const rowList = props.t.tiering.pane.rowList;
  const notes: Array<{ key: string; intent: "info" | "warning"; text: string }> = [];
  if (props.askSales) {
    const names = formatList(
      props.locale,
      props.askSales.map((c) => `${columnLetter(snapshot.col + c)}: ${snapshot.header[c] || "—"}`)
    );
    notes.push({
      key: "sales",
      intent: "warning",
      text: names ? r.salesAsk({ candidates: names }) : r.salesNone,
    });
  }
  if (props.leftOut.length > 0) {
    const parts = REASONS.flatMap((reason) => {
      const rows = props.leftOut.filter((l) => l.reason === reason).map((l) => l.row);
      return rows.length
        ? [r.reasons[reason]({ count: rows.length, rows: rowList(rows, rows.length) })]
        : [];
    });
    const mine = props.leftOut.filter((l) => l.reason === "user").map((l) => l.row);
    if (mine.length > 0)
      parts.push(
        messages(props.locale).rows.pane.userReason({
          count: mine.length,
          rows: rowList(mine, mine.length),
        })
      );
    notes.push({
      key: "leftOut",
      intent: "info",
      text: r.leftOut({ count: props.leftOut.length, parts: parts.join(r.sep) }),
    });
  }
  const back = putBackRows(snapshot);
  if (back.length > 0)
    notes.push({
      key: "putBack",
      intent: "info",
      text: messages(props.locale).rows.pane.putBackNote({
        count: back.length,
        rows: rowList(back, back.length),
      }),
    });
  if (snapshot.nextListRow !== undefined)
    notes.push({
      key: "next",
      intent: "info",
      text: r.anotherList({ row: snapshot.nextListRow + 1 }),
    });
  const corrections = props.rows && props.onRows && (
    <RowCorrections
      locale={props.locale}
      snapshot={snapshot}
      leftOut={props.leftOut}
      rows={props.rows}
      onRows={props.onRows}
      disabled={props.busy}
    />
  );
  if (notes.length === 0 && !corrections) return null;
  return (
    <div className={s.stack} data-testid="read-notes">
      {notes.map((n) => (
        <MessageBar key={n.key} intent={n.intent} data-testid={`read-${n.key}`}>
          <MessageBarBody>{n.text}</MessageBarBody>
        </MessageBar>
      ))}
      {corrections}
    </div>
  );
}

export interface JobListNotesProps {
  t: Messages;
  locale: Locale;
  /** A list tab's job (useListJob): the list as corrected, its correction, how to change it. */
  job: {
    list: { snapshot: ListSnapshot; rows: RowOverride } | null;
    setRows: (rows: RowOverride) => string[];
    busy: boolean;
  };
}

/**
 * The notes of a list job's list with the rows its reader left out, and the controls to put a
 * row back or leave one out (the tabs whose left-out rows are the reader's: not Tiering, whose
 * analysis finds more).
 */
export function JobListNotes({ t, locale, job }: JobListNotesProps): React.JSX.Element | null {
  if (!job.list) return null;
  const { snapshot, rows } = job.list;
  return (
    <ListReadNotes
      t={t}
      locale={locale}
      snapshot={snapshot}
      leftOut={leftOutRows(snapshot)}
      rows={rows}
      onRows={job.setRows}
      busy={job.busy}
    />
  );
}
