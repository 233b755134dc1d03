/** The task pane's operations on the real Excel (Office.js); Excel.run is looked up only when an operation runs. */
import type { WorkbookOperations } from "../port";
import { ExcelLessError } from "./errors";
import type { ExcelRun } from "../port";
import { createWorkbookOperations } from "./workbook-operations";

const officeRun: ExcelRun = (batch) => {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return Promise.reject(new ExcelLessError("Excel.run is not available"));
  return Excel.run(batch);
};

export function createExcelOperations(): WorkbookOperations {
  return createWorkbookOperations(officeRun, { office: () => (typeof Office === "undefined" ? {} : Office.context) });
}

export { createWorkbookOperations };
