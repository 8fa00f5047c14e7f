import type { RowsMessages } from "../types";

export const rows: RowsMessages = {
  problems: {
    bad: ({ text }) => `“${text}”不是行号，也不是 9-12 这样的行范围`,
    header: ({ rows }) => `第 ${rows} 行是清单的标题行，不是客户行`,
    outside: ({ rows, first, last }) => `第 ${rows} 行不在清单内（清单为第 ${first}-${last} 行）`,
    both: ({ rows }) => `第 ${rows} 行不能既恢复又排除`,
  },
  pane: {
    sep: "；",
    sentence: (text) => `${text}。`,
    userReason: ({ count, rows }) => `${count} 行由您排除（${rows}）`,
    putBackNote: ({ count, rows }) => `您恢复的 ${count} 行按客户计入：${rows}。`,
    row: ({ row }) => `第 ${row} 行`,
    reasons: {
      blank: "空行",
      total: "合计/小计",
      header: "重复的标题",
      note: "备注",
      user: "由您排除",
    },
    putBackByYou: "由您恢复",
    putBack: "恢复",
    putBackLabel: ({ row }) => `恢复第 ${row} 行：按客户计入`,
    undoPutBack: "重新排除",
    undoPutBackLabel: ({ row }) => `重新排除第 ${row} 行`,
    more: ({ count }) => `……还有 ${count} 行`,
    leaveOutField: "排除不是客户的行（如测试客户、合计行）",
    leaveOutPlaceholder: "行号，如 9 或 9-12",
    leaveOut: "排除",
    leaveOutEmpty: "请先输入行号。",
  },
};
