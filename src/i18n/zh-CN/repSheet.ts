import type { RepSheetMessages } from "../types";

export const repSheet: RepSheetMessages = {
  sheet: {
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
    providers: { amap: "高德地图", google: "谷歌地图" },
    systems: { wgs84: "WGS-84 (GPS)", gcj02: "GCJ-02" },
    calendarName: ({ rep, start }) => `${rep} 拜访日程（${start} 起）`,
    eventDetails: ({ tier, phone, hours, stop }) => [
      `第 ${stop} 站，${tier} 类客户`,
      ...(phone ? [`电话 ${phone}`] : []),
      ...(hours ? [`营业时间 ${hours}`] : []),
    ],
  },
};
