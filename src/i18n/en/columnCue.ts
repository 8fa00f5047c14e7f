import type { ColumnCueMessages } from "../types";

export const columnCue: ColumnCueMessages = {
  pane: {
    badge: {
      header: "Confident",
      content: "Check it",
      saved: "Remembered",
      user: "Chosen by you",
      ask: "Please choose",
    },
    detail: {
      header: ({ header }) => `matched the header “${header}”`,
      content: "guessed from the contents",
      saved: "your choice from last time",
      ask: "no column is clearly this one",
    },
  },
};
