import type { DayMessages } from "../types";

export const day: DayMessages = {
  pane: {
    heading: "按小时安排一天",
    hours: "工作时间",
    hoursHint: "例如 09:00-18:00",
    lunch: "午休",
    lunchHint: "例如 12:00-13:00，或填 none 表示无",
    visitMinutes: "每次拜访分钟数",
    visitMinutesHint: "按等级，例如 A=30,B=20,C=15",
    speed: "平均车速（公里/小时）",
    roadFactor: "道路系数（实际路程/直线距离）",
    map: "导航链接",
    coords: "客户表坐标系",
    coordsHint: "高德链接使用 GCJ-02，谷歌地图链接使用 WGS-84；必要时自动转换。",
    providers: { amap: "高德地图", google: "谷歌地图" },
    systems: { wgs84: "WGS-84（GPS）", gcj02: "GCJ-02（国内地图）" },
    openingHoursFound: ({ column }) => `营业时间取自“${column}”列。`,
    errors: {
      hours: "工作时间：请写成 09:00-18:00 这样的时段。",
      lunch: "午休：请写成工作时间内的时段，如 12:00-13:00，或填 none。",
      visitMinutes: "每次拜访分钟数：请写成 A=30,B=20,C=15。",
      speed: "平均车速：1 到 200 之间的数字。",
      roadFactor: "道路系数：1 到 5 之间的数字。",
    },
    longestDay: "最长的一天",
    longest: ({ rep, date, hours }) => `${rep}，${date}：拜访和路上共 ${hours} 小时`,
    outsideHours: ({ n }) => `${n} 次拜访无法安排在客户营业时间内，已在计划表中标出。`,
    unreadHours: ({ n, rows }) =>
      `${n} 个营业时间单元格无法识别（第 ${rows} 行），已按不限时间安排。请写成 08:00-12:00,14:00-20:00。`,
    calendars: "业务员日程文件",
    calendarsHint: ({ zone }) => `每位业务员一个 .ics 文件，时区 ${zone}；手机日历可直接导入。`,
    download: ({ rep }) => `${rep}.ics`,
  },
};
