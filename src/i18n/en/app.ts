import type { AppMessages } from "../types";

export const app: AppMessages = {
  pane: {
    appTitle: "Customer tiering",
    loadingTab: "Loading…",
    moreTabs: ({ count }) => `${count} more tab${count === 1 ? "" : "s"}`,
    language: "Language",
    tabs: {
      tiering: "Tiering",
      visitPlan: "Visit plan",
      value: "Value",
      churn: "Churn",
      orderHistory: "Order history",
    },
    error: ({ message }) => `Something went wrong: ${message}`,
    dismiss: "Dismiss",
  },
};
