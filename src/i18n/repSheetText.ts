/**
 * Texts of what reps get (issue 13 part 2): the per-rep stop sheets and the calendar files.
 * Kept apart from sheetText.ts's plan section so both can change without stepping on each other.
 */
import type { Locale } from "./locale";

export interface RepSheetText {
  /** Base name of a rep's sheet (made unique). */
  sheet: (p: { rep: string }) => string;
  /** Title row of one day: rep, date, weekday, visit count, first and last time. */
  dayTitle: (p: {
    rep: string;
    date: string;
    weekday: string;
    visits: number;
    from: string;
    to: string;
  }) => string;
  columns: {
    stop: string;
    arrive: string;
    depart: string;
    customer: string;
    tier: string;
    address: string;
    phone: string;
    openingHours: string;
    map: string;
  };
  /** Text of the map link cell. */
  navigate: string;
  /** Note under the last day: which coordinate system the links assume. */
  coordNote: (p: { provider: string; system: string }) => string;
  /** Calendar name of a rep's .ics file. */
  calendarName: (p: { rep: string; start: string }) => string;
  /** Lines of an event's description before the map link. */
  eventDetails: (p: { tier: string; phone: string; hours: string; stop: number }) => string[];
}

const en: RepSheetText = {
  sheet: ({ rep }) => `Stops ${rep}`,
  dayTitle: ({ rep, date, weekday, visits, from, to }) =>
    `${rep} · ${weekday} ${date} · ${visits} visit${visits === 1 ? "" : "s"} · ${from}-${to}`,
  columns: {
    stop: "Stop",
    arrive: "Arrive",
    depart: "Depart",
    customer: "Customer",
    tier: "Tier",
    address: "Address",
    phone: "Phone",
    openingHours: "Opening hours",
    map: "Map",
  },
  navigate: "Navigate",
  coordNote: ({ provider, system }) =>
    `Map links open ${provider} and assume ${system} coordinates (converted from the list's system where needed).`,
  calendarName: ({ rep, start }) => `Visits ${rep} from ${start}`,
  eventDetails: ({ tier, phone, hours, stop }) => [
    `Stop ${stop}, tier ${tier}`,
    ...(phone ? [`Phone ${phone}`] : []),
    ...(hours ? [`Opening hours ${hours}`] : []),
  ],
};

const zh: RepSheetText = {
  sheet: ({ rep }) => `拜访路线 ${rep}`,
  dayTitle: ({ rep, date, weekday, visits, from, to }) =>
    `${rep} · ${date} ${weekday} · ${visits} 家 · ${from}-${to}`,
  columns: {
    stop: "顺序",
    arrive: "到达",
    depart: "离开",
    customer: "客户",
    tier: "等级",
    address: "地址",
    phone: "电话",
    openingHours: "营业时间",
    map: "导航",
  },
  navigate: "导航",
  coordNote: ({ provider, system }) =>
    `导航链接打开${provider}，按 ${system} 坐标（必要时已从客户表的坐标系转换）。`,
  calendarName: ({ rep, start }) => `${rep} 拜访日程（${start} 起）`,
  eventDetails: ({ tier, phone, hours, stop }) => [
    `第 ${stop} 站，${tier} 类客户`,
    ...(phone ? [`电话 ${phone}`] : []),
    ...(hours ? [`营业时间 ${hours}`] : []),
  ],
};

export const REP_SHEET_TEXT: Readonly<Record<Locale, RepSheetText>> = { en, zh };

/** Names of the map apps and coordinate systems as users know them. */
export const PROVIDER_NAMES: Readonly<Record<Locale, { amap: string; google: string }>> = {
  en: { amap: "Amap", google: "Google Maps" },
  zh: { amap: "高德地图", google: "谷歌地图" },
};
export const SYSTEM_NAMES = { wgs84: "WGS-84 (GPS)", gcj02: "GCJ-02" } as const;
