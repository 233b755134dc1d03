/** The whole simulated workbook as one string (every Map as its sorted entries): equal strings, the same workbook. */
import type { SimulatedExcel } from "../../src/simulated-excel";

export function workbookBytes(excel: SimulatedExcel): string {
  return JSON.stringify(excel.model, (_, value: unknown) => (value instanceof Map ? [...value.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0]))) : value));
}
