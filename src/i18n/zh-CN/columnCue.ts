import type { ColumnCueMessages } from "../types";

export const columnCue: ColumnCueMessages = {
  pane: {
    badge: {
      header: "可信",
      content: "请核对",
      saved: "已沿用",
      user: "由您选择",
      ask: "请选择",
    },
    detail: {
      header: ({ header }) => `匹配标题“${header}”`,
      content: "根据内容推测",
      saved: "上次的选择",
      ask: "没有明显合适的列",
    },
  },
};
