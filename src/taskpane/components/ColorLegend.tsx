import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "4px",
    borderRadius: "2px",
  },
  dot: { borderRadius: "50%" },
});

/** A small square (or dot) of a colour, before a label: a tier's band, a segment's points. */
export function Swatch(props: { color: string; dot?: boolean }): React.JSX.Element {
  const s = useStyles();
  return (
    <span
      className={mergeClasses(s.swatch, props.dot && s.dot)}
      style={{ background: props.color }}
    />
  );
}

/** A chart's legend: each label after its colour, then any extra entries (a line's name). */
export function ColorLegend(props: {
  items: readonly { label: string; color: string }[];
  dot?: boolean;
  children?: React.ReactNode;
}): React.JSX.Element {
  const s = useStyles();
  return (
    <div className={s.legend}>
      {props.items.map((it) => (
        <span key={it.label}>
          <Swatch color={it.color} dot={props.dot} />
          {it.label}
        </span>
      ))}
      {props.children}
    </div>
  );
}
