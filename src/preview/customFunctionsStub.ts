/**
 * A `CustomFunctions` stand-in for the browser outside Excel, installed when this module is
 * imported: the bundled functions.ts calls `CustomFunctions.associate` when it loads (the
 * metadata plugin adds those calls) and the implementations make per-cell errors with
 * `CustomFunctions.Error`. Import it before anything that imports src/functions/functions.ts.
 */

/** Installs the stand-in unless a `CustomFunctions` global exists (Excel's, or the tests' own). */
export function installCustomFunctionsStub(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  class CfError extends Error {
    constructor(
      readonly code: string,
      message?: string
    ) {
      super(message);
    }
  }
  g.CustomFunctions = { Error: CfError, ErrorCode: {}, associate: () => undefined };
}

installCustomFunctionsStub();
