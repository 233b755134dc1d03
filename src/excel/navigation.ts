/** Showing a sheet or a cell to the user. */
import { ExcelOperationError } from "./errors";
import { ADAPTER_TEXT } from "./messages";

const CELL_OR_RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

async function existingSheet(context: Excel.RequestContext, sheet: string): Promise<Excel.Worksheet> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet).load("name");
  await context.sync();
  if (worksheet.isNullObject) throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.sheetMissing(sheet));
  return worksheet;
}

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  if (!CELL_OR_RANGE.test(cell.trim())) throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.cellInvalid(sheet, cell));
  const worksheet = await existingSheet(context, sheet);
  worksheet.activate();
  worksheet.getRange(cell.trim()).select();
  await context.sync();
}

export async function showSheet(context: Excel.RequestContext, sheet: string): Promise<void> {
  const worksheet = await existingSheet(context, sheet);
  worksheet.activate();
  await context.sync();
}
