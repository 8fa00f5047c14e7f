import type { AppMessages } from "../types";

export const app: AppMessages = {
  pane: {
    appTitle: "客户分级",
    loadingTab: "正在加载…",
    moreTabs: ({ count }) => `另外 ${count} 个选项卡`,
    language: "语言",
    tabs: {
      tiering: "分级",
      visitPlan: "拜访计划",
      value: "价值",
      churn: "流失",
      orderHistory: "订单历史",
    },
    error: ({ message }) => `出错了：${message}`,
    dismiss: "关闭",
  },
};
