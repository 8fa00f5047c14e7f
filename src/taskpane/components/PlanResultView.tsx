import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DataTable } from "./DataTable";
import { isoToDayNumber, isoWeekday, type VisitPlan } from "../../core/plan";
import type { PlanUiText } from "../../i18n/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  totals: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  figure: { fontWeight: tokens.fontWeightSemibold },
  over: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingBottom: tokens.spacingVerticalXXS,
  },
});

/** Unscheduled customers listed in the pane (the sheet lists them all). */
export const UNSCHEDULED_SHOWN = 30;

export interface PlanResultViewProps {
  pt: PlanUiText;
  plan: VisitPlan;
  /** Capacity the plan was made with (for the "would be needed" line). */
  capacity: number;
  customers: number;
}

/** What the plan says: totals, capacity needed when short, per-rep load, unscheduled customers with reasons. */
export function PlanResultView(props: PlanResultViewProps): React.JSX.Element {
  const s = useStyles();
  const { pt, plan } = props;
  const t = plan.totals;
  const repName = (r: string) => r || pt.noRep;
  const b = t.busiestDay;
  const short = plan.unscheduled.some((u) => u.code === "CAPACITY");
  const needed = Math.max(plan.neededCapacity.visitsPerRepDay, props.capacity + 1);

  const reps: string[] = [];
  const perRep = new Map<string, { visits: number; days: number; max: number; km: number }>();
  for (const d of plan.days) {
    let e = perRep.get(d.rep);
    if (!e) {
      e = { visits: 0, days: 0, max: 0, km: 0 };
      perRep.set(d.rep, e);
      reps.push(d.rep);
    }
    e.visits += d.visits;
    if (d.visits > 0) e.days++;
    e.max = Math.max(e.max, d.visits);
    e.km += d.km;
  }
  const unscheduledCustomers = plan.unscheduled;
  const neededByRep = new Map(plan.neededCapacity.byRep.map((b) => [b.rep, b.visitsPerDay]));

  return (
    <div className={s.root} data-testid="plan-result">
      <Subtitle2>{pt.totalsTitle}</Subtitle2>
      <div className={s.totals}>
        <Text>{pt.totals.customers}</Text>
        <Text className={s.figure}>{pt.number(props.customers)}</Text>
        <Text>{pt.totals.visits}</Text>
        <Text className={s.figure} data-testid="total-visits">
          {pt.number(t.visitsPlanned)}
        </Text>
        <Text>{pt.totals.unscheduled}</Text>
        <Text className={s.figure} data-testid="total-unscheduled">
          {pt.number(t.unscheduledVisits)}
        </Text>
        <Text>{pt.totals.km}</Text>
        <Text className={s.figure} data-testid="total-km">
          {pt.number(t.km, 1)}
        </Text>
        <Text>{pt.totals.busiestDay}</Text>
        <Text className={s.figure} data-testid="busiest-day">
          {b
            ? pt.busiest({
                rep: repName(b.rep),
                date: b.date,
                weekday: weekdayName(pt, b.date),
                visits: b.visits,
              })
            : pt.noBusiest}
        </Text>
      </div>
      {short ? (
        <MessageBar intent="warning" data-testid="capacity-needed">
          <MessageBarBody>{pt.capacityNeeded({ needed, capacity: props.capacity })}</MessageBarBody>
        </MessageBar>
      ) : (
        plan.unscheduled.length === 0 && <Text className={s.muted}>{pt.allPlanned}</Text>
      )}
      {reps.length > 0 && (
        <>
          <Subtitle2>{pt.perRepTitle}</Subtitle2>
          <DataTable
            label={pt.perRepTitle}
            rows={reps}
            rowKey={(r) => r}
            columns={[
              { key: "rep", header: pt.perRep.rep, cell: (r) => repName(r) },
              ...(["visits", "days", "max", "km"] as const).map((k) => ({
                key: k,
                header: pt.perRep[k === "max" ? "perDay" : k],
                numeric: true,
                cell: (r: string) => pt.number(perRep.get(r)![k], k === "km" ? 1 : undefined),
              })),
              {
                key: "needed",
                header: pt.perRep.needed,
                numeric: true,
                cell: (r) => pt.number(neededByRep.get(r) ?? 0),
                attrs: (r) => ({
                  className: (neededByRep.get(r) ?? 0) > props.capacity ? s.over : undefined,
                  "data-testid": "needed",
                }),
              },
            ]}
          />
          <Text size={200} className={s.muted}>
            {pt.perRepNote}
          </Text>
        </>
      )}
      {unscheduledCustomers.length > 0 && (
        <>
          <Subtitle2 data-testid="unscheduled-title">
            {pt.unscheduledTitle({
              customers: unscheduledCustomers.length,
              visits: t.unscheduledVisits,
            })}
          </Subtitle2>
          <ul
            className={s.list}
            data-testid="unscheduled"
            aria-label={pt.unscheduledTitle({
              customers: unscheduledCustomers.length,
              visits: t.unscheduledVisits,
            })}
          >
            {unscheduledCustomers.slice(0, UNSCHEDULED_SHOWN).map((u, i) => (
              <li key={`${String(u.customerId)}-${i}`} className={s.item}>
                <Text weight="semibold">{u.name}</Text>
                <Text className={s.muted}>
                  {u.tier ? ` ${u.tier}` : ""} · {repName(u.rep)}
                </Text>
                <div>
                  <Text size={200} data-code={u.code}>
                    {pt.reasons[u.code]({
                      tier: u.tier,
                      required: u.required,
                      scheduled: u.scheduled,
                      missing: u.missing,
                      capacity: props.capacity,
                    })}
                  </Text>
                </div>
              </li>
            ))}
          </ul>
          {unscheduledCustomers.length > UNSCHEDULED_SHOWN && (
            <Text className={s.muted}>
              {pt.more({ count: unscheduledCustomers.length - UNSCHEDULED_SHOWN })}
            </Text>
          )}
        </>
      )}
    </div>
  );
}

/** Weekday name of an ISO date (the pane names Mon..Sat; a Sunday shows no name). */
function weekdayName(pt: PlanUiText, iso: string): string {
  return pt.weekdays[isoWeekday(isoToDayNumber(iso)) - 1] ?? "";
}
