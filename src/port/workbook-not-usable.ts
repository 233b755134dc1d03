/**
 * Optional addition: what an adapter throws when the workbook holds nothing to analyse
 * (empty workbook, no indicator table). Its message is the engine's French message; the pane
 * shows it as information about the workbook rather than as a failure of Excel.
 */
export class WorkbookNotUsableError extends Error {
  override readonly name = "WorkbookNotUsableError";
}
