/**
 * The simulated workbook: sheet tabs, the active sheet's cells (editable: CellEditor) and charts. It re-reads the
 * model after every operation of the pane and every edit.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState, useSyncExternalStore } from "react";
import type { SimSheet } from "../../simulated-excel/model";
import { DEFAULT_TAG_KEY } from "../../simulated-excel/seed";
import type { ObservedExcel } from "../observed-excel";
import { PLAYGROUND_TEXT } from "../strings";
import { CellEditor, type PickedCell } from "./CellEditor";
import { contentAt } from "./cell-edit";
import { ChartFigure } from "./ChartFigure";
import { chartView } from "./chart-model";
import { MAX_COLUMNS_SHOWN, MAX_ROWS_SHOWN, gridView } from "./grid-model";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  selection: { fontFamily: tokens.fontFamilyMonospace },
  charts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  chartsTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

function isGenerated(sheet: SimSheet): boolean {
  return sheet.customProperties.some((property) => property.key.toLowerCase() === DEFAULT_TAG_KEY.toLowerCase());
}

export function WorkbookView({ observed }: { readonly observed: ObservedExcel }) {
  const styles = useStyles();
  const [picked, setPicked] = useState<PickedCell | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const version = useSyncExternalStore(observed.subscribe, observed.version);
  const model = observed.excel.model;
  const activeName = (model.sheets.find((candidate) => candidate.id === model.activeSheetId) ?? model.sheets[0])?.name;
  // The cell being edited is the selected cell, as in Excel, where a click selects before one types.
  const onCellChange = useCallback(
    (address: string | null) => {
      setEditing(address);
      if (address === null || activeName === undefined) return;
      observed
        .run(async (context) => {
          context.workbook.worksheets.getItem(activeName).getRange(address).select();
          await context.sync();
        })
        .catch((error: unknown) => console.error(error));
    },
    [observed, activeName],
  );
  // Clicking a sheet tab here is what a user does in Excel: it activates the sheet. So the view always
  // shows the active sheet, the one the add-in activates too (a problem's cell, the new summary).
  const activate = (id: string) => {
    const name = model.sheets.find((candidate) => candidate.id === id)?.name;
    if (name === undefined) return;
    observed
      .run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      })
      .catch((error: unknown) => console.error(error));
  };
  const sheet = model.sheets.find((candidate) => candidate.id === model.activeSheetId) ?? model.sheets[0] ?? null;
  const selectedSheet = model.sheets.find((candidate) => candidate.id === model.selection?.sheetId);
  const grid = sheet ? gridView(model, sheet) : null;
  const charts = sheet ? sheet.charts.map((chart) => chartView(model, chart)) : [];
  return (
    <div className={styles.view} data-version={version}>
      <h2 className={styles.title}>{PLAYGROUND_TEXT.workbookTitle(model.name)}</h2>
      <Text size={200}>{PLAYGROUND_TEXT.workbookHint}</Text>
      <SheetTabs sheets={model.sheets} activeId={sheet?.id ?? null} isGenerated={isGenerated} onActivate={activate} />
      <Text className={styles.selection} data-testid="selection">
        {model.selection && selectedSheet ? PLAYGROUND_TEXT.selection(selectedSheet.name, model.selection.address) : PLAYGROUND_TEXT.noSelection}
      </Text>
      {sheet && (
        // A new sheet, a new editor: nothing typed for one sheet is written into another.
        <CellEditor
          key={sheet.id}
          sheetName={sheet.name}
          picked={picked?.sheetId === sheet.id ? picked : null}
          contentOf={(address) => contentAt(sheet, address, model.dateSystem)}
          onEdit={(address, text) => observed.edit(sheet.name, address, text)}
          onCellChange={onCellChange}
        />
      )}
      {sheet && grid && <SheetGrid sheetName={sheet.name} grid={grid} editing={editing} onPick={(address) => setPicked({ sheetId: sheet.id, address })} />}
      {grid?.truncated && <Text size={200}>{PLAYGROUND_TEXT.truncated(MAX_ROWS_SHOWN, MAX_COLUMNS_SHOWN)}</Text>}
      {charts.length > 0 && (
        <section aria-label={PLAYGROUND_TEXT.chartsTitle(charts.length)}>
          <h3 className={styles.chartsTitle}>{PLAYGROUND_TEXT.chartsTitle(charts.length)}</h3>
          <div className={styles.charts}>
            {charts.map((chart) => (
              <ChartFigure key={chart.id} chart={chart} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
