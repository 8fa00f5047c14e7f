import * as React from "react";
import {
  Button,
  Divider,
  Field,
  Input,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ListSnapshot, WorkbookHost } from "../../host/types";
import { isListProblem } from "../../host/types";
import { rangeA1 } from "../../core/a1";
import { DEFAULT_CAPACITY, DEFAULT_WEEKS, DEFAULT_WORKDAYS, type VisitPlan } from "../../core/plan";
import { DEFAULT_VISIT_POLICY, visitsForTier } from "../../core/visitPolicy";
import { DEFAULT_LABELS } from "../../core/tier";
import {
  buildPlanSheets,
  planCustomers,
  type PlanColumns,
  type PlanSheetsLayout,
} from "../../app/planning";
import type { Locale } from "../../i18n/locale";
import type { UiText } from "../../i18n/uiText";
import { planUiText, type PlanRole } from "../../i18n/planUiText";
import {
  guessPlanColumns,
  isoDate,
  nextMonday,
  parseHolidays,
  parseRepStarts,
  repsOf,
  tierLabels,
  type PlanRoles,
  type PlanSources,
} from "./planForm";
import { ColumnPicker } from "./ColumnPicker";
import { WorkdayPicker } from "./WorkdayPicker";
import { NumberField } from "./NumberField";
import { DaySettingsFields, defaultDayForm, readDayForm } from "./DaySettingsFields";
import { PlanHoursView } from "./PlanHoursView";
import { buildRepSheets, type RepOutputOptions } from "../../app/repOutput";
import { findExtraColumns } from "../../core/plan/extraColumns";
import { dayUiText } from "../../i18n/dayUiText";
import { PolicyEditor } from "./PolicyEditor";
import { RepStartsTable } from "./RepStartsTable";
import { PlanResultView } from "./PlanResultView";
import { WorkStatus } from "./WorkStatus";
import { ListReadRow } from "./ListReadRow";
import { useTabStyles } from "./tabStyles";
import { runCompute } from "../compute/client";
import { useTabWork } from "../hooks/useTabWork";
import { useReadOnOpen } from "../hooks/useReadOnOpen";
import { VisitLogSection } from "./VisitLogSection";
import { countDoneVisits, type LogReading } from "../../app/compliance";
import { complianceUiText } from "../../i18n/complianceUiText";

const useStyles = makeStyles({
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
});

/** The columns the tab shows, in order. */
const ROLES: readonly PlanRole[] = [
  "customer",
  "tier",
  "sales",
  "rep",
  "area",
  "address",
  "lat",
  "lng",
  "latlng",
];

export interface VisitPlanTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: UiText;
  /** "Today" for the default start date (the next Monday); default: the local date. */
  today?: { year: number; month: number; day: number };
}

/** Lets the browser paint (progress bar) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface ListState {
  snapshot: ListSnapshot;
  roles: PlanRoles;
  sources: PlanSources;
}

interface Result {
  plan: VisitPlan;
  layout: PlanSheetsLayout;
  capacity: number;
  customers: number;
  startDate: string;
  repOutput: RepOutputOptions;
  unreadRows: number[];
}

function localToday(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Visits per cycle for a label the user has not set: the default policy's, else 1 (the least a visited tier gets). */
const defaultVisits = (label: string): number => visitsForTier(label, DEFAULT_VISIT_POLICY) ?? 1;

