import * as React from "react";
import {
  Button,
  Caption1,
  Divider,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ListSnapshot, WorkbookHost } from "../../host/types";
import { isListProblem } from "../../host/types";
import { columnLetter, rangeA1 } from "../../core/a1";
import { guessOrderColumns, ORDER_TABLE_ROLES, type OrderRole } from "../../core/list/columns";
import { toSerialDay } from "../../core/history/dates";
import {
  buildHistorySheet,
  HISTORY_DEFAULTS,
  historyProblems,
  historySettingsKey,
  isoFromSerial,
  previewOrders,
  type HistoryOptions,
  type OrderColumns,
  type OrderPreview,
  type SavedHistory,
} from "../../app/history";
import { percentText } from "../../i18n/sheetText";
import { messages } from "../../i18n/messages";
import type { Locale } from "../../i18n/locale";
import type { UiText } from "../../i18n/uiText";
import { NumberField } from "./NumberField";
import { WorkStatus } from "./WorkStatus";
import { useTabStyles } from "./tabStyles";
import { useTabWork } from "../hooks/useTabWork";
import { useReadOnOpen } from "../hooks/useReadOnOpen";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface OrderHistoryTabProps {
  host: WorkbookHost;
  locale: Locale;
  t: UiText;
}

type Sources = Partial<Record<OrderRole, "header" | "content" | "saved">>;

interface ListState {
  snapshot: ListSnapshot;
  roles: Partial<Record<OrderRole, number>>;
  sources: Sources;
}

/** Lets the browser paint (progress bar) before a synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The guess for a freshly read table, then the choice remembered for its sheet where it still fits. */
async function prepareList(
  host: WorkbookHost,
  snapshot: ListSnapshot
): Promise<{ state: ListState; saved?: SavedHistory }> {
  const g = guessOrderColumns(snapshot.header, snapshot.rows);
  const roles = { ...g.roles };
  const sources: Sources = { ...g.sources };
  const saved = await host.getSetting<SavedHistory>(historySettingsKey(snapshot.sheet));
  let used: SavedHistory | undefined;
  if (saved && saved.version === 1 && saved.columns) {
    for (const role of ORDER_TABLE_ROLES.shown) {
      const c = saved.columns[role];
      if (!c || typeof c.index !== "number") continue;
      const at =
        c.header && snapshot.header.indexOf(c.header) >= 0
          ? snapshot.header.indexOf(c.header)
          : c.index;
      if (at < snapshot.header.length && (snapshot.header[at] ?? "") === c.header) {
        roles[role] = at;
        sources[role] = "saved";
        used = saved;
      }
    }
  }
  return { state: { snapshot, roles, sources }, saved: used };
}

/** Three distinct columns chosen, or undefined. */
function chosenColumns(roles: Partial<Record<OrderRole, number>>): OrderColumns | undefined {
  const { customer, date, amount } = roles;
  if (customer === undefined || date === undefined || amount === undefined) return undefined;
  if (new Set([customer, date, amount]).size < 3) return undefined;
  return { customer, date, amount };
}

/**
 * The Order history tab: pick the order table's columns, the calibration end (and optionally a
 * holdout end) and the horizon; it previews the counts and writes a new sheet with the live
 * CRM.RFM -> BGNBD/GAMMAGAMMA -> PALIVE/PURCHASES/SPEND/CLVHIST chain. The pane never fits a
 * model: Excel does, from the formulas, so large tables do not freeze the pane.
 */
