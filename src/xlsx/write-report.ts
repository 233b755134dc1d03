/** Renders a ReportPlan as a new .xlsx workbook (Node, wasm-xlsxwriter): cells, styles, layout, print setup, charts. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { qualifiedAddress } from "../domain/address";
import type { PlannedCell, PlannedSheet, ReportPlan } from "../report/plan";
import { buildChart } from "./write-charts";
import { finishPackage } from "./write-package";
import { FormatBook } from "./write-styles";
import { loadXlsxWriter, type XlsxWriterModule } from "./write-xlsxwriter-module";

type Worksheet = import("wasm-xlsxwriter").Worksheet;

/** Excel's paper size code for A4. */
const PAPER_A4 = 9;
/** The most characters an Excel cell holds. */
const MAX_CELL_TEXT = 32767;

const fitted = (text: string): string => (text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`);

function writeCell(xw: XlsxWriterModule, sheet: Worksheet, cell: PlannedCell, formats: FormatBook): void {
  const row = cell.row - 1;
  const column = cell.column - 1;
  const format = formats.get(cell.style);
  const value = cell.value;
  if (cell.link) {
    const target = cell.link.kind === "url" ? cell.link.url : `internal:${qualifiedAddress(cell.link.sheet, cell.link.cell)}`;
    const text = value.kind === "text" ? fitted(value.text) : value.kind === "number" ? String(value.number) : "";
    // writeUrlWithOptions takes its format away (moved into Rust): give it a copy, the book's format is shared.
    sheet.writeUrlWithOptions(row, column, new xw.Url(target), text, "", format.clone());
    return;
  }
  switch (value.kind) {
    case "text":
      // writeString never reads a formula, whatever the text starts with (=, +, -, @).
      if (value.text === "") sheet.writeBlank(row, column, format);
      else sheet.writeStringWithFormat(row, column, fitted(value.text), format);
      return;
    case "blank":
      sheet.writeBlank(row, column, format);
      return;
    case "number":
      sheet.writeNumberWithFormat(row, column, value.number, format);
      return;
    case "formula": {
      let formula = new xw.Formula(value.formula);
      if (value.cached !== undefined) formula = formula.setResult(String(value.cached));
      sheet.writeFormulaWithFormat(row, column, formula, format);
      return;
    }
  }
}

function layOut(sheet: Worksheet, planned: PlannedSheet): void {
  for (const { column, width } of planned.columnWidths) sheet.setColumnWidth(column - 1, width);
  for (const { row, height } of planned.rowHeights ?? []) sheet.setRowHeight(row - 1, height);
  if (planned.freeze && (planned.freeze.rows > 0 || planned.freeze.columns > 0)) {
    sheet.setFreezePanes(planned.freeze.rows, planned.freeze.columns);
  }
  sheet.setScreenGridlines(planned.showGridlines);
  sheet.setPaperSize(PAPER_A4);
  if (planned.print.orientation === "landscape") sheet.setLandscape();
  else sheet.setPortrait();
  if (planned.print.fitToOnePageWide) sheet.setPrintFitToPages(1, planned.print.fitToOnePageTall ? 1 : 0);
  if (planned.print.centerHorizontally) sheet.setPrintCenterHorizontally(true);
  if (planned.print.repeatRows) sheet.setRepeatRows(planned.print.repeatRows.first - 1, planned.print.repeatRows.last - 1);
}

function renderSheet(xw: XlsxWriterModule, sheet: Worksheet, planned: PlannedSheet, formats: FormatBook): void {
  sheet.setName(planned.name);
  layOut(sheet, planned);
  const byPosition = new Map(planned.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  for (const merge of planned.merges) {
    const corner = byPosition.get(`${merge.top}:${merge.left}`);
    sheet.mergeRange(merge.top - 1, merge.left - 1, merge.bottom - 1, merge.right - 1, "", formats.get(corner?.style));
  }
  for (const cell of planned.cells) writeCell(xw, sheet, cell, formats);
  for (const chart of planned.charts) sheet.insertChart(chart.anchor.row - 1, chart.anchor.column - 1, buildChart(xw, chart));
}

export async function writeReportBuffer(plan: ReportPlan): Promise<Uint8Array> {
  const xw = loadXlsxWriter();
  const workbook = new xw.Workbook();
  const formats = new FormatBook(xw, plan.styles);
  for (const planned of plan.sheets) {
    const sheet = workbook.addWorksheet();
    renderSheet(xw, sheet, planned, formats);
    if (planned.name === plan.activeSheet) sheet.setActive(true);
  }
  // Copied into this realm's Uint8Array (the module may live in Node's own realm, outside a test sandbox).
  return finishPackage(Uint8Array.from(workbook.saveToBufferSync()), plan.sheets);
}

/** Writes the report beside its destination first, then renames it, so a failure never leaves half a file. */
export async function writeReportFile(plan: ReportPlan, destination: string): Promise<void> {
  const bytes = await writeReportBuffer(plan);
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, destination);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
