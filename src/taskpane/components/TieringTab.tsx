import * as React from "react";
import {
  Button,
  Divider,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
} from "@fluentui/react-components";
import type { WorkbookHost, ListSnapshot, ListProblem } from "../../host/types";
import { isListProblem } from "../../host/types";
import { columnLetter, rangeA1 } from "../../core/a1";
import { guessColumns, type ColumnRole } from "../../core/list/columns";
import type { CheckIssue } from "../../core/list/checks";
import { DEFAULT_LABELS, DEFAULT_RANK_CUTS } from "../../core/tier";
import {
  buildSummarySheet,
  buildTierWrite,
  firstDataRow,
  restoreColumns,
  settingsKey,
  type ListColumns,
  type SavedTiering,
  type TierWritePlan,
  type TieringResult,
} from "../../app/tiering";
import type { Locale } from "../../i18n/locale";
import type { UiText } from "../../i18n/uiText";
import { ColumnPicker } from "./ColumnPicker";
import { MethodPicker, parseCuts, type MethodChoice } from "./MethodPicker";
import { ChecksList } from "./ChecksList";
import { SummaryTable } from "./SummaryTable";
import { ParetoChart } from "./ParetoChart";
import { ComparisonView } from "./ComparisonView";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorBoundary } from "./ErrorBoundary";
import { WorkStatus } from "./WorkStatus";
import { ListReadRow } from "./ListReadRow";
import { ListReadNotes } from "./ListReadNotes";
import { useTabStyles } from "./tabStyles";
import { runCompute } from "../compute/client";
import { useTabWork } from "../hooks/useTabWork";
import { useReadOnOpen } from "../hooks/useReadOnOpen";

/** Colours of the tiers in the pane (stronger than the sheet's pale fills, readable as bars). */
export const PANE_TIER_COLORS: readonly string[] = [
  "#107C10",
  "#0F6CBD",
  "#C19C00",
  "#CA5010",
  "#C50F1F",
  "#8764B8",
  "#616161",
  "#038387",
];

/** Roles shown as dropdowns in the tiering tab (the ones the tiering job uses). */
const ROLES: readonly ColumnRole[] = ["customer", "sales", "rep", "area", "previousTier"];

export interface TieringTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: UiText;
}

/** Lets the browser paint (progress, spinner) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Sources = Partial<Record<ColumnRole, "header" | "content" | "saved">>;

interface ListState {
  snapshot: ListSnapshot;
  roles: Partial<Record<ColumnRole, number>>;
  sources: Sources;
  group?: number;
  groupCandidates: number[];
  saved?: SavedTiering;
  /** No header named the sales column: the columns that could be it (the user is asked). */
  salesCandidates: number[];
}

/** Guesses the roles of a freshly read list, then applies the choice remembered for its sheet. */
async function prepareList(host: WorkbookHost, snapshot: ListSnapshot): Promise<ListState> {
  const guess = guessColumns(snapshot.header, snapshot.rows);
  const roles: Partial<Record<ColumnRole, number>> = {};
  const sources: Sources = {};
  for (const r of ROLES) {
    if (guess.roles[r] !== undefined) {
      roles[r] = guess.roles[r];
      sources[r] = guess.sources[r];
    }
  }
  let group: number | undefined;
  const savedRaw = await host.getSetting<SavedTiering>(settingsKey(snapshot.sheet));
  const restored = restoreColumns(savedRaw, snapshot.header);
  if (restored) {
    for (const [k, v] of Object.entries(restored) as [keyof ListColumns, number][]) {
      if (k === "group") group = v;
      else if ((ROLES as readonly string[]).includes(k)) {
        roles[k as ColumnRole] = v;
        sources[k as ColumnRole] = "saved";
      }
    }
  }
  const saved = restored ? savedRaw : undefined;
  return {
    snapshot,
    roles,
    sources,
    group,
    groupCandidates: guess.groupCandidates,
    saved,
    salesCandidates: guess.salesCandidates,
  };
}

