/** Shape of the pane texts of the day in hours and the reps' output (issue 13 parts 1-2), Visit plan tab. */

export interface DayUiText {
  heading: string;
  hours: string;
  hoursHint: string;
  lunch: string;
  lunchHint: string;
  visitMinutes: string;
  visitMinutesHint: string;
  speed: string;
  roadFactor: string;
  map: string;
  coords: string;
  coordsHint: string;
  providers: { amap: string; google: string };
  systems: { wgs84: string; gcj02: string };
  openingHoursFound: (p: { column: string }) => string;
  errors: { hours: string; lunch: string; visitMinutes: string; speed: string; roadFactor: string };
  longestDay: string;
  longest: (p: { rep: string; date: string; hours: string }) => string;
  outsideHours: (p: { n: number }) => string;
  unreadHours: (p: { n: number; rows: string }) => string;
  calendars: string;
  calendarsHint: (p: { zone: string }) => string;
  download: (p: { rep: string }) => string;
}

export interface DayMessages {
  pane: DayUiText;
}
