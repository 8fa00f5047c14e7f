import * as React from "react";
import { Divider, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { OrderPreview } from "../../../app/history";
import { isoFromSerial } from "../../../core/excel/dates";
import { percentText } from "../../../i18n/format";
import type { Locale } from "../../../i18n/locale";
import { messages } from "../../../i18n/messages";
import { useTabStyles } from "../tabStyles";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The counts the chain will start from: orders, dates, calibration, repeat buyers, holdout. */
export function HistoryPreview(props: {
  locale: Locale;
  preview: OrderPreview;
  /** A holdout end was given. */
  holdout: boolean;
}): React.JSX.Element {
  const s = { ...useTabStyles(), ...useStyles() };
  const ht = messages(props.locale).history.pane;
  const p = props.preview;
  const fmt = (serial?: number) => (serial === undefined ? "" : isoFromSerial(serial));
  return (
    <>
      <Divider />
      <Subtitle2>{ht.previewTitle}</Subtitle2>
      <ul className={s.list} data-testid="history-preview">
        <li>{ht.preview.orders({ orders: p.orders, customers: p.customers })}</li>
        <li>{ht.preview.dates({ from: fmt(p.firstDate), to: fmt(p.lastDate) })}</li>
        <li>
          {ht.preview.calibration({
            customers: p.calibrationCustomers,
            orders: p.calibrationOrders,
            date: fmt(p.asOf),
          })}
        </li>
        {p.calibrationCustomers > 0 && (
          <li>
            {ht.preview.repeat({ share: percentText(p.repeatShare), buyers: p.repeatBuyers })}
          </li>
        )}
        {props.holdout && p.holdoutEnd !== undefined && (
          <li>{ht.preview.holdout({ orders: p.holdoutOrders, date: fmt(p.holdoutEnd) })}</li>
        )}
        {p.blankRows > 0 && (
          <li className={s.muted}>{ht.preview.blankRows({ count: p.blankRows })}</li>
        )}
      </ul>
    </>
  );
}
