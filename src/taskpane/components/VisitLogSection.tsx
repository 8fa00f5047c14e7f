import * as React from "react";
import { Button, Dropdown, Field, Option, Subtitle2, Text } from "@fluentui/react-components";
import { isListProblem, type ListSnapshot, type WorkbookHost } from "../../host/types";
import {
  buildComplianceSheet,
  checkCompliance,
  ComplianceInputError,
  planSheetNames,
  readLogSnapshot,
  readPlanSheet,
  type ComplianceResult,
  type LogReading,
} from "../../app/compliance";
import { cellDate } from "../../core/visits";
import { dayNumberToIso, isoToDayNumber } from "../../core/plan/calendar";
import type { Locale } from "../../i18n/locale";
import { formatList, messages, type Messages } from "../../i18n/messages";
import type { ComplianceUiText } from "../../i18n/types";
import { ComplianceTable } from "./ComplianceTable";
import { TextField } from "./TextField";
import { WorkStatus } from "./WorkStatus";
import { useTabStyles } from "./tabStyles";
import { useTabWork } from "../hooks/useTabWork";

export interface VisitLogSectionProps {
  host: WorkbookHost;
  locale: Locale;
  t: Messages;
  /** "Today" as ISO: the default as-of and re-plan dates. */
  today: string;
  /** The plan form's horizon (start ISO, or null while the start field is invalid; weeks). */
  horizon: { start: string | null; weeks: number };
  /** Runs the plan form's Generate as a re-plan from `from` counting `log`; its own status shows. */
  onReplan: (from: string, log: LogReading) => Promise<void>;
  /** True while the plan form works (the re-plan button waits). */
  planBusy: boolean;
  /** The customer list the tab has read, if any: its id column lets the log name customers by id. */
  list?: ListSnapshot;
}

/** A ComplianceInputError in the pane's language; anything else is rethrown for the guard. */
export function localInputError(e: unknown, ct: ComplianceUiText): string {
  if (!(e instanceof ComplianceInputError)) throw e;
  const names: Readonly<Record<string, string>> = ct.logRoles;
  const detail = e.detail.map((d) => names[d] ?? d).join(ct.listSep);
  return ct.errors[e.code]({ detail });
}

const isoOf = (text: string): string | null =>
  /^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/.test(text) ? (cellDate(text.trim())?.date ?? null) : null;

/**
 * The Visit plan tab's "Visits done" section (issue 13 part 3): read a visit log at the
 * selection, check it against a plan sheet (writes a "Visit compliance" sheet and shows the
 * per-rep figures), or re-plan the rest of the horizon counting it.
 */
