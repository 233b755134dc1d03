/**
 * Removes a sheet's custom property whether it is there or not, in the batch being built, with no sync to find
 * out: `add` "overwrites existing custom properties with that key" and returns the property, which `delete`
 * then removes (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection#excel-excel-worksheetcustompropertycollection-add-member(1)).
 * Not `getItemOrNullObject(key).delete()`: where the property is absent that is a call on a null object, which
 * no Microsoft page describes
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 */
export function queueDeleteCustomProperty(worksheet: Excel.Worksheet, key: string): void {
  worksheet.customProperties.add(key, "").delete();
}
