/** Changes that are not cell edits (Excel.DataChangeType other than RangeEdited, a sheet added, renamed, deleted): the kept workbook no longer lines up. */
export function isStructuralChange(changeType: string): boolean {
  return changeType !== "RangeEdited";
}

/** Rows, columns or cells inserted or deleted: the cells below or to the right moved, their addresses with them. */
export function movesCells(changeType: string): boolean {
  return /^(Row|Column|Cell)(Inserted|Deleted)$/.test(changeType);
}