export function VisitLogSection(props: VisitLogSectionProps): React.JSX.Element {
  const s = useTabStyles();
  const { host, locale } = props;
  const ct = messages(locale).compliance.pane;
  const work = useTabWork(props.t);
  const [log, setLog] = React.useState<LogReading | null>(null);
  const [plans, setPlans] = React.useState<string[]>([]);
  const [planSheet, setPlanSheet] = React.useState<string | null>(null);
  const [asOf, setAsOf] = React.useState(props.today);
  // null until the user types: then the default follows the plan form's horizon (today, kept
  // inside it, so a plan starting next week does not open with an error).
  const [fromText, setFrom] = React.useState<string | null>(null);
  const [result, setResult] = React.useState<ComplianceResult | null>(null);

  const refreshPlans = React.useCallback(async () => {
    const names = planSheetNames(await host.sheetNames());
    setPlans(names);
    setPlanSheet((cur) => (cur !== null && names.includes(cur) ? cur : (names[0] ?? null)));
  }, [host]);
  React.useEffect(() => {
    void refreshPlans();
  }, [refreshPlans]);

  const asOfIso = isoOf(asOf);
  const { start, weeks } = props.horizon;
  const end =
    start && Number.isInteger(weeks) && weeks >= 1
      ? dayNumberToIso(isoToDayNumber(start) + 7 * weeks - 1)
      : null;
  const from =
    fromText ??
    (start && end
      ? props.today < start
        ? start
        : props.today > end
          ? end
          : props.today
      : props.today);
  const fromIso = isoOf(from);
  const fromError = !fromIso
    ? ct.errors.badDate({ value: from })
    : start && end && (fromIso < start || fromIso > end)
      ? ct.errors.fromOutside({ start, end })
      : undefined;

  const onReadLog = () =>
    work.guard(async () => {
      setResult(null);
      const snap = await host.readList();
      if (isListProblem(snap)) {
        setLog(null);
        work.setErrors([ct.errors.noLog]);
        return;
      }
      try {
        setLog(readLogSnapshot(snap, false));
      } catch (e) {
        setLog(null);
        work.setErrors([localInputError(e, ct)]);
      }
      await refreshPlans();
    });

  const onCheck = () =>
    work.guard(async () => {
      setResult(null);
      if (!log) return work.setErrors([ct.errors.noLog]);
      if (log.columns.rep === undefined)
        return work.setErrors([ct.errors.LOG_COLUMNS({ detail: ct.logRoles.rep })]);
      if (!asOfIso) return work.setErrors([ct.errors.badDate({ value: asOf })]);
      if (!planSheet) return work.setErrors([ct.noPlanSheet]);
      let r: ComplianceResult;
      let ops;
      try {
        const plan = await readPlanSheet(host, planSheet);
        r = checkCompliance(plan, log, asOfIso, props.list);
        ops = buildComplianceSheet(r, await host.sheetNames(), locale);
      } catch (e) {
        return work.setErrors([localInputError(e, ct)]);
      }
      await host.apply(ops.ops);
      setResult(r);
      work.setMessage(ct.written({ sheet: ops.layout.sheet }));
    });

  const onReplan = () =>
    work.guard(async () => {
      if (!log) return work.setErrors([ct.errors.noLog]);
      if (!fromIso || fromError)
        return work.setErrors([fromError ?? ct.errors.badDate({ value: from })]);
      await props.onReplan(fromIso, log);
    });

  const busy = work.busy || props.planBusy;
  return (
    <div className={s.root} data-testid="visit-log-section">
      <Subtitle2>{ct.title}</Subtitle2>
      <Text className={s.muted}>{ct.intro}</Text>
      <div className={s.row}>
        <Button onClick={onReadLog} disabled={busy} data-testid="read-log">
          {ct.readLog}
        </Button>
      </div>
      {log && (
        <Text data-testid="log-line">
          {ct.logFound({
            visits: log.visits.length,
            sheet: log.sheet,
            columns: formatList(
              locale,
              [log.headers.rep, log.headers.customer, log.headers.date].filter(
                (h) => h !== undefined
              )
            ),
            problems: log.problems.length,
          })}
        </Text>
      )}
      <div className={s.row}>
        <Field
          label={ct.planSheet}
          validationMessage={plans.length === 0 ? ct.noPlanSheet : undefined}
        >
          <Dropdown
            aria-label={ct.planSheet}
            value={planSheet ?? ""}
            selectedOptions={planSheet ? [planSheet] : []}
            onOptionSelect={(_, d) => d.optionValue && setPlanSheet(d.optionValue)}
            disabled={plans.length === 0}
          >
            {plans.map((n) => (
              <Option key={n} value={n}>
                {n}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <TextField
          label={ct.asOf}
          type="date"
          value={asOf}
          onChange={setAsOf}
          error={asOfIso ? undefined : ct.errors.badDate({ value: asOf })}
        />
      </div>
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={onCheck}
          disabled={busy || !log || plans.length === 0}
          data-testid="check-compliance"
        >
          {work.busy ? ct.checking : ct.check}
        </Button>
      </div>
      <div className={s.row}>
        <TextField
          label={ct.replanFrom}
          hint={ct.replanHint}
          type="date"
          value={from}
          onChange={setFrom}
          error={fromError}
        />
        <Button onClick={onReplan} disabled={busy || !log} data-testid="replan">
          {ct.replan}
        </Button>
      </div>
      <WorkStatus
        progress={null}
        errors={work.errors}
        errorLines
        message={work.message}
        errorTestId="compliance-error"
        messageTestId="compliance-message"
      />
      {result && (
        <>
          <ComplianceTable ct={ct} report={result.report} />
          {result.report.missedTop.length > 0 && (
            <Text>{ct.missedA({ visits: result.report.missedTop.length })}</Text>
          )}
          {result.unmatched.length + result.problems.length > 0 && (
            <Text data-testid="not-counted">
              {ct.notCounted({ rows: result.unmatched.length + result.problems.length })}
            </Text>
          )}
        </>
      )}
    </div>
  );
}