/** The tiering tab: find the list, choose columns and method, write the Tier column, show what it says. */
export function TieringTab(props: TieringTabProps): React.JSX.Element {
  const s = useTabStyles();
  const { host, locale, t } = props;
  const tt = t.tiering;
  const [list, setList] = React.useState<ListState | null>(null);
  const [problem, setProblem] = React.useState<ListProblem | null>(null);
  const [method, setMethod] = React.useState<MethodChoice>("rank");
  const [cuts, setCuts] = React.useState<string[]>(DEFAULT_RANK_CUTS.map((c) => String(c * 100)));
  const [output, setOutput] = React.useState<"formulas" | "values">("formulas");
  const { busy, progress, setProgress, errors, message, setMessage, guard } = useTabWork(t);
  const [issues, setIssues] = React.useState<CheckIssue[]>([]);
  const [result, setResult] = React.useState<{
    result: TieringResult;
    snapshot: ListSnapshot;
  } | null>(null);
  const [confirm, setConfirm] = React.useState<{
    plan: TierWritePlan;
    run: () => Promise<void>;
  } | null>(null);

  const cutsParsed = method === "rankCustom" ? parseCuts(cuts) : null;
  const cutsError = method === "rankCustom" && !cutsParsed ? tt.cutsInvalid : undefined;

  /** Reads the list; `restoreOptions`: also take the method/output remembered for the sheet (not on a Tier click). */
  const read = React.useCallback(
    async (restoreOptions = true): Promise<ListState | null> => {
      const snap = await host.readList();
      if (isListProblem(snap)) {
        setProblem(snap);
        setList(null);
        return null;
      }
      setProblem(null);
      const state = await prepareList(host, snap);
      setList(state);
      if (state.saved && restoreOptions) {
        const sv = state.saved;
        const rankDefault =
          sv.method === "rank" &&
          sv.cuts.length === 2 &&
          sv.cuts[0] === DEFAULT_RANK_CUTS[0] &&
          sv.cuts[1] === DEFAULT_RANK_CUTS[1];
        setMethod(sv.method === "pareto" ? "pareto" : rankDefault ? "rank" : "rankCustom");
        if (sv.method === "rank") setCuts(sv.cuts.map((c) => String(Math.round(c * 1000) / 10)));
        setOutput(sv.output);
      }
      return state;
    },
    [host]
  );

  const readAgain = useReadOnOpen(guard, read);

  const setRole = (role: ColumnRole, col: number | undefined) => {
    if (!list) return;
    const roles = { ...list.roles, [role]: col };
    const sources = { ...list.sources };
    delete sources[role];
    setList({ ...list, roles, sources });
  };

  /** Writes the plan's ops (after the user agreed when needed) and shows the result. */
  const write = async (snapshot: ListSnapshot, res: TieringResult, plan: TierWritePlan) => {
    setProgress(0.5);
    await host.apply(plan.ops, (f) => setProgress(0.5 + f / 2));
    setResult({ result: res, snapshot });
    setIssues(res.checks.issues);
    const note = plan.notes.some((n) => n.code === "valuesInTable") ? ` ${tt.valuesInTable}` : "";
    setMessage(
      tt.written({
        column: columnLetter(plan.target.col),
        rows: res.rowCount,
        output: plan.output,
      }) + note
    );
  };

  const onTier = () =>
    guard(async () => {
      setResult(null);
      setIssues([]);
      setProgress(0);
      // Read again: the selection or the sheet may have changed since the list was shown.
      const prev = list;
      const fresh = await read(false);
      if (!fresh) return;
      let state = fresh;
      if (
        prev &&
        prev.snapshot.sheet === fresh.snapshot.sheet &&
        prev.snapshot.col === fresh.snapshot.col
      ) {
        // Keep the user's choices on the same list (a Tier column appended at the right does not move them).
        const same = prev.snapshot.header.every((h, i) => fresh.snapshot.header[i] === h);
        if (same) state = { ...fresh, roles: prev.roles, sources: prev.sources, group: prev.group };
        setList(state);
      }
      const snap = state.snapshot;
      if (state.roles.sales === undefined) {
        setIssues([{ code: "noNumericColumn", severity: "error", count: 0, rows: [] }]);
        return;
      }
      if (method === "rankCustom" && !cutsParsed) return;
      setProgress(0.2);
      await nextFrame();
      const columns: ListColumns = {
        sales: state.roles.sales,
        customer: state.roles.customer,
        rep: state.roles.rep,
        area: state.roles.area,
        previousTier: state.roles.previousTier,
        group: state.group,
      };
      // In the compute worker when there is one: 100,000-row lists take seconds.
      const res = await runCompute("analyzeList", {
        snapshot: snap,
        columns,
        options: {
          method: method === "pareto" ? "pareto" : "rank",
          cuts: method === "rankCustom" ? (cutsParsed ?? undefined) : undefined,
          recordedTierColumn: state.saved?.tierColumn,
        },
      });
      setProgress(0.4);
      await nextFrame();
      if (!res.checks.ok) {
        setIssues(res.checks.issues);
        return;
      }
      const plan = buildTierWrite(snap, res, { output, locale, replaceExisting: false });
      if (plan.needsConfirmation) {
        setIssues(res.checks.issues);
        setConfirm({
          plan,
          run: () =>
            write(snap, res, buildTierWrite(snap, res, { output, locale, replaceExisting: true })),
        });
        return;
      }
      await write(snap, res, plan);
    });

  const onInsertSummary = () =>
    guard(async () => {
      if (!result) return;
      const names = await host.sheetNames();
      const ops = buildSummarySheet(result.result, names, locale);
      await host.apply(ops, setProgress);
      const first = ops[0];
      setMessage(tt.summaryInserted({ sheet: first.kind === "addSheet" ? first.name : "" }));
    });

  const snap = list?.snapshot;
  const listLine = snap
    ? tt.listFound({
        rows: snap.rows.length,
        sheet: snap.sheet,
        range: rangeA1(
          snap.row,
          snap.col,
          snap.rows.length + (snap.headerless ? 0 : 1),
          snap.header.length
        ),
        table: snap.tableName,
      })
    : null;
  const groupOptions = snap
    ? [...new Set([...(list?.groupCandidates ?? []), ...snap.header.map((_, i) => i)])]
    : [];
  const groupLabel = (c: number) =>
    `${columnLetter((snap?.col ?? 0) + c)}: ${snap?.header[c] || "—"}`;
  const res = result?.result;
  const labels = res?.options.labels ?? DEFAULT_LABELS;

  return (
    <div className={s.root}>
      <ListReadRow
        busy={busy}
        listed={!!list}
        readText={tt.readList}
        refreshText={tt.refreshList}
        onRead={() => void readAgain()}
        line={listLine}
        lineTestId="list-line"
        problem={problem && tt.problems[problem.problem]}
        problemTestId="problem"
      />
      {snap && list && (
        <>
          <Subtitle2>{tt.columnsTitle}</Subtitle2>
          <ColumnPicker
            text={{
              role: (r) => tt.roles[r],
              // With no credible sales column the dropdown starts empty with a prompt.
              none: (r) => (r === "sales" ? tt.read.chooseSales : tt.none),
              source: (src) =>
                src === "header"
                  ? tt.guessedFromHeader
                  : src === "content"
                    ? tt.guessedFromContent
                    : tt.remembered,
            }}
            header={snap.header}
            firstCol={snap.col}
            roles={ROLES}
            value={list.roles}
            sources={list.sources}
            onChange={setRole}
          />
          <ListReadNotes
            t={t}
            snapshot={snap}
            leftOut={
              res?.leftOut ??
              (snap.leftOut ?? []).map((l) => ({
                row: firstDataRow(snap) + 1 + l.index,
                reason: l.reason,
              }))
            }
            askSales={list.roles.sales === undefined ? list.salesCandidates : undefined}
          />
          <Field label={tt.groupBy}>
            <Dropdown
              aria-label={tt.groupBy}
              value={list.group === undefined ? tt.noGrouping : groupLabel(list.group)}
              selectedOptions={[list.group === undefined ? "none" : String(list.group)]}
              onOptionSelect={(_, d) =>
                setList({
                  ...list,
                  group:
                    d.optionValue === "none" || d.optionValue === undefined
                      ? undefined
                      : Number(d.optionValue),
                })
              }
            >
              <Option value="none">{tt.noGrouping}</Option>
              {groupOptions.map((c) => (
                <Option key={c} value={String(c)}>
                  {groupLabel(c)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <MethodPicker
            t={t}
            method={method}
            cuts={cuts}
            labels={DEFAULT_LABELS}
            cutsError={cutsError}
            onMethod={setMethod}
            onCuts={setCuts}
          />
          <Field label={tt.outputTitle}>
            <RadioGroup
              value={output}
              onChange={(_, d) => setOutput(d.value as "formulas" | "values")}
              layout="vertical"
            >
              <Radio value="formulas" label={tt.outputFormulas} />
              <Radio value="values" label={tt.outputValues} />
            </RadioGroup>
          </Field>
        </>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={onTier}
          disabled={busy || !snap || !!cutsError}
          data-testid="tier-button"
        >
          {busy ? tt.working : tt.tierButton}
        </Button>
        {res && (
          <Button onClick={onInsertSummary} disabled={busy} data-testid="insert-summary">
            {tt.insertSummary}
          </Button>
        )}
      </div>
      <WorkStatus
        progress={progress}
        progressLabel={tt.working}
        errors={errors}
        message={message}
        errorTestId="error"
        messageTestId="message"
      />
      <ChecksList t={t} issues={issues} />
      {res && result && (
        <>
          <Divider />
          <Subtitle2>{tt.summaryTitle}</Subtitle2>
          <SummaryTable
            t={t}
            locale={locale}
            summary={res.summary}
            concentration={res.concentration}
            colors={PANE_TIER_COLORS}
          />
          <ErrorBoundary fallback={null}>
            <ParetoChart
              t={t}
              series={res.paretoSeries}
              labels={labels}
              colors={PANE_TIER_COLORS}
            />
          </ErrorBoundary>
          {res.comparison && (
            <ComparisonView
              t={t}
              locale={locale}
              comparison={res.comparison}
              sheetRow={(i) => firstDataRow(result.snapshot) + i + 1}
              name={(i) => {
                const c = res.columns.customer;
                const v = c === undefined ? null : result.snapshot.rows[i]?.[c];
                return v === null || v === undefined ? "" : String(v);
              }}
              onSelectRow={(i) =>
                void guard(() =>
                  host.select({
                    sheet: result.snapshot.sheet,
                    row: firstDataRow(result.snapshot) + i,
                    col: result.snapshot.col,
                    rows: 1,
                    cols: result.snapshot.header.length,
                  })
                )
              }
            />
          )}
        </>
      )}
      <ConfirmDialog
        open={!!confirm}
        title={tt.confirmTitle}
        message={
          confirm?.plan.needsConfirmation
            ? (confirm.plan.needsConfirmation.reason === "existingTierColumn"
                ? tt.confirmExistingTier
                : tt.confirmNonEmpty)({
                column: confirm.plan.needsConfirmation.columnLetter,
                cells: confirm.plan.needsConfirmation.nonEmpty,
              })
            : ""
        }
        confirmText={tt.replace}
        cancelText={tt.cancel}
        onConfirm={() => {
          const c = confirm;
          setConfirm(null);
          if (c) void guard(c.run);
        }}
        onCancel={() => {
          setConfirm(null);
          setMessage(tt.cancelled);
        }}
      />
    </div>
  );
}
