/**
 * The simulated workbook's state: plain data (no proxies), so a sync can copy it and put it back.
 * Rows and columns are 1-based.
 */
import type { CellValue } from "../domain/snapshot";
import type { DateSystem } from "../domain/date-system";

export type FillPattern = "None" | "Solid";

export interface SimBorder {
  style: string;
  color: string;
  weight?: string;
}

export interface SimFormat {
  fill: { pattern: FillPattern; color: string };
  font: { name: string; size: number; color: string; bold: boolean; italic: boolean; underline: string };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Record<string, SimBorder>;
}

export interface SimHyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

export interface SimCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  /** The displayed text as seeded (from a file); null: computed from value and format. */
  seededText: string | null;
  format: SimFormat;
  hyperlink: SimHyperlink | null;
  /** A note (the yellow "commentaire" of older Excel): kept by every write; only clear("All") removes it. */
  note: string | null;
  /** A drop-down list (range.dataValidation, ExcelApi 1.8); only list rules are modelled. */
  validation: SimListValidation | null;
}

export interface SimListValidation {
  readonly inCellDropDown: boolean;
  /** Comma-separated values, as ListDataValidation.source takes them. */
  readonly source: string;
}

export interface SimRangeRef {
  readonly sheetId: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SimSeries {
  name: string;
  chartType: string | null;
  values: SimRangeRef | null;
  xValues: SimRangeRef | null;
  fillColor: string | null;
  lineColor: string | null;
  /** ChartLineFormat.lineStyle ("Continuous", "Dash"…); null until set. */
  lineStyle: string | null;
  pointColors: Record<number, string>;
  hasDataLabels: boolean;
}

export interface SimChart {
  id: string;
  name: string;
  chartType: string;
  seriesBy: string;
  title: string | null;
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  valueAxis: { minimum: number | null; maximum: number | null; numberFormat: string | null };
  legend: { visible: boolean; position: string };
  position: { start: string; end: string | null } | null;
  width: number | null;
  height: number | null;
  series: SimSeries[];
}

export interface SimMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A threaded comment (objects/comments.ts), tied to one cell of its sheet. */
export interface SimComment {
  readonly id: string;
  row: number;
  column: number;
  content: string;
  authorName: string;
  resolved: boolean;
  replies: { content: string; authorName: string }[];
}

export interface SimSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Keyed by cellKey(row, column). */
  cells: Map<number, SimCell>;
  merges: SimMerge[];
  customProperties: { key: string; value: string }[];
  comments: SimComment[];
  charts: SimChart[];
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    printTitleRows: string | null;
    /** Whether the printed sheet is centred between the left and right margins. */
    centerHorizontally: boolean;
    /** Rows that start a printed page (worksheet.horizontalPageBreaks). */
    rowBreaks: number[];
  };
  freeze: { rows: number; columns: number };
  tabColor: string;
  showGridlines: boolean;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  protected: boolean;
}

export interface SimModel {
  /** The file name Office.js gives as workbook.name. */
  name: string;
  sheets: SimSheet[];
  settings: Map<string, unknown>;
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  nextId: number;
  /**
   * The workbook's date system: the values hold dates as this system counts them (Excel's Workbook.Date1904,
   * https://learn.microsoft.com/office/vba/api/excel.workbook.date1904; Office.js exposes no such property).
   */
  dateSystem: DateSystem;
}

export const MAX_COLUMNS = 16384;
/** Columns run from 1 to MAX_COLUMNS (XFD): one more than that per row, so that XFD1 and A2 differ. */
const KEY_STRIDE = MAX_COLUMNS + 1;

export function cellKey(row: number, column: number): number {
  return row * KEY_STRIDE + column;
}

export function keyPosition(key: number): { row: number; column: number } {
  return { row: Math.floor(key / KEY_STRIDE), column: key % KEY_STRIDE };
}

export function defaultFormat(): SimFormat {
  return {
    fill: { pattern: "None", color: "#FFFFFF" },
    font: { name: "Aptos Narrow", size: 11, color: "#000000", bold: false, italic: false, underline: "None" },
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    borders: {},
  };
}

export function emptyCell(): SimCell {
  return { value: null, formula: null, numberFormat: "General", seededText: null, format: defaultFormat(), hyperlink: null, note: null, validation: null };
}

export function newSheet(model: SimModel, name: string): SimSheet {
  const sheet: SimSheet = {
    id: `{sheet-${model.nextId++}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    customProperties: [],
    comments: [],
    charts: [],
    pageLayout: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null, centerHorizontally: false, rowBreaks: [] },
    freeze: { rows: 0, columns: 0 },
    tabColor: "",
    showGridlines: true,
    columnWidths: new Map(),
    rowHeights: new Map(),
    protected: false,
  };
  model.sheets.push(sheet);
  return sheet;
}

export function emptyModel(): SimModel {
  return { name: "Classeur1.xlsx", sheets: [], settings: new Map(), activeSheetId: null, selection: null, nextId: 1, dateSystem: 1900 };
}

/** The cell, created when absent (for writes). */
export function cellForWrite(sheet: SimSheet, row: number, column: number): SimCell {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function hasContent(cell: SimCell): boolean {
  return cell.value !== null || cell.formula !== null;
}

export function hasFormatting(cell: SimCell): boolean {
  return JSON.stringify(cell.format) !== JSON.stringify(defaultFormat()) || cell.numberFormat !== "General" || cell.hyperlink !== null || cell.note !== null;
}

export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("fr") === b.toLocaleLowerCase("fr");
}
