/** Changes that move cells (Excel.DataChangeType other than RangeEdited): the kept workbook no longer lines up. */
export function isStructuralChange(changeType: string): boolean {
  return changeType !== "RangeEdited";
}
