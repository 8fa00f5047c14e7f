/**
 * Lists of rows, columns and names in messages follow the language (issue 11 follow-up): "5, 7"
 * in English, "5、7" in Chinese, never the ASCII ", " inside a Chinese sentence. One helper
 * (listText / formatList) and the messages that list things through it.
 */
import { listText } from "../../src/i18n/format";
import { formatList, messages } from "../../src/i18n/messages";
import { conflictLetters } from "../../src/app/job";
import { rowProblemLines } from "../../src/app/customerRows";
import { rowOverrideProblems, rowSpecParts } from "../../src/core/list/rowOverride";
import { snapshotFromGrid } from "../../src/host/listSnapshot";
import { isListProblem, type ListSnapshot } from "../../src/host/types";

function list(): ListSnapshot {
  const grid = [
    ["Customer", "Sales"],
    ...Array.from({ length: 8 }, (_, i) => [`C${i + 1}`, i + 1]),
  ];
  const s = snapshotFromGrid("Sheet1", grid, 1, 0);
  if (isListProblem(s)) throw new Error(s.problem);
  return s;
}

describe("lists in messages", () => {
  test("the helper: English with commas, Chinese with the enumeration comma, no 'and'", () => {
    expect(listText("en-US", [5, 7, 9])).toBe("5, 7, 9");
    expect(listText("zh-CN", [5, 7, 9])).toBe("5、7、9");
    expect(listText("zh-CN", ["D", "F"])).toBe("D、F");
    expect(listText("en-US", ["D"])).toBe("D");
    expect(listText("zh-CN", [])).toBe("");
    expect(formatList("en", ["a", "b"])).toBe("a, b");
    expect(formatList("zh", ["甲", "乙"])).toBe("甲、乙");
  });

  test("row lists of the notes and checks", () => {
    expect(messages("en").tiering.pane.rowList([5, 7], 2)).toBe("rows 5, 7");
    expect(messages("zh").tiering.pane.rowList([5, 7], 2)).toBe("第 5、7 行");
    const many = Array.from({ length: 14 }, (_, i) => i + 2);
    expect(messages("zh").tiering.pane.rowList(many, 14)).toBe(
      "第 2、3、4、5、6、7、8、9、10、11、12、13 行等（另有 2 行）"
    );
    expect(messages("en").tiering.pane.rowList(many, 14)).toBe(
      "rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 2 more"
    );
  });

  test("a refused row correction names its rows the language's way, ranges kept", () => {
    const s = list();
    const problems = rowOverrideProblems(
      { include: [], exclude: [20, 21, 22, 30] },
      { headerRow: 1, firstRow: 2, count: 8 }
    );
    expect(rowSpecParts([20, 21, 22, 30])).toEqual(["20-22", "30"]);
    expect(rowProblemLines(problems, s, "en")).toEqual([
      "rows 20-22, 30 are not in the list (its rows are 2-9)",
    ]);
    expect(rowProblemLines(problems, s, "zh")).toEqual([
      "第 20-22、30 行不在清单内（清单为第 2-9 行）",
    ]);
  });

  test("the columns a write would cover", () => {
    const c = { code: "overwriteCells", cols: [3, 5] };
    expect(conflictLetters(c, "en")).toBe("D, F");
    expect(conflictLetters(c, "zh")).toBe("D、F");
    expect(
      messages("zh").value.pane.confirm.overwriteCells({ columns: conflictLetters(c, "zh") })
    ).toBe("D、F 列不为空。要覆盖吗？");
  });
});
