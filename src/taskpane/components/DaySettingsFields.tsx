/**
 * The day-in-hours settings of the Visit plan tab (issue 13): working hours, lunch, minutes per
 * visit, speed, road factor, and for the reps' output the map app and the list's coordinate
 * system. Text in the forms the command line takes; parsed by the same core functions.
 */
import * as React from "react";
import type { DaySettings } from "../../core/plan";
import {
  DEFAULT_DAY,
  formatRange,
  parseTimeRange,
  parseVisitMinutes,
  resolveDay,
} from "../../core/plan/dayTime";
import type { CoordSystem, MapProvider } from "../../core/plan/mapLink";
import { defaultProvider } from "../../app/repOutput";
import type { Locale } from "../../i18n/locale";
import { messages } from "../../i18n/messages";
import { NumberField } from "./NumberField";
import { SelectField } from "./SelectField";
import { TextField } from "./TextField";

/** The map apps and coordinate systems offered, in the order shown. */
const MAP_PROVIDERS: readonly MapProvider[] = ["amap", "google"];
const COORD_SYSTEMS: readonly CoordSystem[] = ["wgs84", "gcj02"];

export interface DayForm {
  hours: string;
  lunch: string;
  minutes: string;
  speed: number;
  factor: number;
  provider: MapProvider;
  coords: CoordSystem;
}

/** The form's starting values: the contract's defaults. */
export function defaultDayForm(locale: Locale): DayForm {
  return {
    hours: formatRange([DEFAULT_DAY.workStart, DEFAULT_DAY.workEnd]),
    lunch: DEFAULT_DAY.lunch ? formatRange(DEFAULT_DAY.lunch) : "none",
    minutes: Object.entries(DEFAULT_DAY.visitMinutes)
      .map(([k, v]) => `${k}=${v}`)
      .join(","),
    speed: DEFAULT_DAY.speedKmh,
    factor: DEFAULT_DAY.roadFactor,
    provider: defaultProvider(locale),
    coords: "wgs84",
  };
}

/** The settings a form says, or what is wrong with it (by field). */
export function readDayForm(
  f: DayForm,
  locale: Locale
): { day: DaySettings | null; errors: Partial<Record<keyof DayForm, string>> } {
  const t = messages(locale).day.pane.errors;
  const errors: Partial<Record<keyof DayForm, string>> = {};
  const hours = parseTimeRange(f.hours);
  if (!hours) errors.hours = t.hours;
  const noLunch = /^(none|no|无|-)?$/i.test(f.lunch.trim());
  const lunch = noLunch ? null : parseTimeRange(f.lunch);
  if (lunch === undefined) errors.lunch = t.lunch;
  const minutes = parseVisitMinutes(f.minutes);
  if (!minutes) errors.minutes = t.visitMinutes;
  if (!(f.speed >= 1 && f.speed <= 200)) errors.speed = t.speed;
  if (!(f.factor >= 1 && f.factor <= 5)) errors.factor = t.roadFactor;
  if (Object.keys(errors).length > 0 || !hours || lunch === undefined || !minutes)
    return { day: null, errors };
  try {
    return {
      day: resolveDay({
        workStart: hours[0],
        workEnd: hours[1],
        lunch,
        visitMinutes: minutes,
        speedKmh: f.speed,
        roadFactor: f.factor,
      }),
      errors,
    };
  } catch (e) {
    // The rules resolveDay keeps (lunch inside the hours, a visit fitting the day).
    return {
      day: null,
      errors: /lunch/i.test(String(e)) ? { lunch: t.lunch } : { minutes: t.visitMinutes },
    };
  }
}

export function DaySettingsFields(props: {
  locale: Locale;
  value: DayForm;
  errors: Partial<Record<keyof DayForm, string>>;
  onChange: (v: DayForm) => void;
}): React.JSX.Element {
  const t = messages(props.locale).day.pane;
  const { value: f, errors: e } = props;
  const set = <K extends keyof DayForm>(k: K, v: DayForm[K]) => props.onChange({ ...f, [k]: v });
  const text = (k: "hours" | "lunch" | "minutes", label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      error={e[k]}
      value={f[k]}
      onChange={(v) => set(k, v)}
      testId={`day-${k}`}
    />
  );
  return (
    <>
      {text("hours", t.hours, t.hoursHint)}
      {text("lunch", t.lunch, t.lunchHint)}
      {text("minutes", t.visitMinutes, t.visitMinutesHint)}
      <NumberField
        label={t.speed}
        value={f.speed}
        min={1}
        max={200}
        error={e.speed}
        onChange={(v) => set("speed", v)}
      />
      <NumberField
        label={t.roadFactor}
        value={f.factor}
        min={1}
        max={5}
        step={0.1}
        error={e.factor}
        onChange={(v) => set("factor", v)}
      />
      <SelectField
        label={t.map}
        value={f.provider}
        options={MAP_PROVIDERS.map((v) => ({ value: v, label: t.providers[v] }))}
        onChange={(v) => set("provider", v)}
      />
      <SelectField
        label={t.coords}
        hint={t.coordsHint}
        value={f.coords}
        options={COORD_SYSTEMS.map((v) => ({ value: v, label: t.systems[v] }))}
        onChange={(v) => set("coords", v)}
      />
    </>
  );
}
