/**
 * The viewed sheet's cells as a table: column letters, row numbers, values with fills, bold and merges; the
 * selection outlined. A click on a cell hands it to the editor above (CellEditor), whose cell is outlined dashed.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { GridCellView, GridView } from "./grid-model";
import { PLAYGROUND_TEXT } from "../strings";

const useStyles = makeStyles({
  scroller: { overflow: "auto", maxHeight: "60vh", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontFamily: "Calibri, Aptos, Arial, sans-serif", fontSize: "13px" },
  header: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    width: "40px",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    verticalAlign: "bottom",
    cursor: "cell",
  },
  wrap: { whiteSpace: "normal" },
  link: { textDecorationLine: "underline" },
  formula: { fontStyle: "italic" },
  selected: { outline: "3px solid #107C41", outlineOffset: "-3px" },
  editing: { outline: "2px dashed #0F6CBD", outlineOffset: "-2px" },
});

const SELECTION_TINT = "#E3F3EA";

function cellStyle(cell: GridCellView): CSSProperties {
  return {
    // A cell's own fill stays visible under the selection outline (a marked problem is both).
    backgroundColor: cell.fill ?? (cell.selected ? SELECTION_TINT : undefined),
    fontWeight: cell.bold ? 700 : undefined,
    fontStyle: cell.italic ? "italic" : undefined,
    color: cell.color,
    textAlign: cell.align,
  };
}

function cellTitle(cell: GridCellView): string | undefined {
  if (cell.formula !== null) return PLAYGROUND_TEXT.formula(cell.formula, cell.text);
  return cell.text.length > 12 ? cell.text : undefined;
}

export interface SheetGridProps {
  readonly sheetName: string;
  readonly grid: GridView;
  /** The cell the editor is on. */
  readonly editing: string | null;
  readonly onPick: (address: string) => void;
}

export function SheetGrid({ sheetName, grid, editing, onPick }: SheetGridProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={PLAYGROUND_TEXT.gridLabel(sheetName)}>
      <table className={styles.table} data-sheet={sheetName}>
        <colgroup>
          <col style={{ width: "40px" }} />
          {grid.columns.map((column) => (
            <col key={column.column} style={{ width: `${column.widthPx}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={styles.header} />
            {grid.columns.map((column) => (
              <th key={column.column} scope="col" className={styles.header}>
                {column.letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.row} style={row.heightPx === null ? undefined : { height: `${row.heightPx}px` }}>
              <th scope="row" className={styles.rowHeader}>
                {row.row}
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.address}
                  data-address={cell.address}
                  data-selected={cell.selected ? "true" : undefined}
                  data-editing={cell.address === editing ? "true" : undefined}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  title={cellTitle(cell)}
                  className={[styles.cell, cell.wrap ? styles.wrap : "", cell.link ? styles.link : "", cell.formula !== null ? styles.formula : "", cell.selected ? styles.selected : "", cell.address === editing ? styles.editing : ""].join(" ")}
                  style={cellStyle(cell)}
                  onClick={() => onPick(cell.address)}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
