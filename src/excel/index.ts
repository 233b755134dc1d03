/** The Office.js adapter: read the open workbook, write reports, marks, settings and telephony. */
export { createExcelOperations } from "./excel-operations";
export { createWorkbookOperations, type OperationsOptions } from "./workbook-operations";
export { readSnapshot, readWorkbook, type SheetListing, type WorkbookReading, type ReadOptions } from "./read-snapshot";
export { applyPlan } from "./apply-plan";
export { ExcelOperationError, toFrenchError } from "./errors";
export { EXCEL_MESSAGES } from "./messages";
export { TAG_PROPERTY, formatTag, parseTag } from "./tag";
export type { ExcelRun } from "../port";
