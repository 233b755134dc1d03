/**
 * The open workbook's date system. Office.js gives a date as its raw serial (Range.values) and exposes no
 * date-system property, so the read asks Excel's own DATE function, in its first sync: "year: Is a number from
 * 1900 or 1904 (depending on the workbook's date system) to 9999"
 * (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1),
 * ExcelApi 1.2). DATE(1904, 1, 1) is 0 in the 1904 system, 1462 in the 1900 one. When the call cannot be
 * queued, fails (its `error` set, https://learn.microsoft.com/javascript/api/excel/excel.functionresult) or
 * answers anything else, the workbook is taken for a 1900 one, Excel's default.
 */
import { to1900Serial, toWorkbookSerial, type DateSystem } from "../domain/date-system";

export type { DateSystem };

/** Queues DATE(1904, 1, 1) in the batch under way; the returned function reads the answer once it is synced. */
export function queueDateSystem(context: Excel.RequestContext): () => DateSystem {
  let result: Excel.FunctionResult<number> | null = null;
  try {
    result = context.workbook.functions.date(1904, 1, 1).load("value,error");
  } catch {
    result = null;
  }
  return () => {
    if (result === null) return 1900;
    try {
      return !result.error && result.value === 0 ? 1904 : 1900;
    } catch {
      return 1900;
    }
  };
}

/**
 * The one place the adapter turns a number Excel gave into the snapshot's: a date (a format showing a day, a
 * month or a year, domain/date-system.ts) 1 462 days later in a 1904 workbook; anything else as it is.
 */
export function snapshotNumber(raw: number, numberFormat: unknown, system: DateSystem): number {
  return system === 1900 ? raw : to1900Serial(raw, String(numberFormat ?? "General"), system);
}

/**
 * The one place the adapter turns a planned number (1900 system, as plans count) into the one it writes: a
 * date 1 462 days lower in a 1904 workbook. A number written with no format of its own keeps the cell's
 * format, which the adapter does not know: a planned date always carries its format.
 */
export function workbookNumber(value: number, numberFormat: string | null, system: DateSystem): number {
  return system === 1900 || numberFormat === null ? value : toWorkbookSerial(value, numberFormat, system);
}
