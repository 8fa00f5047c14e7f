import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every tab shares: a column of blocks, rows of buttons/fields, muted side text, a two-column field grid. */
export const useTabStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} 0`,
  },
  row: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  /** A tight column of lines (notes, message bars, the checks). */
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  /** Fields two by two (each shrinks to its half of the pane). */
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  /** A headline figure (the summary line above a table). */
  big: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});