/** The Visit plan tab: columns and options in, a multi-week route plan out on a new sheet. */
export function VisitPlanTab(props: VisitPlanTabProps): React.JSX.Element {
  const s = { ...useTabStyles(), ...useStyles() };
  const { host, locale } = props;
  const pt = planUiText(locale);
  const [list, setList] = React.useState<ListState | null>(null);
  const [noList, setNoList] = React.useState(false);
  const [startDate, setStartDate] = React.useState(() => nextMonday(props.today ?? localToday()));
  const [weeks, setWeeks] = React.useState<number>(DEFAULT_WEEKS);
  const [workdays, setWorkdays] = React.useState<number[]>([...DEFAULT_WORKDAYS]);
  const [holidaysText, setHolidaysText] = React.useState("");
  const [capacity, setCapacity] = React.useState<number>(DEFAULT_CAPACITY);
  const [policy, setPolicy] = React.useState<Record<string, number>>({ ...DEFAULT_VISIT_POLICY });
  const [starts, setStarts] = React.useState<Record<string, string>>({});
  const [dayForm, setDayForm] = React.useState(() => defaultDayForm(locale));
  const dayRead = readDayForm(dayForm, locale);
  const { busy, progress, setProgress, errors, setErrors, message, setMessage, guard } =
    useTabWork<{
      value: number;
      label: string;
    }>(props.t);
  const [result, setResult] = React.useState<Result | null>(null);

  const read = React.useCallback(async (): Promise<ListState | null> => {
    const snap = await host.readList();
    if (isListProblem(snap)) {
      setNoList(true);
      setList(null);
      return null;
    }
    setNoList(false);
    const g = guessPlanColumns(snap);
    const state = { snapshot: snap, roles: g.roles, sources: g.sources };
    setList(state);
    return state;
  }, [host]);

  const readAgain = useReadOnOpen(guard, read);

  const snap = list?.snapshot;
  const labels = React.useMemo(
    () => (snap ? tierLabels(snap, list?.roles.tier) : [...DEFAULT_LABELS]),
    [snap, list?.roles.tier]
  );
  const reps = React.useMemo(
    () => (snap ? repsOf(snap, list?.roles.rep) : []),
    [snap, list?.roles.rep]
  );
  const policyFor = (ls: readonly string[]): Record<string, number> =>
    Object.fromEntries(ls.map((l) => [l, policy[l] ?? defaultVisits(l)]));

  // Field-level checks (shown under the fields as the user types; the same list blocks Generate).
  const holidays = parseHolidays(holidaysText);
  const startIso = isoDate(startDate);
  const fieldErrors = {
    start: startIso ? undefined : pt.errors.badStartDate({ value: startDate }),
    weeks: Number.isInteger(weeks) && weeks >= 1 && weeks <= 104 ? undefined : pt.errors.badWeeks,
    capacity:
      Number.isInteger(capacity) && capacity >= 1 && capacity <= 1000
        ? undefined
        : pt.errors.badCapacity,
    workdays: workdays.length > 0 ? undefined : pt.errors.noWorkdays,
    ...dayRead.errors,
    holidays:
      holidays.badLines.length > 0
        ? pt.errors.badHolidays({
            lines: holidays.badLines.map((b) => `${b.line}: "${b.text}"`).join(", "),
          })
        : undefined,
  };

  const setRole = (role: PlanRole, col: number | undefined) => {
    if (!list) return;
    const roles = { ...list.roles, [role]: col };
    // Separate lat/lng and a combined column exclude each other.
    if (role === "latlng" && col !== undefined) {
      delete roles.lat;
      delete roles.lng;
    }
    if ((role === "lat" || role === "lng") && col !== undefined) delete roles.latlng;
    const sources = { ...list.sources };
    delete sources[role];
    setList({ ...list, roles, sources });
  };

  /** Everything that blocks Generate, in plain words (empty: good to go). */
  const problems = (state: ListState | null): string[] => {
    const out: string[] = [];
    if (!state) return [pt.errors.noList];
    if (state.roles.customer === undefined) out.push(pt.errors.noCustomerColumn);
    if (state.roles.tier === undefined && state.roles.sales === undefined)
      out.push(pt.errors.noTierSource);
    for (const e of Object.values(fieldErrors)) if (e) out.push(e);
    const ls = tierLabels(state.snapshot, state.roles.tier);
    const pol = policyFor(ls);
    for (const l of ls)
      if (!(Number.isFinite(pol[l]) && pol[l] >= 0)) out.push(pt.errors.badPolicy({ label: l }));
    for (const b of parseRepStarts(starts).bad)
      out.push(pt.errors.badStartPoint({ rep: b.rep || pt.noRep, value: b.value }));
    return out;
  };

  /** Generate; with `replan`, the rest of the horizon from `from`, counting the log's visits. */
  const generate = (replan?: { from: string; log: LogReading }) =>
    guard(async () => {
      setResult(null);
      // Read again: the list may have changed (e.g. a Tier column added by the Tiering tab).
      // Not for a re-plan: the selection is then on the visit log, the list is the one read before.
      const prev = list;
      const fresh = replan ? list : await read();
      let state = fresh;
      if (
        !replan &&
        fresh &&
        prev &&
        prev.snapshot.sheet === fresh.snapshot.sheet &&
        prev.snapshot.col === fresh.snapshot.col
      ) {
        const same =
          prev.snapshot.header.length === fresh.snapshot.header.length &&
          prev.snapshot.header.every((h, i) => fresh.snapshot.header[i] === h);
        if (same) state = { ...fresh, roles: prev.roles, sources: prev.sources };
        setList(state);
      }
      const bad = problems(state);
      if (bad.length > 0 || !state || !startIso) {
        setErrors(bad);
        return;
      }
      const r = state.roles;
      const cols: PlanColumns = {};
      for (const k of ["customer", "tier", "rep", "area", "address"] as const)
        if (r[k] !== undefined) cols[k] = r[k];
      if (r.tier === undefined) cols.sales = r.sales;
      if (r.lat !== undefined && r.lng !== undefined) [cols.lat, cols.lng] = [r.lat, r.lng];
      else if (r.latlng !== undefined) cols.latlng = r.latlng;
      // Opening hours and phone are found by their headers (营业时间 / Opening hours, 电话 / Phone).
      const extra = findExtraColumns(state.snapshot.header);
      if (extra.openingHours !== undefined) cols.openingHours = extra.openingHours;
      if (extra.phone !== undefined) cols.phone = extra.phone;
      const input = planCustomers(state.snapshot, cols);
      if (input.customers.length === 0) {
        setErrors([pt.errors.noCustomers]);
        return;
      }
      const done = replan
        ? countDoneVisits(replan.log, input.customers, state.snapshot, startIso, weeks)
        : null;
      setProgress({ value: 0.05, label: pt.progress.planning });
      await nextFrame();
      const cap = capacity;
      // In the compute worker when there is one (5,000 customers take seconds); its progress moves the bar.
      const plan = await runCompute(
        "planVisits",
        {
          customers: input.customers,
          options: {
            startDate: startIso,
            weeks,
            workdays,
            holidays: holidays.dates,
            capacity: cap,
            day: dayRead.day ?? undefined,
            policy: policyFor(tierLabels(state.snapshot, state.roles.tier)),
            repStarts: parseRepStarts(starts).starts,
            ...(replan && done ? { from: replan.from, done: done.done } : {}),
          },
        },
        (f) => setProgress({ value: 0.05 + 0.65 * f, label: pt.progress.planning })
      );
      setProgress({ value: 0.7, label: pt.progress.writing });
      await nextFrame();
      const names = await host.sheetNames();
      const { ops, layout } = buildPlanSheets(plan, names, locale, startIso);
      const repOutput: RepOutputOptions = {
        locale,
        provider: dayForm.provider,
        listSystem: dayForm.coords,
        phoneOf: (id) => input.phones.get(id as number),
      };
      const repSheets = buildRepSheets(
        plan,
        [...names, layout.planSheet, ...(layout.routeSheet ? [layout.routeSheet] : [])],
        repOutput
      );
      ops.push(...repSheets.ops);
      await host.apply(ops, (f) =>
        setProgress({ value: 0.7 + 0.3 * f, label: pt.progress.writing })
      );
      setResult({
        plan,
        layout,
        capacity: cap,
        customers: input.customers.length,
        startDate: startIso,
        repOutput,
        unreadRows: input.unreadHours.map((u) => state.snapshot.row + 2 + u.row),
      });
      const written = pt.written({
        sheet: layout.planSheet,
        routeSheet: layout.routeSheet,
        charts: layout.charts,
      });
      setMessage(
        replan && done
          ? `${complianceUiText(locale).replanned({ from: replan.from, counted: done.counted, customers: done.done.size })} ${written}`
          : written
      );
    });

  const located = React.useMemo(() => {
    if (!snap || !list) return null;
    const r = list.roles;
    if (!(r.lat !== undefined && r.lng !== undefined) && r.latlng === undefined) return 0;
    try {
      const cols: PlanColumns =
        r.lat !== undefined && r.lng !== undefined
          ? { lat: r.lat, lng: r.lng, tier: 0 }
          : { latlng: r.latlng, tier: 0 };
      return planCustomers(snap, cols).located;
    } catch {
      return null;
    }
  }, [snap, list]);

  return (
    <div className={s.root}>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={pt.readList}
        refreshText={pt.refreshList}
        onRead={() => void readAgain()}
        line={
          snap
            ? pt.listFound({
                rows: snap.rows.length,
                sheet: snap.sheet,
                range:
                  snap.tableName ??
                  rangeA1(
                    snap.row,
                    snap.col,
                    snap.rows.length + (snap.headerless ? 0 : 1),
                    snap.header.length
                  ),
              })
            : null
        }
        lineTestId="plan-list-line"
        problem={noList ? pt.errors.noList : null}
        problemTestId="plan-no-list"
      />
      {snap && list && (
        <>
          <Subtitle2>{pt.columnsTitle}</Subtitle2>
          <ColumnPicker
            text={{
              role: (r) => pt.roles[r],
              none: (r) => (r === "tier" ? pt.tierFromSales : pt.none),
              source: (src) =>
                src === "header"
                  ? pt.guessedFromHeader
                  : src === "content"
                    ? pt.guessedFromContent
                    : undefined,
            }}
            header={snap.header}
            firstCol={snap.col}
            roles={ROLES}
            value={list.roles}
            sources={list.sources}
            onChange={setRole}
          />
          <Text className={s.muted} data-testid="tier-source">
            {list.roles.tier !== undefined ? pt.tierSourceColumn : pt.tierSourceSales}
            {located !== null ? ` ${pt.located({ located, rows: snap.rows.length })}` : ""}
          </Text>
          <Divider />
          <Subtitle2>{pt.optionsTitle}</Subtitle2>
          <div className={s.pair}>
            <Field
              label={pt.startDate}
              validationMessage={fieldErrors.start}
              validationState={fieldErrors.start ? "error" : "none"}
            >
              <Input
                type="date"
                aria-label={pt.startDate}
                value={startDate}
                onChange={(_, d) => setStartDate(d.value)}
              />
            </Field>
            <NumberField
              label={pt.weeks}
              value={weeks}
              min={1}
              max={104}
              error={fieldErrors.weeks}
              onChange={setWeeks}
            />
          </div>
          <WorkdayPicker
            label={pt.workdays}
            names={pt.weekdays}
            value={workdays}
            error={fieldErrors.workdays}
            onChange={setWorkdays}
          />
          <NumberField
            label={pt.capacity}
            value={capacity}
            min={1}
            max={1000}
            error={fieldErrors.capacity}
            onChange={setCapacity}
          />
          <Field
            label={pt.holidays}
            hint={pt.holidaysHint}
            validationMessage={fieldErrors.holidays}
            validationState={fieldErrors.holidays ? "error" : "none"}
          >
            <Textarea
              aria-label={pt.holidays}
              value={holidaysText}
              rows={3}
              resize="vertical"
              onChange={(_, d) => setHolidaysText(d.value)}
            />
          </Field>
          <Text weight="semibold">{dayUiText(locale).heading}</Text>
          <DaySettingsFields
            locale={locale}
            value={dayForm}
            errors={dayRead.errors}
            onChange={setDayForm}
          />
          <PolicyEditor
            pt={pt}
            labels={labels}
            value={policyFor(labels)}
            onChange={(l, v) => setPolicy({ ...policy, [l]: v })}
          />
          <RepStartsTable
            pt={pt}
            reps={reps}
            value={starts}
            onChange={(rep, v) => setStarts({ ...starts, [rep]: v })}
          />
        </>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={() => void generate()}
          disabled={busy || !snap}
          data-testid="generate-plan"
        >
          {busy ? pt.generating : pt.generate}
        </Button>
      </div>
      <WorkStatus
        progress={progress?.value ?? null}
        progressLabel={progress?.label}
        progressCaption={progress?.label}
        errors={errors}
        errorLines
        message={message}
        errorTestId="plan-error"
        messageTestId="plan-message"
      />
      <Divider />
      <VisitLogSection
        host={host}
        locale={locale}
        t={props.t}
        today={
          isoDate(
            (({ year, month, day }) =>
              `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`)(
              props.today ?? localToday()
            )
          ) ?? ""
        }
        horizon={{ start: startIso, weeks }}
        planBusy={busy}
        list={list?.snapshot}
        onReplan={(from, log) => generate({ from, log })}
      />
      {result && (
        <>
          <Divider />
          <PlanResultView
            pt={pt}
            plan={result.plan}
            capacity={result.capacity}
            customers={result.customers}
          />
          <PlanHoursView
            locale={locale}
            plan={result.plan}
            startDate={result.startDate}
            repOutput={result.repOutput}
            unreadRows={result.unreadRows}
          />
        </>
      )}
    </div>
  );
}
