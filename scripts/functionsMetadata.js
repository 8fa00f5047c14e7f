/**
 * Post-processing of the functions.json that custom-functions-metadata-plugin generates from the
 * JSDoc of src/functions/functions.ts. The generator always emits
 * `allowCustomDataForDataTypeAny` but has no tag for `allowErrorForDataTypeAny`; without it
 * Excel never passes an error cell of a range to a custom function and returns that error for
 * the whole call, so one #N/A among 10,000 sales would turn a whole CRM.TIER spill into #N/A.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
 * (src/functions/args.ts handles the error and rich-value cells that then arrive.)
 */
const EXCEL_FLAGS = { allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true };

/** The metadata text with Excel's flags set at the top level (idempotent; key order kept). */
function withExcelFlags(text) {
  const meta = JSON.parse(text);
  if (!Array.isArray(meta.functions)) throw new Error("functions.json has no functions array");
  return JSON.stringify({ ...EXCEL_FLAGS, ...meta, ...EXCEL_FLAGS }, null, 4);
}

/** Webpack plugin: rewrites the functions.json asset once the metadata plugin has added it. */
class FunctionsMetadataFlagsPlugin {
  constructor(asset = "functions.json") {
    this.asset = asset;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataFlags", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataFlags", stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS },
        (assets) => {
          // Missing when the metadata plugin reported errors: those already fail the build.
          if (!assets[this.asset]) return;
          const text = withExcelFlags(assets[this.asset].source().toString());
          compilation.updateAsset(this.asset, new sources.RawSource(text));
        }
      );
    });
  }
}

module.exports = { EXCEL_FLAGS, withExcelFlags, FunctionsMetadataFlagsPlugin };
