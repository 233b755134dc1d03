/** One exceljs cell → one snapshot cell: the value (cached result for a formula), its format, its displayed text. */
import ExcelJS from "exceljs";
import type { Cell, CellValue } from "../domain/snapshot";
import { displayText } from "./display-text";
import { DAYS_1904_BEHIND_1900, showsCalendarDate, type DateSystem } from "../domain/date-system";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * exceljs turns date-formatted numbers into Date objects, already shifted for a 1904 workbook;
 * the snapshot wants the 1900-system serial number back.
 */
export function dateToSerial(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}

/**
 * In a 1904 workbook exceljs moves by 1 462 days every number under a format it takes for a date, times and
 * durations too (`[h]:mm`: 36:00 would read 35124:00), and none under a format it misses (`YYYY`): the
 * snapshot moves exactly the calendar dates (domain/date-system.ts), as the Excel adapter does.
 */
function inSnapshotSystem(value: CellValue, raw: unknown, numberFormat: string, dateSystem: DateSystem): CellValue {
  if (dateSystem === 1900 || typeof value !== "number") return value;
  const movedByExceljs = raw instanceof Date;
  const isDate = showsCalendarDate(numberFormat);
  if (movedByExceljs === isDate) return value;
  return isDate ? value + DAYS_1904_BEHIND_1900 : value - DAYS_1904_BEHIND_1900;
}

export function readCell(cell: ExcelJS.Cell, dateSystem: DateSystem): Cell {
  const numberFormat = cell.numFmt?.trim() ? cell.numFmt : "General";
  if (isCoveredByMerge(cell)) return { value: null, text: "", numberFormat, formula: null };
  // A merge cell whose master exceljs lost would throw on .value: it shows nothing.
  const raw: unknown = cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
  if (!isFormula(raw)) {
    const value = inSnapshotSystem(toCellValue(raw), raw, numberFormat, dateSystem);
    return { value, text: displayText(value, numberFormat), numberFormat, formula: null };
  }
  const value = inSnapshotSystem(cachedResult(cell.result), cell.result, numberFormat, dateSystem);
  return { value, text: displayText(value, numberFormat), numberFormat, formula: `=${cell.formula ?? raw.formula ?? ""}` };
}

/**
 * A formula's cached result, whatever it is: 0, FALSE and "" are values. exceljs drops a falsy
 * result from `cell.value` (`cell.result` keeps it), and gives no result at all for Excel's
 * `<c t="str"><f>…</f><v></v></c>`, the cached empty text of a formula such as `=SI(E2="";"";…)`.
 */
function cachedResult(result: unknown): CellValue {
  if (result === undefined || result === "") return "";
  return toCellValue(result);
}

/** A cell inside a merged area other than its top-left: Excel shows nothing there. */
function isCoveredByMerge(cell: ExcelJS.Cell): boolean {
  const master = cell.isMerged ? (cell.master as ExcelJS.Cell | undefined) : undefined;
  return master !== undefined && master.address !== cell.address;
}

interface FormulaLike {
  readonly formula?: string;
  readonly sharedFormula?: string;
  readonly result?: unknown;
}

function isFormula(raw: unknown): raw is FormulaLike {
  return typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
}

export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (typeof raw === "boolean") return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : dateToSerial(raw);
  if (typeof raw !== "object") return null;
  if ("error" in raw) return { error: String((raw as { error: unknown }).error) };
  if ("richText" in raw) return toCellValue(richTextToString((raw as { richText: unknown }).richText));
  if ("hyperlink" in raw || "text" in raw) return toCellValue((raw as { text?: unknown }).text ?? null);
  return null;
}

function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return "";
  return runs.map((run: { text?: unknown }) => (typeof run?.text === "string" ? run.text : "")).join("");
}
