/** The workbook's sheet tabs, as at the bottom of Excel: the active one pressed, generated ones in italics; a click activates. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SimSheet } from "../../simulated-excel/model";
import { PLAYGROUND_TEXT } from "../strings";

const useStyles = makeStyles({
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: "none" },
  tab: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1, borderBottomWidth: "3px" },
  generated: { fontStyle: "italic" },
});

export interface SheetTabsProps {
  readonly sheets: readonly SimSheet[];
  readonly activeId: string | null;
  readonly isGenerated: (sheet: SimSheet) => boolean;
  readonly onActivate: (id: string) => void;
}

function notesOf(sheet: SimSheet, generated: boolean): string[] {
  const notes: string[] = [];
  if (generated) notes.push(PLAYGROUND_TEXT.generatedSheet);
  if (sheet.protected) notes.push(PLAYGROUND_TEXT.protectedSheet);
  return notes;
}

export function SheetTabs({ sheets, activeId, isGenerated, onActivate }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <nav aria-label={PLAYGROUND_TEXT.sheetTabsLabel}>
      <ul className={styles.tabs}>
        {sheets.map((sheet) => {
          const classes = [styles.tab, sheet.id === activeId ? styles.active : "", isGenerated(sheet) ? styles.generated : ""].join(" ");
          return (
            <li key={sheet.id}>
              <button type="button" className={classes} aria-pressed={sheet.id === activeId} data-sheet={sheet.name} onClick={() => onActivate(sheet.id)}>
                {sheet.name}
                {sheet.protected && <span aria-hidden="true"> ({PLAYGROUND_TEXT.protectedSheet})</span>}
                {notesOf(sheet, isGenerated(sheet)).length > 0 && <span className="visually-hidden"> ({notesOf(sheet, isGenerated(sheet)).join(", ")})</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
