/**
 * workbook.functions (ExcelApi 1.2): of Excel's worksheet functions only DATE is modelled, the one that tells
 * the workbook's date system. Its year is "a number from 1900 or 1904 (depending on the workbook's date
 * system) to 9999" (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)):
 * DATE(1904, 1, 1) is 0 in the 1904 system and 1462 in the 1900 one. A year below 1900 counts from 1900
 * (0–1899 in the 1900 system, 4–1899 in the 1904 one: the DATE function of ECMA-376's formula reference,
 * https://c-rex.net/samples/ooxml/e1/Part4/OOXML_P4_DOCX_DATEDATE_topic_ID0EPWCDB.html); a date before the
 * system's first day is #NUM! (Microsoft KB 175753: =DATE(1902,8,12) is #NUM! in the 1904 system).
 * The result is the raw serial of the workbook's own system, in `value`; a failure only sets `error`
 * ("Error value (such as "#DIV/0") … If the error string is not set, then the function succeeded",
 * https://learn.microsoft.com/javascript/api/excel/excel.functionresult).
 */
import type { SimContext } from "../context";
import type { DateSystem } from "../../domain/date-system";
import { SimObject } from "./base";

interface Evaluated {
  readonly value: number | null;
  readonly error: string | null;
}

const DAY_MS = 86_400_000;

export function excelDate(year: number, month: number, day: number, system: DateSystem): Evaluated {
  const [y, m, d] = [Math.trunc(year), Math.trunc(month), Math.trunc(day)];
  const lowest = system === 1904 ? 4 : 0;
  if (!Number.isFinite(y + m + d) || y < lowest || y > 9999) return { value: null, error: "#NUM!" };
  const utc = Date.UTC(y < 1900 ? y + 1900 : y, m - 1, d);
  let serial: number;
  if (system === 1904) serial = (utc - Date.UTC(1904, 0, 1)) / DAY_MS;
  else {
    // Excel counts a 29 February 1900 that never was: from 1 March 1900 on, serials are one day ahead.
    serial = (utc - Date.UTC(1899, 11, 31)) / DAY_MS;
    if (utc >= Date.UTC(1900, 2, 1)) serial += 1;
  }
  if (serial < (system === 1904 ? 0 : 1) || new Date(utc).getUTCFullYear() > 9999) return { value: null, error: "#NUM!" };
  return { value: serial, error: null };
}

export class FunctionResultProxy extends SimObject<Evaluated> {
  protected readonly typeName = "FunctionResult";
  protected readonly scalarNames = ["value", "error"];

  get value(): number {
    return this.property("value");
  }

  get error(): string {
    return this.property("error");
  }

  protected fetch(name: string, target: Evaluated): unknown {
    return name === "value" ? target.value : target.error;
  }
}

export class FunctionsProxy {
  constructor(private readonly context: SimContext) {}

  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.context, (model) => excelDate(year, month, day, model.dateSystem));
  }
}
