import type { DayMessages } from "../types";

export const day: DayMessages = {
  pane: {
    heading: "The day in hours",
    hours: "Working hours",
    hoursHint: "e.g. 09:00-18:00",
    lunch: "Lunch break",
    lunchHint: "e.g. 12:00-13:00, or none",
    visitMinutes: "Minutes per visit",
    visitMinutesHint: "by tier, e.g. A=30,B=20,C=15",
    speed: "Average speed (km/h)",
    roadFactor: "Road factor (road km per straight km)",
    map: "Map links",
    coords: "The list's coordinates",
    coordsHint:
      "Amap links use GCJ-02, Google Maps links WGS-84; positions are converted as needed.",
    providers: { amap: "Amap", google: "Google Maps" },
    systems: { wgs84: "WGS-84 (GPS)", gcj02: "GCJ-02 (Chinese maps)" },
    openingHoursFound: ({ column }) => `Opening hours from column "${column}".`,
    errors: {
      hours: "Working hours: write a range such as 09:00-18:00.",
      lunch: "Lunch break: write a range such as 12:00-13:00 inside the working hours, or none.",
      visitMinutes: "Minutes per visit: write them like A=30,B=20,C=15.",
      speed: "Average speed: a number from 1 to 200 km/h.",
      roadFactor: "Road factor: a number from 1 to 5.",
    },
    longestDay: "Longest day",
    longest: ({ rep, date, hours }) => `${rep}, ${date}: ${hours} h of visits and travel`,
    outsideHours: ({ n }) =>
      `${n} visit(s) cannot fall inside the customer's opening hours: flagged on the plan sheet.`,
    unreadHours: ({ n, rows }) =>
      `${n} opening-hours cell(s) not understood (rows ${rows}): planned without hours. Write them like 08:00-12:00,14:00-20:00.`,
    calendars: "Calendars for the reps",
    calendarsHint: ({ zone }) =>
      `One .ics file per rep, times in ${zone}; a phone calendar imports it.`,
    download: ({ rep }) => `${rep}.ics`,
  },
};
