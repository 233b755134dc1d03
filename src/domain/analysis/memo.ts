/**
 * What an analysis reuses from the previous analysis of the same workbook. A result that depends on one
 * sheet only is kept by the sheet's snapshot (a sheet left as it was is the same object); an indicator
 * row's checks are kept by its cells (a row left as it was holds the same cell objects). A live check
 * replaces a few rows of one sheet and analyses again: only that sheet is located again and only the
 * changed rows are checked again, and the outcome is the full analysis's, since it is the same code.
 * Everything is held weakly or replaced at each analysis: nothing grows with the number of analyses.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { tablesByYear, type CellRef, type IndicatorRow, type YearTable } from "../tables";
import { tablesOfSheet } from "../tables/locate-tables";
import { findSurveys, readSurveySheet, surveyForYear, type SurveyAnalysis } from "../survey";
import { analyzeRow, rowOutcome, type AnalyzedRow, type RowOutcome } from "./analyze-indicator";
import { type HistoryLookups, historyLookupsOf } from "./history";
import { monthlyOfYear, telephonySheetOf, type MonthlyPart, type TelephonySheet } from "./monthly";
import { withoutSurveys } from "./survey";
import { lookupByName, type PreviousLookup } from "./previous-year";
import type { IndicatorAnalysis } from "./types";

interface Last<K extends readonly unknown[], V> {
  readonly keys: K;
  readonly value: V;
}

interface CheckedRow {
  readonly row: IndicatorRow;
  readonly analyzed: AnalyzedRow;
}

const sameKeys = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);

export class AnalysisMemo {
  private readonly tables = new WeakMap<SheetSnapshot, YearTable[]>();
  private readonly telephony = new WeakMap<SheetSnapshot, TelephonySheet | null>();
  private readonly surveySheets = new WeakMap<SheetSnapshot, SurveyAnalysis | null>();
  private readonly analyzed = new WeakMap<IndicatorRow, AnalyzedRow>();
  private readonly outcomes = new WeakMap<IndicatorRow, RowOutcome>();
  private readonly lookups = new WeakMap<YearTable, PreviousLookup>();
  private readonly indicators = new WeakMap<AnalyzedRow, Last<readonly unknown[], IndicatorAnalysis>>();
  /** The analysed table's rows by row number, as last checked: a changed sheet's rows are new objects. */
  private lastRows: { readonly sheet: string; readonly byRow: ReadonlyMap<number, CheckedRow> } = { sheet: "", byRow: new Map() };
  private history: Last<readonly unknown[], HistoryLookups> | null = null;
  private monthly: Last<readonly unknown[], MonthlyPart> | null = null;
  private survey: Last<readonly unknown[], SurveyAnalysis | null> | null = null;

  /** The workbook's telephony sheets (surveys that read like telephony left out), each read once. */
  telephonySheets(snapshot: WorkbookSnapshot): TelephonySheet[] {
    return snapshot.sheets.flatMap((sheet) => {
      const found = this.keep(this.telephony, sheet, () => telephonySheetOf(sheet));
      return found === null ? [] : withoutSurveys([found], (candidate) => this.surveySheet(candidate));
    });
  }

  /** The indicator tables of every sheet not skipped, each sheet located once. */
  locateTables(snapshot: WorkbookSnapshot, skipSheet: (sheet: SheetSnapshot) => boolean): YearTable[] {
    return snapshot.sheets.filter((sheet) => sheet.generatedTag === null && !skipSheet(sheet)).flatMap((sheet) => this.sheetTables(sheet));
  }

  sheetTables(sheet: SheetSnapshot): YearTable[] {
    return this.keep(this.tables, sheet, () => tablesOfSheet(sheet));
  }

  /** The analysed table's rows checked; a row whose cells and words are those of the last check keeps its outcome. */
  analyzeRows(table: YearTable): AnalyzedRow[] {
    const previous = this.lastRows.sheet === table.sheet ? this.lastRows.byRow : new Map<number, CheckedRow>();
    const byRow = new Map<number, CheckedRow>();
    this.lastRows = { sheet: table.sheet, byRow };
    return table.rows.map((row) => {
      const kept = previous.get(row.row);
      const analyzed = kept !== undefined && sameRow(kept.row, row) ? kept.analyzed : this.analyzeRow(table.sheet, row);
      byRow.set(row.row, { row, analyzed });
      return analyzed;
    });
  }

  analyzeRow(sheet: string, row: IndicatorRow): AnalyzedRow {
    return this.keep(this.analyzed, row, () => analyzeRow(sheet, row));
  }

  /** Another year's row as its history point needs it: its analysis when it has one, else its status alone. */
  rowOutcome(sheet: string, row: IndicatorRow): RowOutcome {
    const analyzed = this.analyzed.get(row);
    if (analyzed !== undefined) return { status: analyzed.indicator.status, result: analyzed.indicator.result?.quantity ?? null };
    return this.keep(this.outcomes, row, () => rowOutcome(sheet, row));
  }

  lookupByName(table: YearTable | null): PreviousLookup {
    return table === null ? lookupByName(null) : this.keep(this.lookups, table, () => lookupByName(table));
  }

  historyLookups(tables: readonly YearTable[], analysedYear: number): HistoryLookups {
    const byYear = [...tablesByYear(tables)].filter(([year]) => year !== analysedYear);
    const keys = byYear.flat();
    if (this.history === null || !sameKeys(this.history.keys, keys)) {
      this.history = { keys, value: historyLookupsOf(byYear, (table) => this.lookupByName(table), (sheet, row) => this.rowOutcome(sheet, row)) };
    }
    return this.history.value;
  }

  /** The indicator with its previous year and history, kept while the row's outcome and what it is compared with stay. */
  indicator(row: AnalyzedRow, dependencies: readonly unknown[], build: () => IndicatorAnalysis): IndicatorAnalysis {
    const kept = this.indicators.get(row);
    if (kept !== undefined && sameKeys(kept.keys, dependencies)) return kept.value;
    const value = build();
    this.indicators.set(row, { keys: dependencies, value });
    return value;
  }

  monthlyOfYear(sheets: readonly TelephonySheet[], year: number): MonthlyPart {
    const keys = [year, ...sheets];
    if (this.monthly === null || !sameKeys(this.monthly.keys, keys)) this.monthly = { keys, value: monthlyOfYear(sheets, year) };
    return this.monthly.value;
  }

  /** The year's survey among the sheets not skipped (tables, telephony), each sheet read once. */
  surveyOfYear(snapshot: WorkbookSnapshot, year: number, skip: (sheet: SheetSnapshot) => boolean): SurveyAnalysis | null {
    const surveys = findSurveys(snapshot, skip, (sheet) => this.surveySheet(sheet));
    const keys = [year, ...surveys];
    if (this.survey === null || !sameKeys(this.survey.keys, keys)) this.survey = { keys, value: surveyForYear(surveys, year) };
    return this.survey.value;
  }

  private surveySheet(sheet: SheetSnapshot): SurveyAnalysis | null {
    return this.keep(this.surveySheets, sheet, () => readSurveySheet(sheet));
  }

  private keep<K extends object, V>(map: WeakMap<K, V>, key: K, build: () => V): V {
    if (map.has(key)) return map.get(key) as V;
    const value = build();
    map.set(key, value);
    return value;
  }
}

const sameRef = (a: CellRef | null, b: CellRef | null): boolean => (a === null || b === null ? a === b : a.cell === b.cell && a.address === b.address);

/** Everything analyzeRow reads of a row: its words, and its cells by identity. */
function sameRow(a: IndicatorRow, b: IndicatorRow): boolean {
  return (
    a.row === b.row &&
    a.name === b.name &&
    a.nameCell === b.nameCell &&
    a.theme === b.theme &&
    a.module === b.module &&
    a.comment === b.comment &&
    a.unit === b.unit &&
    sameRef(a.result, b.result) &&
    sameRef(a.target, b.target) &&
    sameRef(a.direction, b.direction) &&
    sameRef(a.nationalAverage, b.nationalAverage) &&
    a.texts.length === b.texts.length &&
    a.texts.every((text, index) => text.role === b.texts[index].role && text.address === b.texts[index].address && text.text === b.texts[index].text)
  );
}
