import { numberFormat } from "../format";
import type { PlanMessages } from "../types";

export const plan: PlanMessages = {
  sheet: {
    planSheet: ({ start }) => `Visit plan ${start}`,
    routeSheet: ({ start }) => `Route map ${start}`,
    columns: {
      date: "Date",
      weekday: "Weekday",
      week: "Week",
      rep: "Rep",
      stop: "Stop",
      customer: "Customer",
      tier: "Tier",
      area: "Area",
      address: "Address",
      latitude: "Latitude",
      longitude: "Longitude",
      kmFromPrevious: "Km from previous stop",
      travelMin: "Travel min",
      arrive: "Arrive",
      depart: "Depart",
      hoursCheck: "Opening hours check",
    },
    dayColumns: {
      rep: "Rep ",
      date: "Day",
      weekday: "Day of week",
      // The plan table's own word (its trailing space keeps the two tables' headers apart, as
      // "Rep " does): the sheet names the week one way (issue 11.8).
      week: "Week ",
      visits: "Visits",
      km: "Km",
      start: "Day start",
      end: "Day end",
      workHours: "Visit hours",
      travelHours: "Travel hours",
    },
    unscheduledColumns: {
      customer: "Unscheduled customer",
      tier: "Tier ",
      rep: "Owner",
      required: "Visits required",
      scheduled: "Visits planned",
      missing: "Visits missing",
      code: "Code",
      reason: "Reason",
    },
    noneUnscheduled: "Every required visit is planned: no unscheduled customers.",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    reasons: {
      UNKNOWN_TIER: "Tier not in the visit policy",
      SALES_NOT_NUMBER: "No tier: the sales cell is not a number",
      SALES_BLANK: "No tier: the sales cell is blank",
      TIER_BLANK: "No tier: the tier cell is blank",
      DUPLICATE_ID: "Same customer listed twice: planned once",
      CAPACITY: "Not enough capacity: raise visits per day, add a rep or lower the policy",
      TOO_FREQUENT: "The policy asks for more visits than there are working days",
      NO_WORKING_DAYS: "No working day in the horizon",
    },
    outsideHours: ({ hours }) => `Outside opening hours ${hours}: call ahead`,
    noRep: "(no rep)",
    routeChartTitle: ({ rep }) => `Route map: ${rep}`,
    routeNote: ({ column }) =>
      `One route chart per rep belongs here (each day's visits joined in visit order). The add-in draws them in Excel (Visit plan > Generate plan); without it, the data is here from column ${column} on: per rep the date, longitude and latitude of each visit. To draw a route, select a rep's longitude and latitude columns and insert a Scatter with Straight Lines chart.`,
    routeColumns: { date: "Date", longitude: "Longitude", latitude: "Latitude" },
  },
  pane: {
    readList: "Read the list around the selection",
    refreshList: "Read again",
    listFound: ({ rows, sheet, range }) =>
      `${rows.toLocaleString("en-US")} customers in ${range} on sheet ${sheet}`,
    columnsTitle: "Columns",
    roles: {
      customer: "Customer",
      tier: "Tier",
      sales: "Sales (to tier on the fly)",
      rep: "Rep / owner (optional)",
      area: "Area / district (optional)",
      address: "Address (carried to the plan)",
      lat: "Latitude",
      lng: "Longitude",
      latlng: 'Combined "lat,lng" column',
    },
    none: "(none)",
    tierFromSales: "(none: compute from sales)",
    tierSourceColumn: "Tiers are read from the tier column.",
    tierSourceSales:
      "No tier column: tiers are computed from sales (top 20% A, next 40% B, rest C).",
    guessedFromHeader: "guessed from the header",
    guessedFromContent: "guessed from the contents",
    located: ({ located, rows }) =>
      located === 0
        ? "No coordinates: days are grouped by area, routes are not measured."
        : `${located.toLocaleString("en-US")} of ${rows.toLocaleString("en-US")} customers have coordinates.`,
    optionsTitle: "Plan",
    startDate: "Start date",
    weeks: "Weeks",
    workdays: "Working days",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    holidays: "Holidays (no visits)",
    holidaysHint: "One date per line, yyyy-mm-dd.",
    capacity: "Visits per rep per day",
    policyTitle: "Visits per 4 weeks, by tier",
    policyHint: "A at least weekly, B two to three times a month, C once or twice.",
    policyTier: ({ label }) => `Tier ${label}`,
    startsTitle: "Start points (optional)",
    startsHint:
      'A depot or home per rep as "lat,lng". Without one, the rep starts at the day\'s first customer.',
    startRep: "Rep",
    startPoint: "Start point (lat,lng)",
    startPlaceholder: "e.g. 30.657, 104.066",
    noRep: "(no rep)",
    generate: "Generate plan",
    generating: "Planning…",
    progress: { planning: "Planning the visits…", writing: "Writing the plan sheet…" },
    errors: {
      noList: "No list here. Click a cell inside your customer list, then read again.",
      noCustomerColumn: "Choose the customer column.",
      noTierSource: "Choose a tier column, or a sales column to tier on the fly.",
      noCustomers: "The list has no customers.",
      badStartDate: ({ value }) => `The start date "${value}" is not a date.`,
      badHolidays: ({ lines }) =>
        `These holiday lines are not dates (write yyyy-mm-dd, one per line): ${lines}.`,
      noWorkdays: "Tick at least one working day.",
      badWeeks: "Weeks must be a whole number from 1 to 104.",
      badCapacity: "Visits per rep per day must be a whole number of at least 1.",
      badPolicy: ({ label }) => `Visits for tier ${label} must be a number of at least 0.`,
      badStartPoint: ({ rep, value }) =>
        `The start point of ${rep} ("${value}") is not "latitude,longitude".`,
    },
    written: ({ sheet, routeSheet, charts }) =>
      `Plan written to the new sheet "${sheet}"` +
      (routeSheet ? `, route maps (${charts}) to "${routeSheet}".` : "."),
    totalsTitle: "Totals",
    totals: {
      visits: "Visits planned",
      unscheduled: "Unscheduled visits",
      km: "Route km",
      busiestDay: "Busiest day",
      customers: "Customers",
    },
    busiest: ({ rep, date, weekday, visits }) => `${rep}, ${weekday} ${date}: ${visits} visits`,
    noBusiest: "—",
    capacityNeeded: ({ needed, capacity }) =>
      `Capacity is too small for the policy: about ${needed} visits per rep per day would be needed (now ${capacity}). Raise it, add a rep or lower the policy.`,
    allPlanned: "Every required visit is planned.",
    perRepTitle: "Per rep",
    perRep: {
      rep: "Rep",
      visits: "Visits",
      days: "Days",
      perDay: "Max/day",
      km: "Km",
      needed: "Needed",
    },
    perRepNote:
      "Needed: visits per day the rep's customers require under the policy (red: above the capacity).",
    unscheduledTitle: ({ customers, visits }) =>
      `Unscheduled: ${customers} customers, ${visits} visits`,
    reasons: {
      UNKNOWN_TIER: ({ tier }) =>
        tier ? `Tier "${tier}" is not in the visit policy` : "No tier (blank sales or tier cell)",
      SALES_NOT_NUMBER: () => "No tier: the sales cell is not a number",
      SALES_BLANK: () => "No tier: the sales cell is blank",
      TIER_BLANK: () => "No tier: the tier cell is blank",
      DUPLICATE_ID: () => "Listed twice: planned once",
      CAPACITY: ({ scheduled, required, capacity }) =>
        `Days full: ${scheduled} of ${required} visits planned at ${capacity} per day`,
      TOO_FREQUENT: ({ scheduled, required }) =>
        `More visits (${required}) than working days; ${scheduled} planned`,
      NO_WORKING_DAYS: () => "No working day in the horizon",
    },
    more: ({ count }) => `and ${count.toLocaleString("en-US")} more (all listed on the plan sheet)`,
    number: numberFormat("en-US"),
  },
};
