/**
 * Under the plan's result (issue 13): the longest day in hours, visits outside opening hours,
 * unread opening-hours cells, and the reps' calendar files as downloads (the command line's
 * --ics, made in the browser: nothing leaves the computer).
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { VisitPlan } from "../../core/plan";
import { buildRepCalendars, type RepOutputOptions } from "../../app/repOutput";
import type { Locale } from "../../i18n/locale";
import { formatList, messages } from "../../i18n/messages";

export function PlanHoursView(props: {
  locale: Locale;
  plan: VisitPlan;
  startDate: string;
  repOutput: RepOutputOptions;
  /** Sheet row numbers of opening-hours cells that could not be read. */
  unreadRows: number[];
}): React.JSX.Element {
  const t = messages(props.locale).day.pane;
  const noRep = messages(props.locale).plan.sheet.noRep;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const calendars = React.useMemo(
    () =>
      buildRepCalendars(props.plan, {
        ...props.repOutput,
        timeZone: zone,
        startDate: props.startDate,
        stamp: Date.now(),
      }),
    [props.plan, props.repOutput, props.startDate, zone]
  );
  const longest = props.plan.totals.longestDay;
  const flagged = props.plan.visits.filter((v) => v.flag !== null).length;
  const download = (name: string, text: string) => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: "8px" }}>
      <Text>
        {t.longestDay}:{" "}
        <Text weight="semibold" data-testid="longest-day">
          {longest
            ? t.longest({
                rep: longest.rep || noRep,
                date: longest.date,
                hours: longest.hours.toFixed(1),
              })
            : "-"}
        </Text>
      </Text>
      {flagged > 0 && (
        <MessageBar intent="warning" data-testid="outside-hours">
          <MessageBarBody>{t.outsideHours({ n: flagged })}</MessageBarBody>
        </MessageBar>
      )}
      {props.unreadRows.length > 0 && (
        <MessageBar intent="warning" data-testid="unread-hours">
          <MessageBarBody>
            {t.unreadHours({
              n: props.unreadRows.length,
              rows: formatList(props.locale, props.unreadRows.slice(0, 8)),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {calendars.length > 0 && (
        <>
          <Text weight="semibold">{t.calendars}</Text>
          <Text size={200}>{t.calendarsHint({ zone })}</Text>
          <div style={{ display: "flex", flexWrap: "wrap", gap: "4px" }}>
            {calendars.map((c) => (
              <Button
                key={c.fileName}
                size="small"
                data-testid="ics-download"
                onClick={() => download(c.fileName, c.text)}
              >
                {t.download({ rep: c.fileName.replace(/\.ics$/, "") })}
              </Button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
