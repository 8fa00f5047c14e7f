/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts", "<rootDir>/test/setup/fastCheck.ts"],
  transform: {
    // Type checking is done once by `tsc --noEmit` in `npm test`; here we only transpile.
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/setup/fileStub.js",
  },
  testTimeout: 60000,
};
