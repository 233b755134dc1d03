/** The workbook's sheet tabs, as in Excel's status bar: the viewed one pressed, the active one and generated ones marked. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SimSheet } from "../../../test/sim/model";
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
  viewed: { backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1, borderBottomWidth: "3px" },
  generated: { fontStyle: "italic" },
  marker: { marginLeft: tokens.spacingHorizontalXS, color: tokens.colorBrandForeground1 },
});

export interface SheetTabsProps {
  readonly sheets: readonly SimSheet[];
  readonly viewedId: string | null;
  readonly activeId: string | null;
  readonly isGenerated: (sheet: SimSheet) => boolean;
  readonly onView: (id: string) => void;
}

export function SheetTabs({ sheets, viewedId, activeId, isGenerated, onView }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <nav aria-label={PLAYGROUND_TEXT.sheetTabsLabel}>
      <ul className={styles.tabs}>
        {sheets.map((sheet) => {
          const notes: string[] = [];
          if (sheet.id === activeId) notes.push(PLAYGROUND_TEXT.activeSheet);
          if (isGenerated(sheet)) notes.push(PLAYGROUND_TEXT.generatedSheet);
          const classes = [styles.tab, sheet.id === viewedId ? styles.viewed : "", isGenerated(sheet) ? styles.generated : ""].join(" ");
          return (
            <li key={sheet.id}>
              <button type="button" className={classes} aria-pressed={sheet.id === viewedId} data-sheet={sheet.name} onClick={() => onView(sheet.id)}>
                {sheet.name}
                {sheet.id === activeId && <span className={styles.marker} aria-hidden="true">●</span>}
                {notes.length > 0 && <span className="visually-hidden"> ({notes.join(", ")})</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
