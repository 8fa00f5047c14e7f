import type { RepSheetMessages } from "../types";

export const repSheet: RepSheetMessages = {
  sheet: {
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
    providers: { amap: "Amap", google: "Google Maps" },
    systems: { wgs84: "WGS-84 (GPS)", gcj02: "GCJ-02" },
    calendarName: ({ rep, start }) => `Visits ${rep} from ${start}`,
    eventDetails: ({ tier, phone, hours, stop }) => [
      `Stop ${stop}, tier ${tier}`,
      ...(phone ? [`Phone ${phone}`] : []),
      ...(hours ? [`Opening hours ${hours}`] : []),
    ],
  },
};
