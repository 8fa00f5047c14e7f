/** Shape of the reps' output texts (issue 13 part 2): the per-rep stop sheets and calendar files. */

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
  /** Names of the map apps as users know them (in the note). */
  providers: { amap: string; google: string };
  /** Names of the coordinate systems (in the note). */
  systems: { wgs84: string; gcj02: string };
  /** Calendar name of a rep's .ics file. */
  calendarName: (p: { rep: string; start: string }) => string;
  /** Lines of an event's description before the map link. */
  eventDetails: (p: { tier: string; phone: string; hours: string; stop: number }) => string[];
}

/** The reps' output: everything here is written into workbooks or calendar files. */
export interface RepSheetMessages {
  sheet: RepSheetText;
}
