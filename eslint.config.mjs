// ESLint (flat config) for `npm run lint` (office-addin-lint picks this file up).
// The Office add-in rules and Prettier from eslint-plugin-office-addins, React rules for the
// pane, and the same rules for .tsx files, which the plugin's presets leave out.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";

const base = officeAddins.configs.react;
const tsBlock = base.find((c) => c.files && c.languageOptions && c.rules && c.rules["prettier/prettier"]);

export default [
  { ignores: ["dist/**", "lib/**", "out/**", "node_modules/**", "test-output/**", "coverage/**"] },
  ...base,
  {
    ...tsBlock,
    files: ["**/*.tsx"],
  },
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
        CustomFunctions: "readonly",
      },
    },
    plugins: { "react-hooks": reactHooks },
    settings: { react: { version: "18.3" } },
    rules: {
      // TypeScript's checker already reports undefined names, with the Office.js types in view.
      "no-undef": "off",
      "no-redeclare": "off",
      // The new JSX transform needs no React in scope; props are typed with TypeScript.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // Excel's cell rules have one home, src/core/excel (issue 12): serial dates, A1 addresses,
    // numbers and blanks from cells, text literals in formulas. These patterns are how copies of them begin elsewhere.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/excel/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[value=25569]",
          message: "Excel serial dates: use serialFromDate/dateFromSerial from src/core/excel/dates.",
        },
        {
          selector: "Literal[value=86400000]",
          message: "Days in milliseconds: use MS_PER_DAY from src/core/excel/dates.",
        },
        {
          selector: "CallExpression[callee.property.name='fromCharCode'] > BinaryExpression",
          message: "Column letters: use columnLetter from src/core/excel/a1.",
        },
        {
          selector:
            "BinaryExpression[operator='-'][left.callee.property.name='charCodeAt']:matches([right.value=64], [right.value=65])",
          message: "Column letters: use the A1 parsers in src/core/excel/a1.",
        },
        {
          selector:
            "CallExpression[callee.property.name='replace'][arguments.0.regex.pattern='\"'][arguments.1.value='\"\"']",
          message: "Text in a formula: use formulaString/formulaStringArray from src/core/excel/formula.",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/core/a1", "**/core/cell", "**/list/cellNumber", "**/history/dates"],
              message: "Cell reading, A1 addresses and serial dates live in src/core/excel.",
            },
          ],
        },
      ],
    },
  },
  {
    // The Office.js host loads properties through shared constants (e.g. `load(DIMS)`) and
    // navigation properties, which these syntactic rules cannot follow; the load/sync order is
    // checked for real by the office-addin-mock tests, which fail on an unloaded read.
    files: ["src/host/officeHost.ts"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
