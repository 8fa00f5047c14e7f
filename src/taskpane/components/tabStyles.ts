import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every tab shares: a column of blocks, rows of buttons/fields, muted side text. */
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
});