export function OrderHistoryTab(props: OrderHistoryTabProps): React.JSX.Element {
  const s = { ...useTabStyles(), ...useStyles() };
  const { host, locale } = props;
  const ht = messages(props.locale).history.pane;
  const [list, setList] = React.useState<ListState | null>(null);
  const [listProblem, setListProblem] = React.useState<keyof typeof ht.listProblems | null>(null);
  const [asOfText, setAsOfText] = React.useState("");
  const [holdoutText, setHoldoutText] = React.useState("");
  const [months, setMonths] = React.useState<number>(HISTORY_DEFAULTS.months);
  const [discountPct, setDiscountPct] = React.useState<number>(
    HISTORY_DEFAULTS.monthlyDiscount * 100
  );
  const [marginPct, setMarginPct] = React.useState<number>(HISTORY_DEFAULTS.margin * 100);
  const [periodDays, setPeriodDays] = React.useState<number>(HISTORY_DEFAULTS.periodDays);
  const { busy, progress, setProgress, errors, setErrors, message, setMessage, guard } = useTabWork(
    props.t
  );

  const read = React.useCallback(async (): Promise<ListState | null> => {
    const snap = await host.readList();
    if (isListProblem(snap)) {
      setListProblem(snap.problem);
      setList(null);
      return null;
    }
    setListProblem(null);
    const { state, saved } = await prepareList(host, snap);
    setList(state);
    if (saved) {
      setMonths(saved.months);
      setDiscountPct(saved.monthlyDiscount * 100);
      setMarginPct(saved.margin * 100);
      setPeriodDays(saved.periodDays);
    }
    return state;
  }, [host]);

  const readAgain = useReadOnOpen(guard, read);

  // Settings as the job takes them; a date field that is not a date is reported, not guessed.
  const dateOf = (text: string): number | undefined | null =>
    text.trim() === "" ? undefined : (toSerialDay(text.trim()) ?? null);
  const asOf = dateOf(asOfText);
  const holdoutEnd = dateOf(holdoutText);
  const options: HistoryOptions = {
    asOf: asOf ?? undefined,
    holdoutEnd: holdoutEnd ?? undefined,
    months,
    monthlyDiscount: discountPct / 100,
    margin: marginPct / 100,
    periodDays,
  };
  const cols = list ? chosenColumns(list.roles) : undefined;
  const preview: OrderPreview | null = React.useMemo(
    () =>
      list && cols
        ? previewOrders(list.snapshot, cols, { asOf: options.asOf, holdoutEnd: options.holdoutEnd })
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [list, cols?.customer, cols?.date, cols?.amount, options.asOf, options.holdoutEnd]
  );

  /** Everything that blocks the write, in plain words (empty: good to go). */
  const problems = (state: ListState | null, p: OrderPreview | null): string[] => {
    const out: string[] = [];
    if (asOf === null) out.push(ht.badDate({ field: ht.asOf, value: asOfText }));
    if (holdoutEnd === null) out.push(ht.badDate({ field: ht.holdoutEnd, value: holdoutText }));
    if (!state) return out;
    if (!chosenColumns(state.roles) || !p) return [...out, ht.problems.badColumns];
    for (const code of historyProblems(p, options)) {
      if (code === "badRows") {
        const list = p.issues.map((i) => ht.issue(i)).join("; ");
        out.push(
          ht.badRows({
            count: p.issueCount,
            list: p.issueCount > p.issues.length ? `${list}; …` : list,
          })
        );
      } else out.push(ht.problems[code]);
    }
    return out;
  };

  const setRole = (role: OrderRole, col: number | undefined) => {
    if (!list) return;
    const roles = { ...list.roles, [role]: col };
    const sources = { ...list.sources };
    delete sources[role];
    setList({ ...list, roles, sources });
  };

  const onWrite = () =>
    guard(async () => {
      // Read again: the table may have changed since the tab opened; keep the user's columns if its header did not.
      // After a first write the selection is on the new sheet: then the table read before is used.
      const prev = list;
      const fresh = await host.readList();
      let state: ListState | null = prev;
      if (!isListProblem(fresh) && (!prev || fresh.sheet === prev.snapshot.sheet)) {
        const same =
          prev !== null && prev.snapshot.header.join("\u0000") === fresh.header.join("\u0000");
        state =
          same && prev ? { ...prev, snapshot: fresh } : (await prepareList(host, fresh)).state;
        setList(state);
      }
      const c = state ? chosenColumns(state.roles) : undefined;
      const p =
        state && c
          ? previewOrders(state.snapshot, c, { asOf: options.asOf, holdoutEnd: options.holdoutEnd })
          : null;
      const bad = problems(state, p);
      if (bad.length > 0 || !state || !c) {
        setErrors(bad);
        return;
      }
      setProgress(0);
      await nextFrame();
      const plan = buildHistorySheet(state.snapshot, c, options, await host.sheetNames(), locale);
      await host.apply(plan.ops, (f) => setProgress(f));
      setMessage(ht.written({ sheet: plan.sheet }));
    });

  const snap = list?.snapshot;
  const label = (c: number) =>
    snap ? `${columnLetter(snap.col + c)}: ${snap.header[c] || "—"}` : "";
  const hint = (role: OrderRole) => {
    const src = list?.sources[role];
    if (!src || list?.roles[role] === undefined) return undefined;
    return src === "header"
      ? ht.guessedFromHeader
      : src === "content"
        ? ht.guessedFromContent
        : ht.remembered;
  };
  // Live problems while editing; after a failed write the error bar says the same.
  const shown = errors.length > 0 ? [] : problems(list, preview);
  const fmt = (serial?: number) => (serial === undefined ? "" : isoFromSerial(serial));

  return (
    <div className={s.root}>
      <Text>{ht.intro}</Text>
      <div className={s.row}>
        <Button onClick={() => void readAgain()} disabled={busy}>
          {list ? ht.refreshList : ht.readList}
        </Button>
      </div>
      {listProblem && (
        <MessageBar intent="warning">
          <MessageBarBody>{ht.listProblems[listProblem]}</MessageBarBody>
        </MessageBar>
      )}
      {snap && (
        <Caption1 data-testid="history-list-line">
          {ht.listFound({
            rows: snap.rows.length,
            sheet: snap.sheet,
            table: snap.tableName,
            range: rangeA1(
              snap.row,
              snap.col,
              snap.rows.length + (snap.headerless ? 0 : 1),
              snap.header.length
            ),
          })}
        </Caption1>
      )}
      {snap && (
        <>
          <Subtitle2>{ht.columnsTitle}</Subtitle2>
          <div className={s.grid}>
            {ORDER_TABLE_ROLES.shown.map((role) => {
              const v = list?.roles[role];
              const h = hint(role);
              return (
                <Field
                  key={role}
                  label={ht.roles[role]}
                  hint={h ? <Caption1 className={s.muted}>{h}</Caption1> : undefined}
                >
                  <Dropdown
                    aria-label={ht.roles[role]}
                    data-role={role}
                    value={v === undefined ? ht.none : label(v)}
                    selectedOptions={[v === undefined ? "none" : String(v)]}
                    onOptionSelect={(_, d) =>
                      setRole(
                        role,
                        d.optionValue === "none" || d.optionValue === undefined
                          ? undefined
                          : Number(d.optionValue)
                      )
                    }
                  >
                    <Option value="none">{ht.none}</Option>
                    {snap.header.map((_, c) => (
                      <Option key={c} value={String(c)}>
                        {label(c)}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              );
            })}
          </div>
          <Divider />
          <Subtitle2>{ht.settingsTitle}</Subtitle2>
          <div className={s.pair}>
            <Field
              label={ht.asOf}
              hint={
                preview?.lastDate !== undefined
                  ? ht.asOfHint({ date: fmt(preview.lastDate) })
                  : undefined
              }
            >
              <Input
                type="date"
                aria-label={ht.asOf}
                value={asOfText}
                onChange={(_, d) => setAsOfText(d.value)}
              />
            </Field>
            <Field label={ht.holdoutEnd} hint={ht.holdoutHint}>
              <Input
                type="date"
                aria-label={ht.holdoutEnd}
                value={holdoutText}
                onChange={(_, d) => setHoldoutText(d.value)}
              />
            </Field>
          </div>
          <div className={s.pair}>
            <NumberField label={ht.months} value={months} min={1} max={1200} onChange={setMonths} />
            <NumberField
              label={ht.periodDays}
              value={periodDays}
              min={1}
              max={366}
              onChange={setPeriodDays}
            />
          </div>
          <div className={s.pair}>
            <NumberField
              label={ht.monthlyDiscount}
              value={discountPct}
              min={0}
              max={100}
              step={0.1}
              onChange={setDiscountPct}
            />
            <NumberField
              label={ht.margin}
              value={marginPct}
              min={0}
              max={100}
              step={1}
              onChange={setMarginPct}
            />
          </div>
          {preview && preview.orders > 0 && (
            <>
              <Divider />
              <Subtitle2>{ht.previewTitle}</Subtitle2>
              <ul className={s.list} data-testid="history-preview">
                <li>
                  {ht.preview.orders({ orders: preview.orders, customers: preview.customers })}
                </li>
                <li>
                  {ht.preview.dates({ from: fmt(preview.firstDate), to: fmt(preview.lastDate) })}
                </li>
                <li>
                  {ht.preview.calibration({
                    customers: preview.calibrationCustomers,
                    orders: preview.calibrationOrders,
                    date: fmt(preview.asOf),
                  })}
                </li>
                {preview.calibrationCustomers > 0 && (
                  <li>
                    {ht.preview.repeat({
                      share: percentText(preview.repeatShare),
                      buyers: preview.repeatBuyers,
                    })}
                  </li>
                )}
                {options.holdoutEnd !== undefined && preview.holdoutEnd !== undefined && (
                  <li>
                    {ht.preview.holdout({
                      orders: preview.holdoutOrders,
                      date: fmt(preview.holdoutEnd),
                    })}
                  </li>
                )}
                {preview.blankRows > 0 && (
                  <li className={s.muted}>{ht.preview.blankRows({ count: preview.blankRows })}</li>
                )}
              </ul>
            </>
          )}
          {shown.length > 0 && (
            <MessageBar intent="warning" data-testid="history-problems">
              <MessageBarBody>
                {shown.map((p, i) => (
                  <div key={i}>{p}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={s.row}>
            <Button
              appearance="primary"
              data-testid="write-history"
              onClick={() => void onWrite()}
              disabled={busy}
            >
              {busy ? ht.working : ht.writeButton}
            </Button>
          </div>
        </>
      )}
      <WorkStatus
        progress={progress}
        errors={errors}
        errorLines
        message={message}
        errorTestId="history-errors"
        messageTestId="history-written"
      />
    </div>
  );
}
