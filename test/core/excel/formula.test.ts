import { formulaString, formulaStringArray } from "../../../src/core/excel/formula";

// Excel's formula grammar: a text constant is quoted, a quote inside it written twice
// ("He said ""hi"""); an array constant lists its items between braces, comma-separated.
describe("text constants in formulas", () => {
  test("quotes are doubled inside the literal", () => {
    expect(formulaString("Win back")).toBe('"Win back"');
    expect(formulaString('12" screen')).toBe('"12"" screen"');
    expect(formulaString("")).toBe('""');
  });
  test("an array constant of texts", () => {
    expect(formulaStringArray(["核心客户", 'a"b'])).toBe('{"核心客户","a""b"}');
  });
});
