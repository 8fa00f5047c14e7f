/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Stand-ins every file shares: the CustomFunctions global, fast-check's time limit, the
  // browser APIs jsdom lacks (jsdom files only), and the DOM matchers.
  setupFiles: [
    "<rootDir>/testkit/customFunctions.ts",
    "<rootDir>/test/setup/fastCheck.ts",
    "<rootDir>/test/setup/jsdom.ts",
  ],
  setupFilesAfterEnv: ["<rootDir>/test/setup/jestDom.ts"],
  transform: {
    // Type checking is done once by `tsc --noEmit` in `npm test`; here we only transpile.
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/setup/fileStub.js",
    // d3's ES modules do not load in jest; the charts are checked in test/browser.
    "^@fluentui/react-charts$": "<rootDir>/test/setup/chartStub.tsx",
  },
  testTimeout: 60000,
};
