import type { RowsMessages } from "../types";

const pl = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const rows: RowsMessages = {
  problems: {
    bad: ({ text }) => `"${text}" is not a row number or a range of rows such as 9-12`,
    header: ({ rows }) => `row ${rows} is the list's header row, not a row of customers`,
    outside: ({ count, rows, first, last }) =>
      `${pl(count, "row", "rows")} ${rows} ${pl(count, "is", "are")} not in the list (its rows are ${first}-${last})`,
    both: ({ count, rows }) =>
      `${pl(count, "row", "rows")} ${rows} cannot be both put back and left out`,
  },
  pane: {
    sep: "; ",
    sentence: (text) => `${text}.`,
    userReason: ({ count, rows }) => `${count} left out by you (${rows})`,
    putBackNote: ({ count, rows }) =>
      `${count} ${pl(count, "row", "rows")} put back by you ${pl(count, "is", "are")} read as ${pl(count, "a customer", "customers")}: ${rows}.`,
    row: ({ row }) => `Row ${row}`,
    reasons: {
      blank: "blank",
      total: "total/subtotal",
      header: "repeated header",
      note: "note",
      user: "left out by you",
    },
    putBackByYou: "put back by you",
    putBack: "Put back",
    putBackLabel: ({ row }) => `Put row ${row} back: read it as a customer`,
    undoPutBack: "Leave out again",
    undoPutBackLabel: ({ row }) => `Leave row ${row} out again`,
    more: ({ count }) => `… and ${count} more`,
    leaveOutField: "Leave out a row that is not a customer (e.g. a test customer, a total)",
    leaveOutPlaceholder: "Row, e.g. 9 or 9-12",
    leaveOut: "Leave out",
    leaveOutEmpty: "Type a row number first.",
  },
};
