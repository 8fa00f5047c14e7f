import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { MemoryHost } from "../host/memoryHost";
import { columnLetter } from "../core/excel/a1";
import type { CellValue } from "../core/excel/cell";
import { formatCell } from "./numberFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, flex: 1 },
  scroll: {
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    maxHeight: "calc(100vh - 70px)",
  },
  table: {
    borderCollapse: "collapse",
    fontSize: "12px",
    fontFamily: "Calibri, 'Microsoft YaHei', sans-serif",
  },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 400,
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
  rowHead: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    position: "sticky",
    left: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 6px",
    whiteSpace: "nowrap",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  note: { color: tokens.colorNeutralForeground3, fontSize: "12px", padding: "4px" },
});

export interface SheetGridProps {
  host: MemoryHost;
  /** Rows drawn (the rest is counted). */
  maxRows?: number;
}

/** A small rendering of the in-memory workbook: the sheet's cells with tier colours, sheet tabs. */
export function SheetGrid(props: SheetGridProps): React.JSX.Element {
  const s = useStyles();
  const { host } = props;
  const [, setTick] = React.useState(0);
  React.useEffect(() => host.subscribe(() => setTick((x) => x + 1)), [host]);
  const sel = host.data.selection;
  const [sheetName, setSheetName] = React.useState(sel.sheet);
  React.useEffect(() => setSheetName(sel.sheet), [sel.sheet]);
  const sheet = host.sheet(sheetName) ?? host.data.sheets[0];
  const rows = sheet.cells.length;
  const cols = sheet.cells.reduce((m, r) => Math.max(m, r ? r.length : 0), 0);
  const shown = Math.min(rows, props.maxRows ?? 40);
  const fill = (r: number, c: number, v: CellValue): string | undefined => {
    for (const f of sheet.conditionalFormats) {
      const g = f.range;
      if (r >= g.row && r < g.row + g.rows && c >= g.col && c < g.col + g.cols && v === f.text)
        return f.fill;
    }
    return undefined;
  };
  const isSel = (r: number, c: number) =>
    sel.sheet === sheet.name &&
    r >= sel.row &&
    r < sel.row + sel.rows &&
    c >= sel.col &&
    c < sel.col + sel.cols;
  return (
    <div className={s.root} data-testid="sheet-grid">
      <TabList
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, d) => setSheetName(String(d.value))}
      >
        {host.data.sheets.map((x) => (
          <Tab key={x.name} value={x.name}>
            {x.name}
          </Tab>
        ))}
      </TabList>
      <div className={s.scroll}>
        <table className={s.table}>
          <thead>
            <tr>
              <th className={`${s.cell} ${s.head}`} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={`${s.cell} ${s.head}`}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shown }, (_, r) => (
              <tr key={r}>
                <td className={`${s.cell} ${s.rowHead}`}>{r + 1}</td>
                {Array.from({ length: cols }, (_, c) => {
                  const v = host.value(sheet, r, c);
                  const bg = fill(r, c, v);
                  return (
                    <td
                      key={c}
                      className={`${s.cell} ${isSel(r, c) ? s.selected : ""}`}
                      style={{
                        background: bg,
                        textAlign: typeof v === "number" || v instanceof Date ? "right" : "left",
                      }}
                      data-cell={`${columnLetter(c)}${r + 1}`}
                    >
                      {formatCell(v, sheet.numberFormats.get(`${r},${c}`))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows > shown && <div className={s.note}>… {rows - shown} more rows</div>}
    </div>
  );
}
